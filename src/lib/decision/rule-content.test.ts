/**
 * The rule as the content states it: the decision-framework guide states RULE_STATEMENT whole, once, through
 * <DecisionRule />; every other page that gives the rule uses the summary that links there, and none types the
 * rule by hand. The framework guide's checklist is the generated component (not a hand-written table), and every
 * guide section the rule links to exists as a heading in that guide's MDX.
 */
import { readFileSync, readdirSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from './checklist.ts';
import { decide } from './decide.ts';
import { EMPTY_ANSWERS, QUESTIONS, type WizardAnswers } from './questions.ts';
import { CHEAPER_STEPS, CONDITIONS, RULE_HOME, RULE_STATEMENT } from './rule.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const flat = (text: string) => text.replace(/^>\s?/gm, '').replace(/\s+/g, ' ');

const HOME = 'content/guides/decision-framework.mdx';
const SUMMARISING_PAGES = ['content/guides/overview.mdx', 'content/guides/fine-tuning.mdx', 'content/faq/when-to-fine-tune.mdx'];
const PAGES = ['guides', 'scenarios', 'faq'].flatMap((dir) => readdirSync(new URL(`../../../content/${dir}/`, import.meta.url)).map((f) => `content/${dir}/${f}`));
const WHOLE = /<DecisionRule\s*\/>|<DecisionRule\s+part="whole"\s*\/>/g;
/** Two clauses only the full statement has: typing either by hand is quoting the rule again. */
const HAND_TYPED = [RULE_STATEMENT.slice(0, 60), 'a smaller tuned model is the realistic way to meet it'];

describe('the rule is stated whole once', () => {
  it('in the decision-framework guide, under "The rule", which is where RULE_HOME points', () => {
    expect(RULE_HOME).toBe('/guides/decision-framework/#the-rule');
    const section = read(HOME).split('\n## ').find((s) => s.startsWith('The rule\n'))!;
    expect(section.match(WHOLE)).toHaveLength(1);
  });
  it('and nowhere else, by component or by hand', () => {
    expect(PAGES.length).toBeGreaterThan(30);
    for (const path of PAGES) {
      const text = flat(read(path));
      if (path !== HOME) expect(text.match(WHOLE), path).toBeNull();
      for (const clause of HAND_TYPED) expect(text, path).not.toContain(clause);
    }
  });
  it.each(SUMMARISING_PAGES)('%s gives the summary that links to it', (path) => {
    expect(read(path)).toMatch(/^<DecisionRule part="summary" \/>$/m);
  });
  it.each([HOME, ...SUMMARISING_PAGES])('%s keeps none of the old, contradicting wordings', (path) => {
    const text = flat(read(path));
    expect(text).not.toMatch(/any one alone is weak|rows 4 and 5|stop at the first|first (row )?that (matches|gives)|six-row/i);
  });
});

describe("the decision-framework guide's checklist", () => {
  const body = read('content/guides/decision-framework.mdx');
  const section = (heading: string) => {
    const start = body.indexOf(`\n## ${heading}\n`);
    expect(start).toBeGreaterThan(-1);
    const end = body.indexOf('\n## ', start + 1);
    return body.slice(start, end === -1 ? undefined : end);
  };
  it('is the component generated from the rule, with no hand-written table beside it', () => {
    const checklist = section('The checklist');
    expect(checklist).toMatch(/^<DecisionChecklist \/>$/m);
    expect(checklist).not.toMatch(/^\s*\|/m);
    expect(section('Cost and latency: cheaper steps first')).toMatch(/^<DecisionChecklist part="steps" \/>$/m);
  });
});

/** Heading slugs of a guide's MDX, as the site renders them (github-slugger, as Astro does). */
function anchors(guide: string): Set<string> {
  const slugger = new GithubSlugger();
  const mdx = read(`content/guides/${guide}.mdx`).replace(/```[\s\S]*?```/g, '');
  return new Set([...mdx.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map((m) => slugger.slug(m[1]!)));
}

describe('every section the rule links to exists', () => {
  const hrefs = new Set<string>([...CHEAPER_STEPS, ...CONDITIONS, ...CHECKLIST].map((x) => x.href));
  // And every reason the wizard can give: one answer at a time, and a few full combinations.
  const variants: WizardAnswers[] = [EMPTY_ANSWERS];
  for (const q of QUESTIONS) {
    const values = q.kind === 'choice' ? q.options.map((o) => o.value) : [0, 0.5, 0.9, 1000];
    for (const v of values) variants.push({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.7, examples: 100, [q.key]: v } as WizardAnswers);
  }
  variants.push({ evalSet: 'yes', promptF1: 0.6, bar: null, plateau: 'yes', cost: 'sustainable', latency: 'none', cheaperSteps: 'tried', examples: 900, knowledge: 'rarely', format: 'free', operations: 'yes' });
  variants.push({ evalSet: 'yes', promptF1: 0.9, bar: null, plateau: 'yes', cost: 'unsustainable', latency: 'missed', cheaperSteps: 'tried', examples: 900, knowledge: 'weekly', format: 'custom', operations: 'no' });
  for (const a of variants) {
    const d = decide(a);
    if (d.status === 'ok') for (const r of d.reasons) hrefs.add(r.href);
  }
  it.each([...hrefs].filter((h) => h.startsWith('/guides/')))('%s', (href) => {
    const m = /^\/guides\/([a-z-]+)\/#([a-z0-9-]+)$/.exec(href);
    expect(m, `${href} names a guide section`).not.toBeNull();
    expect(anchors(m![1]!)).toContain(m![2]);
  });
});

/**
 * The framework guide's worked combinations, each as wizard answers: what the guide says about it must be what the
 * rule decides, so a bullet that contradicts the wizard (or a rule change that leaves a bullet behind) fails here.
 */
describe("the framework guide's worked combinations agree with the rule", () => {
  const section = read(HOME).split('\n## ').find((s) => s.startsWith('Worked combinations\n'))!;
  const bullet = (label: string) => {
    const line = section.split('\n').find((l) => l.startsWith(`- **${label}`));
    expect(line, `a bullet for "${label}"`).toBeDefined();
    return flat(line!);
  };
  const known: WizardAnswers = { ...EMPTY_ANSWERS, evalSet: 'yes', cost: 'sustainable', latency: 'none', knowledge: 'rarely', format: 'free', operations: 'yes' };
  const verdict = (a: Partial<WizardAnswers>) => {
    const d = decide({ ...known, ...a });
    if (d.status !== 'ok') throw new Error(d.message);
    return d;
  };

  it('a prompt above the bar with an unsustainable bill ships and takes the cheaper steps first', () => {
    const text = bullet('Prompt F1 of 0.90, serving cost unsustainable');
    const d = verdict({ promptF1: 0.9, cost: 'unsustainable', cheaperSteps: 'not-yet' });
    expect(d.verdict).toBe('steps-first');
    expect(d.headline).toContain('ships in the meantime');
    expect(text).toContain('so it ships');
    expect(text).toMatch(/caching, batching .* routing, in that order/);
    expect(CHEAPER_STEPS.slice(0, 6).map((s) => s.id)).toEqual(['caching', 'batch', 'smaller-model', 'reasoning-effort', 'trim', 'routing']);
  });

  it('a recorded plateau with 2,000 examples and a team is a fine-tune', () => {
    const text = bullet('F1 of 0.72 after six recorded rounds');
    expect(verdict({ promptF1: 0.72, plateau: 'yes', examples: 2000 }).verdict).toBe('tune');
    expect(text).toContain('All three conditions hold: fine-tune');
  });

  it('a missed latency budget with 150 examples: cheaper steps first, then a small first experiment, not a wait for data', () => {
    const text = bullet('A 200 ms budget and 150 labeled examples');
    expect(verdict({ promptF1: 0.9, latency: 'missed', cheaperSteps: 'not-yet', examples: 150 }).verdict).toBe('steps-first');
    const after = verdict({ promptF1: 0.9, latency: 'missed', cheaperSteps: 'tried', examples: 150 });
    expect(after.verdict).toBe('tune');
    expect(after.headline).toContain('small experiment');
    expect(text).toContain('Latency steps first');
    expect(text).toContain('small first tuning experiment');
    expect(text).not.toMatch(/once the data exists|not enough data/);
  });

  it('weekly policy changes with a plateau on tone: the policies go to retrieval, the tone may be tuned', () => {
    const text = bullet('Weekly policy changes and a plateau on tone');
    const d = verdict({ promptF1: 0.7, plateau: 'yes', examples: 1000, knowledge: 'weekly' });
    expect(d.verdict).toBe('tune');
    expect(d.approach).toBe('hybrid');
    expect(d.retrieval).toBe(true);
    expect(text).toMatch(/Policies go into retrieval.*never the policies/);
  });
});
