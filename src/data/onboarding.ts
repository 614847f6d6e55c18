/** The onboarding quiz's questions: every scenario's quiz, then the guide questions, each with where to review. */
import { render } from 'astro:content';
import type { OnboardingQuestion } from '../lib/onboarding.ts';
import { loadContent } from './content.ts';

let built: Promise<OnboardingQuestion[]> | undefined;

export function onboardingQuestions(): Promise<OnboardingQuestion[]> {
  built ??= build();
  return built;
}

async function build(): Promise<OnboardingQuestion[]> {
  const { scenarios, guides, questions } = await loadContent();
  const headingsByGuide = new Map(
    await Promise.all(guides.map(async (g) => [g.id, (await render(g)).headings] as const)),
  );
  const fromScenarios = scenarios.map((s) => ({
    id: `scenario-${s.id}`,
    quiz: s.data.quiz,
    review: { label: s.data.title, href: `/scenarios/${s.id}/` },
  }));
  const fromGuides = questions.map((q) => {
    const guide = guides.find((g) => g.id === q.data.guide);
    const file = q.filePath ?? `content/questions/${q.id}`;
    if (!guide) throw new Error(`${file}: guide names unknown guide "${q.data.guide}"`);
    const heading = headingsByGuide.get(guide.id)?.find((h) => h.slug === q.data.section);
    if (!heading) throw new Error(`${file}: section "${q.data.section}" is not a heading of /guides/${guide.id}/`);
    return {
      id: `guide-${q.id}`,
      quiz: q.data.quiz,
      review: { label: `${guide.data.title}: ${heading.text}`, href: `/guides/${guide.id}/#${heading.slug}` },
    };
  });
  return [...fromScenarios, ...fromGuides];
}
