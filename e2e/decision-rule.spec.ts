/**
 * The rule as the built site shows it: the decision-framework guide's checklist and cheaper-steps tables, on the
 * page and in its Markdown twin, hold exactly the rows of src/lib/decision/; the guide states the rule whole
 * and is the only page that does, while the wizard and the pages that recall it give the summary and link there.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHECKLIST, CHECKLIST_COLUMNS, STEP_COLUMNS } from '../src/lib/decision/checklist.ts';
import { CHEAPER_STEPS, helpsText, RULE_HOME, RULE_STATEMENT, RULE_SUMMARY } from '../src/lib/decision/rule.ts';
import { builtPages, fileFor } from './support/dist.ts';

const decode = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The generated table of one part on a built page: its header and its rows, as text and first-cell links. */
function table(html: string, part: 'concerns' | 'steps') {
  const m = new RegExp(`<section[^>]*data-part="${part}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  expect(m, `a ${part} table`).not.toBeNull();
  const cells = (row: string) => [...row.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!));
  const rows = [...m![1]!.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => r[1]!);
  return {
    head: cells(rows[0]!),
    body: rows.slice(1).map((r) => ({ cells: cells(r), href: /<a\b[^>]*href="([^"]*)"/.exec(r)?.[1] })),
  };
}

const read = (path: string) => readFileSync(fileFor(path)!, 'utf8');

for (const path of ['/guides/decision-framework/', '/decide/']) {
  test(`${path} shows the rule's checklist and steps, row for row`, () => {
    const html = read(path);
    const concerns = table(html, 'concerns');
    expect(concerns.head).toEqual([...CHECKLIST_COLUMNS]);
    expect(concerns.body).toEqual(CHECKLIST.map((r) => ({ cells: [r.concern, r.towardTuning, r.otherwise], href: r.href })));
    const steps = table(html, 'steps');
    expect(steps.head).toEqual([...STEP_COLUMNS]);
    expect(steps.body).toEqual(CHEAPER_STEPS.map((s) => ({ cells: [s.title, s.text, helpsText(s)], href: s.href })));
  });
}

test('the rule is stated whole on the decision-framework guide only; the wizard and the pages that recall it summarise and link there', () => {
  const whole = builtPages().filter(({ html }) => decode(html).includes(RULE_STATEMENT)).map((p) => p.path);
  expect(whole).toEqual(['/guides/decision-framework/']);
  expect(read('/guides/decision-framework/')).toMatch(/<h2 id="the-rule"/);
  for (const path of ['/decide/', '/guides/overview/', '/guides/fine-tuning/', '/faq/']) {
    const html = read(path);
    expect(decode(html), path).toContain(`The rule in short: ${RULE_SUMMARY} The rule in full.`);
    expect(html, path).toContain(`<a href="${RULE_HOME}">The rule in full</a>`);
  }
});

test("the guide's Markdown twin carries the same rows", () => {
  const md = readFileSync(fileFor('/guides/decision-framework.md')!, 'utf8');
  const rows = md.split('\n').filter((line) => /^\| \[/.test(line));
  const text = (line: string) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/^\[(.*)\]\((.*)\)$/, '$1 <$2>'));
  const origin = /\(https?:\/\/[^/]+/.exec(rows[0]!)![0].slice(1);
  expect(rows.map(text)).toEqual([
    ...CHECKLIST.map((r) => [`${r.concern} <${origin}${r.href}>`, r.towardTuning, r.otherwise]),
    ...CHEAPER_STEPS.map((s) => [`${s.title} <${origin}${s.href}>`, s.text, helpsText(s)]),
  ]);
  expect(md.replace(/\s+/g, ' ')).toContain(RULE_STATEMENT);
});
