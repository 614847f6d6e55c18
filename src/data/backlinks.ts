/** "Cited on": for every source, the pages and sections that cite it. */
import { citeOccurrences } from '../lib/citations/cite.ts';
import { loadContent } from './content.ts';

export interface CitingPage {
  href: string;
  title: string;
  sections: { slug: string; text: string }[];
}

let built: Promise<Map<string, CitingPage[]>> | undefined;

export function citingPages(): Promise<Map<string, CitingPage[]>> {
  built ??= build();
  return built;
}

async function build(): Promise<Map<string, CitingPage[]>> {
  const content = await loadContent();
  const index = new Map<string, CitingPage[]>();
  const add = (id: string, href: string, title: string, section?: { slug: string; text: string }) => {
    const pages = index.get(id) ?? [];
    let page = pages.find((p) => p.href === href);
    if (!page) {
      page = { href, title, sections: [] };
      pages.push(page);
      index.set(id, pages);
    }
    if (section && !page.sections.some((s) => s.slug === section.slug)) page.sections.push(section);
  };
  const addBody = (body: string | undefined, href: string, title: string, section?: { slug: string; text: string }) => {
    for (const occurrence of citeOccurrences(body ?? '')) add(occurrence.id, href, title, occurrence.heading ?? section);
  };

  for (const guide of content.guides) addBody(guide.body, `/guides/${guide.id}/`, guide.data.title);
  for (const scenario of content.scenarios) {
    const href = `/scenarios/${scenario.id}/`;
    addBody(scenario.body, href, scenario.data.title);
    const quiz = content.questions.find((q) => q.id === scenario.data.quiz)?.data.quiz;
    for (const id of quiz?.cite ?? []) add(id, href, scenario.data.title, { slug: 'check-your-decision', text: 'Check your decision' });
  }
  for (const entry of content.faq) {
    addBody(entry.body, '/faq/', 'Frequently asked questions', { slug: entry.id, text: entry.data.question });
  }
  for (const term of content.glossary) {
    for (const id of term.data.cite) add(id, '/glossary/', 'Glossary', { slug: term.id, text: term.data.term });
  }
  for (const check of content.claimChecks) {
    for (const id of check.data.sources) add(id, '/research/claim-checks/', 'Claim checks', { slug: check.id, text: check.data.title });
  }
  return index;
}
