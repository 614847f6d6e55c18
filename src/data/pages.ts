/**
 * Every HTML page of the site with its title and description, for the routes that describe the site as a whole:
 * the social cards (src/pages/og/) and /llms.txt. Content pages come from the collections; the fixed pages are
 * listed here with the title and description their own route sets (e2e/social.spec.ts and e2e/markdown.spec.ts
 * compare them with the built pages, so a page renamed without this list fails the tests).
 */
import { loadContent } from './content.ts';
import { onboardingQuestions } from './onboarding.ts';
import { QUIZ_SIZE } from '../lib/quiz/draw.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site/site.ts';
import { shortAuthors, sourceLabel } from '../lib/citations/references.ts';

export type PageGroup = 'home' | 'guides' | 'scenarios' | 'tools' | 'faq' | 'research' | 'reference' | 'error';

export interface SitePage {
  /** Path with its trailing slash, as in the sitemap. */
  path: string;
  title: string;
  description: string;
  group: PageGroup;
  /** A section's index page (the first entry of its group). */
  index?: boolean;
  /** Who wrote it, for a research source: "Hu et al. (2022)". */
  byline?: string;
}

/** The routes page's description, shared by its meta tags, social card and /llms.txt entry. */
export const ROUTES_PAGE_DESCRIPTION =
  'Every fine-tuning route with who may start a job today, what training and serving the tuned model cost, the last day for new jobs and its source; closed routes kept as dated history.';

/** The home page's headline, shown on its social card instead of the site name. */
export const HOME_HEADLINE = 'Prompt it, or fine-tune it?';

let pages: Promise<readonly SitePage[]> | undefined;
let byPath: Promise<ReadonlyMap<string, SitePage>> | undefined;

/**
 * Every page of the site, listed once per build as the content is loaded once (data/content.ts): each source's
 * Markdown twin looks its own entry up, and rebuilding the list of thousands of sources for each of them made the
 * build quadratic in the number of sources.
 */
export function sitePages(): Promise<readonly SitePage[]> {
  return (pages ??= listPages());
}

/** One page of the site by its path ("/research/hu-2021-lora/"), or undefined. */
export async function sitePage(path: string): Promise<SitePage | undefined> {
  byPath ??= sitePages().then((list) => new Map(list.map((page) => [page.path, page])));
  return (await byPath).get(path);
}

async function listPages(): Promise<SitePage[]> {
  const { guides, scenarios, citations } = await loadContent();
  const questions = await onboardingQuestions();
  return [
    { path: '/', title: SITE_NAME, description: SITE_DESCRIPTION, group: 'home' },
    {
      path: '/guides/',
      title: 'Guides',
      description: 'In-depth guides to prompt engineering, retrieval, fine-tuning, evaluation, cost and routing: read in order, or jump to what you need.',
      group: 'guides',
      index: true,
    },
    ...guides.map((g): SitePage => ({ path: `/guides/${g.id}/`, title: g.data.title, description: g.data.description, group: 'guides' })),
    {
      path: '/scenarios/',
      title: 'Decision scenarios',
      description: 'Real situations teams face, each with a recommendation, the reasoning behind it, what would change it, and a quiz to check your own call.',
      group: 'scenarios',
      index: true,
    },
    ...scenarios.map((s): SitePage => ({ path: `/scenarios/${s.id}/`, title: s.data.title, description: s.data.description, group: 'scenarios' })),
    {
      path: '/decide/',
      title: 'Decision wizard',
      description: 'Answer questions about your eval set, data, metrics, latency, cost and knowledge; get a recommendation with the chain of reasons behind it.',
      group: 'tools',
    },
    {
      path: '/calculator/',
      title: 'Cost calculators',
      description: 'Compare a hosted model with a long few-shot prompt, a hosted fine-tuned model and a self-hosted LoRA-tuned open-weight model: monthly cost, break-even, latency and what would change the answer; and the blended price of routing between tiers.',
      group: 'tools',
    },
    {
      path: '/models/',
      title: 'Models, prices and where to fine-tune',
      description: 'Current model prices per million tokens with the day each was read, who may tune each model today, and the shutdowns to plan around.',
      group: 'tools',
    },
    {
      path: '/fine-tuning-routes/',
      title: 'Where can I fine-tune today, and for how much?',
      description: ROUTES_PAGE_DESCRIPTION,
      group: 'tools',
    },
    {
      path: '/quiz/',
      title: 'Onboarding quiz',
      description: `A ${QUIZ_SIZE}-question quiz drawn from a bank of ${questions.length}, covering every topic on the site, with a printable result, a shareable link, and a team view for leads.`,
      group: 'tools',
    },
    {
      path: '/quiz/team/',
      title: 'Quiz results for a team',
      description: 'Set one quiz for your whole team, then paste the result links to see first-attempt scores by person and topic, the weakest topics with what to read, and a CSV.',
      group: 'tools',
    },
    {
      path: '/faq/',
      title: 'Frequently asked questions',
      description: 'Short, cited answers to the questions engineers ask when choosing between prompt engineering and fine-tuning.',
      group: 'faq',
      index: true,
    },
    {
      path: '/research/',
      title: 'Research index',
      description: `${citations.length} checked sources behind every figure on the site: papers, documentation and reports on prompting, retrieval, fine-tuning, evaluation and cost.`,
      group: 'research',
      index: true,
    },
    {
      path: '/research/claim-checks/',
      title: 'Claim checks',
      description: 'The research figures that widely shared guides quote, checked against what their sources actually say, with the arithmetic and a verdict.',
      group: 'research',
    },
    ...citations.map(
      (c): SitePage => ({
        path: `/research/${c.id}/`,
        title: c.data.title,
        description: `${shortAuthors(c.data.authors)} (${c.data.year}), ${c.data.venue}. What it shows, the pages that cite it, and how to cite it.`,
        group: 'research',
        byline: sourceLabel(c.data),
      }),
    ),
    {
      path: '/glossary/',
      title: 'Glossary',
      description: 'Plain definitions of the terms of art used on this site, from few-shot prompting and RAG to LoRA, distillation and constrained decoding.',
      group: 'reference',
    },
    {
      path: '/pages/',
      title: 'All pages',
      description: 'Every page of Tune or Prompt on one list: guides, scenarios, tools, questions and the research index.',
      group: 'reference',
    },
    {
      path: '/404/',
      title: 'Page not found',
      description: 'This page does not exist. Find what you need from the guides, the FAQ or the list of all pages.',
      group: 'error',
    },
  ];
}
