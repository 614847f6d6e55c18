/** Fixed vocabularies shared by the content schemas and the UI that filters on them. */

export const TOPICS = [
  'prompting',
  'in-context-learning',
  'rag',
  'fine-tuning',
  'peft',
  'evaluation',
  'cost',
  'latency',
  'structured-output',
  'routing',
  'distillation',
  'alignment',
  'hallucination',
  'knowledge-injection',
  'forgetting',
  'caching',
  'quantization',
  'reasoning',
  'data',
  'serving',
  'agents',
  'safety',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  prompting: 'Prompting',
  'in-context-learning': 'In-context learning',
  rag: 'Retrieval (RAG)',
  'fine-tuning': 'Fine-tuning',
  peft: 'Parameter-efficient tuning',
  evaluation: 'Evaluation',
  cost: 'Cost',
  latency: 'Latency',
  'structured-output': 'Structured output',
  routing: 'Routing',
  distillation: 'Distillation',
  alignment: 'Alignment',
  hallucination: 'Hallucination',
  'knowledge-injection': 'Knowledge injection',
  forgetting: 'Forgetting',
  caching: 'Caching',
  quantization: 'Quantization',
  reasoning: 'Reasoning',
  data: 'Training data',
  serving: 'Serving',
  agents: 'Tools and agents',
  safety: 'Safety',
};

/** Where a paper appeared: decides its entry type in BibTeX, RIS and CSL-JSON. */
export const VENUE_TYPES = ['conference', 'journal', 'workshop', 'preprint'] as const;
export type VenueType = (typeof VENUE_TYPES)[number];

export const SOURCE_TYPES = ['paper', 'documentation', 'report', 'blog-post', 'book', 'dataset'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  paper: 'Paper',
  documentation: 'Documentation',
  report: 'Report',
  'blog-post': 'Blog post',
  book: 'Book',
  dataset: 'Dataset',
};

export const VERDICTS = ['supported', 'partly-supported', 'unsupported', 'misattributed'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  'partly-supported': 'Partly supported',
  unsupported: 'Unsupported',
  misattributed: 'Misattributed',
};

/** What each verdict means, shown once on /research/claim-checks/ and applied to every check alike. */
export const VERDICT_DEFINITIONS: Record<Verdict, string> = {
  supported: 'The sources state the claim, figures included, and its own arithmetic holds.',
  'partly-supported': 'A source measures or prices the case the claim describes and bears out part of it, with other figures or only under conditions the claim leaves out.',
  unsupported: "No source checked measures the claim's central figures for the case it describes; at most its general idea or an input to it (a price, a design guarantee) holds.",
  misattributed: 'The source the claim credits exists but reports something else.',
};

/** The answers a decision can land on; scenarios and the wizard share them. */
export const APPROACHES = ['prompt', 'rag', 'fine-tune', 'hybrid', 'smaller-model'] as const;
export type Approach = (typeof APPROACHES)[number];

export const APPROACH_LABELS: Record<Approach, string> = {
  prompt: 'Prompt engineering',
  rag: 'Prompting with retrieval (RAG)',
  'fine-tune': 'Fine-tuning',
  hybrid: 'Retrieval plus fine-tuning',
  'smaller-model': 'Fine-tune a smaller model',
};

/** Earliest and latest publication years a source may claim. */
export const MIN_SOURCE_YEAR = 1950;
export const MAX_SOURCE_YEAR = new Date().getFullYear() + 1;
