/**
 * The site's one decision rule: its statement, its three conditions and the cheaper steps. This folder holds the
 * rule as data plus pure functions, and everything that states or applies the rule reads it from here: the wizard at
 * /decide/ (questions.ts, decide.ts, link.ts, summary.ts), the checklist table in the decision-framework guide (rendered by
 * src/components/mdx/DecisionChecklist.astro), and the canonical paragraph, stated whole once (the framework
 * guide's "The rule") and summarised with a link to it everywhere else, both by <DecisionRule> (a test holds the
 * content to it).
 *
 * The rule: prompting, with retrieval for knowledge, is the default. Fine-tune only when three conditions hold
 * at once: (1) a measured reason, either a quality plateau below the bar or a cost or latency target still missed
 * after the cheaper steps; (2) the data; (3) the means to prove and keep a tuned model. Each concern (measurement,
 * quality, cost, latency, data, operations, knowledge freshness, output format) contributes on its own, and the
 * contributions are combined: no concern ends the evaluation early.
 */
// ---------------------------------------------------------------------------------------------------------
// The canonical statement

/** The rule in one paragraph, stated whole on one page only (RULE_HOME); nothing else should paraphrase it. */
export const RULE_STATEMENT =
  'Prompting, with retrieval for any knowledge, is the default. Fine-tune only when three conditions hold together: ' +
  'a measured reason (systematic prompt iteration has plateaued below your quality bar on a representative eval set, ' +
  'or a prompt that meets the bar still misses a cost or latency target after the cheaper steps and a smaller tuned model is the realistic way to meet it); ' +
  'enough labeled, representative examples to train on and to hold out; ' +
  'and an eval set that can show the tuned model beating the best prompt, plus a team able to run its lifecycle on a tuning route that is still offered. ' +
  'No single condition is enough on its own: a lower bill without the data and the proof never justifies tuning. ' +
  'Facts that change belong in retrieval, never in the weights. ' +
  'A prompt that meets the bar ships; if it costs too much to serve, the cheaper steps come first.';

/** The rule in one sentence, for every other page that needs it: it links to the whole statement at RULE_HOME. */
export const RULE_SUMMARY =
  'Prompt first, with retrieval for knowledge; fine-tune only when a measured reason, enough representative data ' +
  'and the means to prove and keep a tuned model all hold at once, counting a cost problem as a reason only once the cheaper steps have failed.';

/** Where the rule is stated whole: the decision-framework guide's first section. */
export const RULE_HOME = '/guides/decision-framework/#the-rule';

/** The rule as Markdown (for the Markdown twins and the search text): the whole statement, or the summary with a link home. */
export function ruleMarkdown(origin: string, part: 'whole' | 'summary' = 'whole'): string {
  if (part === 'whole') return `> ${RULE_STATEMENT}`;
  return `**The rule in short:** ${RULE_SUMMARY} [The rule in full](${new URL(RULE_HOME, origin).href}).`;
}

/** The three conditions, each with the guide section that argues it. */
export interface Condition {
  id: 'reason' | 'data' | 'proof';
  title: string;
  text: string;
  href: string;
}

export const FRAMEWORK = '/guides/decision-framework/';
/** Where a reader finds the tuning routes still open, who may use each and what it costs (src/pages/fine-tuning-routes.astro). */
export const TUNING_ROUTES_PAGE = '/fine-tuning-routes/';

/** The quality bar used when the reader sets none: a practitioners' rule of thumb, not a research result. */
export const DEFAULT_BAR = 0.85;
/** Training examples that make a tuning experiment worth its overhead, as a rule of thumb (not a gate). */
export const EXAMPLES_RULE_OF_THUMB = 500;
/**
 * The smallest starting set a vendor suggests (OpenAI's fine-tuning guide: start with 50; Google: 100): below it there is
 * too little to train a first experiment on and still hold some out, whatever else holds. OpenAI's upload floor of 10 was
 * a validation limit, not advice.
 */
export const EXAMPLES_MINIMUM = 50;

export const CONDITIONS: readonly Condition[] = [
  {
    id: 'reason',
    title: 'A measured reason',
    text: 'Prompt iteration has plateaued below the quality bar over several rounds on a representative eval set, or a prompt that meets the bar still misses a cost or latency target after the cheaper steps.',
    href: `${FRAMEWORK}#quality-a-measured-plateau`,
  },
  {
    id: 'data',
    title: 'The data',
    text: `Enough labeled, representative examples to train on and to hold out; vendors suggest starting with ${EXAMPLES_MINIMUM} to 100, about ${EXAMPLES_RULE_OF_THUMB} is a rule of thumb, not a gate, and distilled outputs count once they pass the eval set's checks.`,
    href: `${FRAMEWORK}#data-enough-examples-or-distilled-ones`,
  },
  {
    id: 'proof',
    title: 'The means to prove and keep it',
    text: 'An eval set that can show the tuned model beating the best prompt by enough to pay for it (or, when cost or latency is the reason, meeting the bar at the lower cost or latency), and a team that can retrain, monitor and migrate it on a tuning route still offered.',
    href: `${FRAMEWORK}#proving-and-keeping-a-tuned-model`,
  },
];

// ---------------------------------------------------------------------------------------------------------
// The cheaper steps

export type StepId = 'caching' | 'batch' | 'smaller-model' | 'reasoning-effort' | 'trim' | 'routing' | 'distill' | 'optimize-prompt';

export interface CheaperStep {
  id: StepId;
  title: string;
  /** What to do, in one sentence. */
  text: string;
  /** The guide section that argues the step. */
  href: string;
  /** Which concern the step answers. */
  helps: readonly ('cost' | 'latency' | 'data' | 'quality')[];
}

/** The steps to try before tuning, in the order worth trying them. */
export const CHEAPER_STEPS: readonly CheaperStep[] = [
  {
    id: 'caching',
    title: 'Prompt caching',
    text: 'Put the fixed part of the prompt (instructions, examples) first so the provider can bill repeated prefixes at the cached rate and skip reprocessing them.',
    href: '/guides/cost-and-latency/#prompt-caching',
    helps: ['cost', 'latency'],
  },
  {
    id: 'batch',
    title: 'Batch processing',
    text: 'Send work that nobody waits for through a batch endpoint, which trades turnaround time for a lower price.',
    href: '/guides/cost-and-latency/#batch-discounts',
    helps: ['cost'],
  },
  {
    id: 'smaller-model',
    title: 'A smaller or cheaper model',
    text: 'Rerun the eval set on smaller and cheaper base models; changing the model name is the cheapest experiment there is.',
    href: `${FRAMEWORK}#a-smaller-or-cheaper-model`,
    helps: ['cost', 'latency'],
  },
  {
    id: 'reasoning-effort',
    title: 'A lower reasoning effort',
    text: 'On a reasoning model, score the eval set at lower effort (or none) and keep the lowest that meets the bar: reasoning tokens bill as output and add latency.',
    href: '/guides/cost-and-latency/#reasoning-effort-is-the-hosted-early-exit',
    helps: ['cost', 'latency'],
  },
  {
    id: 'trim',
    title: 'Prompt trimming',
    text: 'Cut examples and boilerplate the eval set shows you can do without, and retrieve only the passages a request needs.',
    href: '/guides/cost-and-latency/#prompt-length-and-caching',
    helps: ['cost', 'latency'],
  },
  {
    id: 'routing',
    title: 'Routing',
    text: 'Send the easy requests to a cheap model and only the hard ones to the expensive one.',
    href: '/guides/cost-and-latency/#routing-between-models',
    helps: ['cost', 'latency'],
  },
  {
    id: 'distill',
    title: 'Distillation data from a strong model',
    text: 'When labeled data is short, score a strong model on the eval set, let it label real inputs that are not in the eval set, and keep the outputs that pass the same checks as training data; the eval items never go into training.',
    href: '/guides/fine-tuning/#distilling-a-large-model-into-a-smaller-one',
    helps: ['data'],
  },
  {
    id: 'optimize-prompt',
    title: 'Automated prompt optimization',
    text: 'Before calling a plateau, let an optimizer such as DSPy (MIPROv2, GEPA) search instructions and examples against your eval metric, scored on a split it never saw.',
    href: '/guides/prompt-engineering/#optimize-the-prompt-before-you-tune',
    helps: ['quality'],
  },
];

export const CALCULATOR_HREF = '/calculator/';


/** "cost, latency" for a step's concerns. */
export function helpsText(step: CheaperStep): string {
  return step.helps.join(', ');
}
