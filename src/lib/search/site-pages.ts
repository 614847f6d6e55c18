/**
 * The site's section and tool pages as the search holds them: pages with no content file of their own (the wizard,
 * the calculators, the models and routes pages, the lists), each with a description, the reader's words for it, and
 * the sections a reader may want directly. Content pages are built from their files (search/documents.ts).
 */

/** A page with no content file of its own (a section or a tool): its address, title and what it offers. */
export interface SitePage {
  url: string;
  title: string;
  text: string;
  /** The reader's words for what the page does (as `searchAliases` in content). */
  aliases?: readonly string[];
  /**
   * A page that lists documents the search also holds one by one (the FAQ, the glossary, the guides): found by
   * its name and aliases, while the words of its description count for little, so a question about one
   * answer finds that answer and not the list it is on.
   */
  lists?: boolean;
  /** Sections of a tool or data page a reader may want directly, each found and opened at its heading's anchor. */
  sections?: readonly { anchor: string; title: string; text: string; aliases?: readonly string[] }[];
}

/**
 * Section and tool pages. A new page joins the search with one line here; a line whose page is not built
 * (see `builtPages`) is left out, so a page another change is adding is indexed the day it exists.
 */
export const SITE_PAGES: readonly SitePage[] = [
  {
    url: '/decide/',
    title: 'Decision wizard',
    text: 'Decide whether to fine-tune or keep prompting: answer questions about your eval set, labeled data, metrics, latency, cost, changing knowledge and output format, and get a recommendation with its reasons and a decision record to share.',
    aliases: ['decision helper', 'should I fine-tune', 'recommendation tool', 'questionnaire', 'decision tree', 'help me choose', 'decision aid', 'do we need fine-tuning', 'fine-tune or prompt for my project', 'which approach fits our use case', 'guided checklist', 'answer a few questions', 'decision record to sign', 'justify the choice to my team', 'architecture decision record', 'ADR', 'flowchart', 'fine-tuning readiness check', 'second opinion on our plan', 'RAG or fine-tune tool'],
    sections: [
      { anchor: 'the-checklist', title: 'The rule and its checklist', text: 'The decision rule in short and in full, and each concern the wizard weighs (a measured reason, labeled data, metrics, latency, cost, changing knowledge, output format) with the threshold that tips it.', aliases: ['decision criteria', 'when to fine-tune checklist', 'thresholds'] },
      { anchor: 'cheaper-steps', title: 'The cheaper steps to try first', text: 'What to try before a fine-tune: a better prompt, examples, retrieval, schema-enforced output, caching, a smaller or routed model.', aliases: ['before fine-tuning try this', 'alternatives to fine-tuning', 'quick wins before training'] },
    ],
  },
  {
    url: '/calculator/',
    title: 'Cost calculators',
    text: 'Compare the monthly cost of three options for your workload: a hosted model with a long cached few-shot prompt, a hosted fine-tuned model, and a LoRA-tuned open-weight model on your own GPUs. Break-even volume, latency, and routing between model tiers.',
    aliases: ['estimate my bill', 'cost estimate', 'pricing calculator', 'budget', 'compare options', 'break-even', 'what will it cost', 'monthly spend', 'cost per request', 'self-hosting cost', 'how many GPUs do I need', 'is fine-tuning cheaper for my volume', 'latency target', 'cost comparison tool', 'ROI calculator', 'TCO calculator', 'forecast our API spend', 'unit economics', 'payback period', 'numbers for a budget proposal', 'spreadsheet for LLM costs'],
    sections: [
      { anchor: 'prompted-or-tuned', title: 'Prompted or fine-tuned', text: 'Monthly cost, training run, break-even volume and latency of three options for one workload: a hosted model with a cached prompt, a hosted fine-tuned model, and an open-weight model tuned with LoRA and served on rented GPUs sized from a published benchmark.', aliases: ['compare prompting and fine-tuning cost', 'self-hosting GPU sizing', 'break-even volume', 'fine-tuned model cost per month'] },
      { anchor: 'routing-between-tiers', title: 'Routing between tiers', text: 'The blended price per request when a share of traffic goes to a cheaper model and the rest to a stronger one, and the saving against the strong model alone.', aliases: ['model cascade cost', 'blended price', 'cheap model for easy requests'] },
      { anchor: 'price-sources', title: 'Price sources', text: 'The page and day each price in the calculator presets was read on, and whether the model is current.', aliases: ['where the calculator prices come from'] },
    ],
  },
  {
    url: '/models/',
    title: 'Models, prices and where to fine-tune',
    text: 'Which models exist and what they cost: price per million input, cached and output tokens with the day each was read, batch discounts, context windows, where each model family can be fine-tuned, GPU hourly prices, and the shutdown dates to plan around.',
    aliases: ['rates', 'how much does it cost', 'model list', 'available models', 'providers', 'end of life', 'price list', 'token prices', 'GPU prices', 'cheapest model', 'lowest price', 'price per token', 'context window size', 'deprecation dates', 'retirement schedule', 'compare model prices', 'which models are there', 'compare AI vendors', 'GPT, Claude and Gemini prices', 'Llama, Mistral, Qwen and DeepSeek prices', 'maximum prompt length per model'],
    sections: [
      { anchor: 'prices', title: 'Current models and prices', text: 'Every current model with its list price per million input, cached-input and output tokens, cache-write price, batch discount, context window and the day each figure was read, by the platform that serves it.', aliases: ['price table', 'token price comparison', 'price per million tokens', 'context windows'] },
      { anchor: 'notes-on-prices', title: 'Notes on these prices', text: 'How to read the price table: which prices are not confirmed, what is not published, tiers and bands the table leaves out, and prices announced to change on a set day.' },
      { anchor: 'where-to-fine-tune', title: 'Where you can fine-tune', text: 'For each current model, the routes where a new tuning job can be started today and who may start one.', aliases: ['which models can I fine-tune', 'tunable models by provider'] },
      { anchor: 'shutdowns', title: 'Announced shutdowns and cut-offs', text: 'Deprecation notices, shutdown dates and new-customer cut-offs a team has to plan around, earliest first, with the replacement each provider names.', aliases: ['model retirement dates', 'deprecation schedule', 'end of life dates', 'which models are going away', 'is this model still supported', 'sunset dates'] },
      { anchor: 'gpus', title: 'GPUs for self-hosting', text: 'GPUs to rent for serving an open-weight model: memory, hourly prices and how each is billed, and published serving benchmarks of model and GPU pairs.', aliases: ['GPU rental prices', 'hourly GPU cost', 'serving throughput benchmarks', 'H100 and A100 hourly rates'] },
      { anchor: 'kept-for-the-record', title: 'Kept for the record', text: 'Older models that widely shared guides priced, with their last list prices and shutdown dates, kept so those figures can be checked; not current choices.', aliases: ['retired models', 'old model prices'] },
    ],
  },
  {
    url: '/fine-tuning-routes/',
    title: 'Where to fine-tune',
    text: 'Where a team can start a fine-tuning job today, by provider and by model family, with training and serving prices and the routes that have closed.',
    aliases: ['fine-tuning providers', 'hosted fine-tuning', 'fine-tuning API', 'where can I train a model', 'managed training', 'tunable models', 'which models can be fine-tuned', 'fine-tuning availability', 'Bedrock, Vertex AI or Azure tuning', 'fine-tuning vendors', 'fine-tuning service', 'can we still fine-tune GPT'],
    sections: [
      { anchor: 'open-to-a-new-customer', title: 'Open to a new customer today', text: 'The fine-tuning routes a team that has never used the platform can start a job on today, with training and serving prices.', aliases: ['where can a new customer fine-tune', 'fine-tuning open to everyone'] },
      { anchor: 'by-model-family', title: 'Routes by model family', text: 'A table of the routes still taking jobs, by model family: who may start a job, training price, serving and the last day for new jobs.' },
      { anchor: 'history', title: 'History: closed routes', text: 'Fine-tuning routes that take no new jobs, with the dates they closed.', aliases: ['discontinued fine-tuning', 'closed fine-tuning APIs'] },
    ],
  },
  {
    url: '/quiz/team/',
    title: 'Quiz results for a team',
    text: 'Paste your team’s onboarding-quiz result links to see scores by person and topic, the weakest topics to read up on, and a CSV.',
    aliases: ['group results', 'training progress', 'onboarding report', 'leaderboard', 'team scores', 'weak topics', 'track my team', 'see how my team did', 'first attempts', 'results of my new hires', 'manager dashboard', 'skills gap', 'who needs more training', 'class or workshop results', 'Excel export of scores'],
    sections: [
      { anchor: 'set-a-team-quiz', title: 'Set a team quiz', text: 'Choose a length and topics and share one link, so everyone answers the same questions in the same order and results compare.', aliases: ['same quiz for everyone', 'create a quiz link for my team'] },
      { anchor: 'collect-the-results', title: 'Collect the results', text: 'Paste the team’s result links to see scores by person and topic, first attempts apart from practice, the weakest topics and a CSV; nothing is uploaded.', aliases: ['paste result links', 'team weak topics', 'export scores to CSV'] },
    ],
  },
  {
    url: '/quiz/',
    title: 'Onboarding quiz',
    text: 'Test what you know about prompting, retrieval, fine-tuning, evaluation and cost: questions with a review of each answer and a shareable result.',
    aliases: ['test yourself', 'self-assessment', 'exam', 'check my understanding', 'practice questions', 'knowledge check', 'test your knowledge', 'quiz me', 'training for new hires', 'new joiner training', 'teach my team the basics', 'mock test'],
  },
  { url: '/research/claim-checks/', title: 'Claim checks', text: 'Research figures that widely shared guides quote, checked against what their sources say, with a verdict.', aliases: ['fact check', 'verified figures', 'is this statistic true', 'myths', 'debunked numbers', 'misquoted research', 'numbers quoted in blog posts', 'double-check a claim', 'hype versus evidence', 'wrong figures in popular guides'], lists: true },
  { url: '/research/', title: 'Research index', text: 'Every checked source behind the figures on the site, searchable by topic, type and year, exportable as BibTeX, RIS, CSL-JSON and CSV.', aliases: ['papers', 'bibliography', 'references', 'literature', 'reading list', 'sources', 'studies', 'citations', 'export to Zotero', 'BibTeX export', 'academic evidence', 'arXiv papers', 'EndNote or Mendeley import', 'original sources of the figures', 'literature review'], lists: true },
  { url: '/guides/', title: 'Guides', text: 'In-depth guides to prompt engineering, retrieval, fine-tuning, evaluation, cost and routing.', aliases: ['tutorials', 'articles', 'documentation', 'learning path', 'where to start', 'long reads', 'handbook', 'deep dives', 'course material', 'self-study', 'study material for the team'], lists: true },
  { url: '/scenarios/', title: 'Decision scenarios', text: 'Real situations teams face, each with a recommendation, its reasoning and a quiz.', aliases: ['examples', 'use cases', 'case studies', 'worked examples', 'real-world situations', 'teams like mine', 'examples of decisions', 'industry examples', 'example projects', 'walkthroughs'], lists: true },
  { url: '/faq/', title: 'Frequently asked questions', text: 'Short, cited answers to common questions about prompting and fine-tuning.', aliases: ['questions and answers', 'Q&A', 'quick answers', 'FAQs', 'most asked questions'], lists: true },
  { url: '/glossary/', title: 'Glossary', text: 'Plain definitions of the terms of art used on this site.', aliases: ['dictionary', 'definitions', 'jargon', 'terminology', 'what does this term mean', 'acronyms', 'vocabulary', 'buzzwords explained', 'AI terms for beginners', 'cheat sheet', 'abbreviations'], lists: true },
  { url: '/pages/', title: 'All pages', text: 'Every page of the site on one list.', aliases: ['site map', 'index of pages', 'sitemap', 'table of contents', 'browse everything'], lists: true },
];

/**
 * The address a page file under src/pages/ is served at ("quiz/team.astro" → "/quiz/team/"), or nothing
 * for a dynamic route ("[slug].astro") or a file that is not a page.
 */
export function pageUrl(file: string): string | undefined {
  const path = file.replace(/^.*?pages\//, '').replace(/\\/g, '/');
  if (!path.endsWith('.astro') || path.includes('[')) return undefined;
  const route = path.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return route ? `/${route}/` : '/';
}

/** The site pages whose page file is built, from the list of page files. */
export function builtPages(files: readonly string[], pages: readonly SitePage[] = SITE_PAGES): SitePage[] {
  const built = new Set(files.map(pageUrl));
  return pages.filter((page) => built.has(page.url));
}
