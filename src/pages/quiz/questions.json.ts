/** The onboarding quiz's data, fetched by the island so the page HTML stays small. */
import type { APIRoute } from 'astro';
import { onboardingQuestions } from '../../data/onboarding.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await onboardingQuestions()), { headers: { 'Content-Type': 'application/json' } });
