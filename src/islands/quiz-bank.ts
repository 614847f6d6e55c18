/** Loading the onboarding bank in the browser, shared by the quiz and the team view. */
import type { Bank } from '../lib/quiz/draw.ts';

export async function fetchBank(): Promise<Bank> {
  const response = await fetch('/quiz/questions.json');
  if (!response.ok) throw new Error(`questions.json: HTTP ${response.status}`);
  const bank = (await response.json()) as Bank;
  if (typeof bank?.version !== 'string' || !Array.isArray(bank.questions)) throw new Error('questions.json: unexpected shape');
  return bank;
}
