/**
 * A decision record a team can commit: Markdown in the shape of an architecture decision record (ADR),
 * rendered from plain data by one pure function. Both tools use it:
 *   - the cost calculator (src/lib/cost/record.ts builds the input from its state);
 *   - the decision wizard (src/lib/decision/record-wizard.ts maps src/lib/decision/summary.ts's `decisionSummary()` to
 *     this input: answers as `inputs`, the recommendation as `decision`, reasons with their guide sections,
 *     the cheaper steps as options, the shareable URL as `link`; no `costs` or `prices`);
 *   - both at once: the calculator, opened from the wizard, folds the wizard's record into its own (`answers`).
 * Relative links (a guide's `/guides/...`) are made absolute against `siteUrl`, so the file works outside
 * the site. Text is escaped, so a value typed by a reader cannot inject Markdown or HTML.
 */

export interface RecordOption {
  name: string;
  /** One line on what it means here, e.g. its monthly cost. */
  summary?: string;
  chosen?: boolean;
}

export interface RecordLink {
  text: string;
  /** Absolute, or site-relative (made absolute against `siteUrl`). */
  href?: string;
}

export interface RecordPrice {
  /** What the price is for, e.g. "A: GPT-4o mini, OpenAI API". */
  label: string;
  /** Day the price was read, YYYY-MM-DD; empty for a figure the reader typed. */
  asOf: string;
  source?: { title: string; href: string };
  /** True when the reader changed a figure the preset had set. */
  edited?: boolean;
  /** Last day the price holds, when its end is announced, YYYY-MM-DD. */
  until?: string;
}

export interface DecisionRecordInput {
  /** The decision in a few words, e.g. "Serve the ticket classifier with a prompted hosted model". */
  title: string;
  /** Day the record was made, YYYY-MM-DD. */
  date: string;
  /** ADR status; "Proposed" when left out. */
  status?: string;
  /** Paragraphs of plain text: the situation and the question. */
  context: readonly string[];
  options: readonly RecordOption[];
  /** The decision in one or two sentences. */
  decision: string;
  consequences: readonly string[];
  reasons: readonly RecordLink[];
  /** Heading of the inputs section: "Answers" for the wizard, "Inputs" for the calculator. */
  inputsTitle?: string;
  inputs: readonly { label: string; value: string }[];
  /** The decision wizard's answers, when the record joins both tools (a table before the inputs). */
  answers?: readonly { label: string; value: string }[];
  /** A table of costs; the first column names the row. */
  costs?: { columns: readonly string[]; rows: readonly (readonly string[])[] };
  prices?: readonly RecordPrice[];
  /** The URL that reproduces the result. */
  link: string;
  /** Origin used to make site-relative links absolute, e.g. "https://tune-or-prompt.example". */
  siteUrl: string;
  /** Who made it, for the footer line; the site's name when left out. */
  generator?: string;
}

/** Escapes Markdown and HTML inside a line (after a list marker, in a table cell, in link text). */
export function escapeInline(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/</g, '&lt;');
}

/** Escapes text that starts a line, where `#`, `>`, `-`, `+` or `1.` would start a block. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(/^(\s*)([#>+-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A table cell: inline text, pipes escaped, never empty. */
const cell = (text: string) => escapeInline(text) || ' ';

/** An absolute URL for `href`, in angle brackets so spaces and parentheses cannot break the link. */
export function absoluteUrl(href: string, siteUrl: string): string {
  try {
    return new URL(href, siteUrl).href;
  } catch {
    return siteUrl;
  }
}

const link = (text: string, href: string, siteUrl: string) => `[${escapeInline(text)}](<${absoluteUrl(href, siteUrl).replace(/[<>\s]/g, encodeURIComponent)}>)`;

function table(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${columns.map(cell).join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${columns.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`)];
}

export function renderDecisionRecord(input: DecisionRecordInput): string {
  const { siteUrl } = input;
  const reproduce = link(input.link, input.link, siteUrl);
  const lines: string[] = [
    `# ${escapeMarkdown(input.title)}`,
    '',
    `- Status: ${escapeInline(input.status ?? 'Proposed')}`,
    `- Date: ${escapeInline(input.date)}`,
    `- Reproduce the result: ${reproduce}`,
    '',
    '## Context',
    '',
    ...input.context.flatMap((p) => [escapeMarkdown(p), '']),
    '## Options considered',
    '',
    ...input.options.map((o, i) => `${i + 1}. **${escapeInline(o.name)}**${o.chosen ? ' (chosen)' : ''}${o.summary ? `: ${escapeInline(o.summary)}` : ''}`),
    '',
    '## Decision',
    '',
    escapeMarkdown(input.decision),
    '',
    '## Consequences',
    '',
    ...input.consequences.map((c) => `- ${escapeInline(c)}`),
    '',
    '## Reasons',
    '',
    ...input.reasons.map((r) => `- ${escapeInline(r.text)}${r.href ? ` (${link('guide', r.href, siteUrl)})` : ''}`),
    '',
    ...(input.answers ? ['## Answers', '', ...table(['Question', 'Answer'], input.answers.map((i) => [i.label, i.value])), ''] : []),
    `## ${escapeMarkdown(input.inputsTitle ?? 'Inputs')}`,
    '',
    ...table(['Input', 'Value'], input.inputs.map((i) => [i.label, i.value])),
    '',
  ];
  if (input.costs) lines.push('## Costs', '', ...table(input.costs.columns, input.costs.rows), '');
  if (input.prices && input.prices.length > 0) {
    lines.push(
      '## Prices used',
      '',
      ...input.prices.map((p) => {
        const date = p.asOf ? `as of ${escapeInline(p.asOf)}` : 'entered by hand';
        const source = p.source ? `, ${link(p.source.title, p.source.href, siteUrl)}` : '';
        const until = p.until ? `, holds until ${escapeInline(p.until)}` : '';
        return `- ${escapeInline(p.label)}: ${date}${until}${source}${p.edited ? ' (edited after choosing the preset)' : ''}`;
      }),
      '',
    );
  }
  lines.push('---', '', `Made with ${escapeMarkdown(input.generator ?? 'Tune or Prompt')} on ${escapeMarkdown(input.date)}. Open ${reproduce} to see the same result.`, '');
  return lines.join('\n');
}

/** A file name for the record: `decision-YYYY-MM-DD-<title words>.md`. */
export function recordFileName(input: Pick<DecisionRecordInput, 'title' | 'date'>): string {
  const words = input.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `decision-${input.date}${words ? `-${words}` : ''}.md`;
}
