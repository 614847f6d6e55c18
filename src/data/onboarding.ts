/**
 * The onboarding question bank: every file in content/questions/ with its topic, difficulty and the guide or
 * scenario section that answers it, plus the bank's version fingerprint. A section that does not exist, or
 * no longer holds a phrase the question says its key rests on, fails the build naming the file. Scenario
 * pages take their quiz from this bank too, so each question lives once.
 */
import { render } from 'astro:content';
import { sectionProblems } from '../lib/quiz/sections.ts';
import { bankVersion, type Bank, type BankQuestion } from '../lib/quiz/draw.ts';
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

/** One question of the bank by id (the scenario pages' quizzes); an unknown id is caught earlier by the integrity check. */
export async function bankQuestion(id: string): Promise<BankQuestion> {
  const question = (await onboardingBank()).questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question "${id}" in content/questions/`);
  return question;
}

async function build(): Promise<Bank> {
  const { guides, scenarios, questions } = await loadContent();
  const pages = new Map<string, { title: string; body: string; headings: { depth: number; slug: string; text: string }[] }>();
  for (const [kind, entries] of [['guides', guides], ['scenarios', scenarios]] as const) {
    for (const entry of entries) {
      pages.set(`${kind}/${entry.id}`, { title: entry.data.title, body: entry.body ?? '', headings: (await render(entry)).headings });
    }
  }
  const problems: string[] = [];
  const bank = questions.flatMap((q): BankQuestion[] => {
    const file = q.filePath ?? `content/questions/${q.id}`;
    const path = q.data.guide ? `guides/${q.data.guide}` : `scenarios/${q.data.scenario}`;
    const page = pages.get(path);
    if (!page) {
      problems.push(`${file}: names unknown page /${path}/`);
      return [];
    }
    const found = sectionProblems({ page: path, section: q.data.section, supports: q.data.supports }, page.body, page.headings);
    problems.push(...found.map((p) => `${file}: ${p}`));
    const heading = page.headings.find((h) => h.slug === q.data.section);
    if (!heading) return [];
    return [{
      id: q.id,
      topic: q.data.topic,
      difficulty: q.data.difficulty,
      quiz: q.data.quiz,
      review: { label: `${page.title}: ${heading.text}`, href: `/${path}/#${heading.slug}` },
    }];
  });
  if (problems.length > 0) throw new Error(`The question bank does not match its pages:\n${problems.join('\n')}`);
  return { version: bankVersion(bank), questions: bank };
}
