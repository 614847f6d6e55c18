/**
 * The onboarding question bank: every file in content/questions/ with its topic, difficulty and the guide
 * section that answers it (a section that does not exist fails the build, naming the file), plus the bank's
 * version fingerprint.
 */
import { render } from 'astro:content';
import { bankVersion, type Bank, type BankQuestion } from '../lib/quiz-draw.ts';
import { loadContent } from './content.ts';

let built: Promise<Bank> | undefined;

export function onboardingBank(): Promise<Bank> {
  built ??= build();
  return built;
}

/** The bank's questions, in the order of the full no-JavaScript list. */
export async function onboardingQuestions(): Promise<BankQuestion[]> {
  return (await onboardingBank()).questions;
}

async function build(): Promise<Bank> {
  const { guides, questions } = await loadContent();
  const headingsByGuide = new Map(await Promise.all(guides.map(async (g) => [g.id, (await render(g)).headings] as const)));
  const bank = questions.map((q): BankQuestion => {
    const guide = guides.find((g) => g.id === q.data.guide);
    const file = q.filePath ?? `content/questions/${q.id}`;
    if (!guide) throw new Error(`${file}: guide names unknown guide "${q.data.guide}"`);
    const heading = headingsByGuide.get(guide.id)?.find((h) => h.slug === q.data.section);
    if (!heading) throw new Error(`${file}: section "${q.data.section}" is not a heading of /guides/${guide.id}/`);
    return {
      id: q.id,
      topic: q.data.topic,
      difficulty: q.data.difficulty,
      quiz: q.data.quiz,
      review: { label: `${guide.data.title}: ${heading.text}`, href: `/guides/${guide.id}/#${heading.slug}` },
    };
  });
  return { version: bankVersion(bank), questions: bank };
}
