/** The onboarding question bank and its version, fetched by the quiz islands so the pages' HTML stays small. */
import type { APIRoute } from 'astro';
import { onboardingBank } from '../../data/onboarding.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await onboardingBank()), { headers: { 'Content-Type': 'application/json' } });
