import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHECKLIST, checklistMarkdown } from './checklist.ts';
import { decide, type Decision } from './decide.ts';
import { parseAnswers, serializeAnswers } from './link.ts';
import { EMPTY_ANSWERS, QUESTIONS, validateAnswers, type WizardAnswers } from './questions.ts';
import { CHEAPER_STEPS, CONDITIONS, DEFAULT_BAR, EXAMPLES_RULE_OF_THUMB, RULE_STATEMENT, RULE_SUMMARY, ruleMarkdown } from './rule.ts';
import { decisionSummary } from './summary.ts';

const ok = (a: WizardAnswers): Decision => {
  const d = decide(a);
  if (d.status !== 'ok') throw new Error(`unexpected invalid result: ${d.message}`);
  return d;
};

/** Every combination of the wizard's answers: each choice with "unanswered", each number at the values that matter. */
function* answerSpace(): Generator<WizardAnswers> {
  const values: { [K in keyof WizardAnswers]: WizardAnswers[K][] } = {
    evalSet: [null, 'yes', 'no'],
    promptF1: [null, 0.5, DEFAULT_BAR, 0.9],
    bar: [null, 0.95],
    plateau: [null, 'yes', 'no', 'unknown'],
    cost: [null, 'sustainable', 'unsustainable'],
    latency: [null, 'met', 'missed', 'none'],
    cheaperSteps: [null, 'tried', 'not-yet'],
    examples: [null, 0, EXAMPLES_RULE_OF_THUMB - 1, EXAMPLES_RULE_OF_THUMB],
    knowledge: [null, 'rarely', 'monthly', 'weekly'],
    format: [null, 'free', 'schema', 'custom'],
    operations: [null, 'yes', 'no'],
  };
  // Every question of the wizard is in the space.
  expect(Object.keys(values).sort()).toEqual(QUESTIONS.map((q) => q.key).sort());
  const keys = Object.keys(values) as (keyof WizardAnswers)[];
  const walk = function* (i: number, acc: Record<string, unknown>): Generator<WizardAnswers> {
    if (i === keys.length) {
      yield { ...acc } as unknown as WizardAnswers;
      return;
    }
    for (const v of values[keys[i]!]) {
      acc[keys[i]!] = v;
      yield* walk(i + 1, acc);
    }
  };
  yield* walk(0, {});
}

/**
 * The three conditions of RULE.md, read straight from the answers (independently of the module's own logic), and
 * the cheaper steps before any tuning when a cost or latency target is missed.
 */
function allThreeHold(a: WizardAnswers): boolean {
  const bar = a.bar ?? DEFAULT_BAR;
  const plateau = a.evalSet === 'yes' && a.promptF1 !== null && a.promptF1 < bar && a.plateau === 'yes';
  // Cost or latency is a reason only for a prompt that already meets the bar: a smaller tuned model has to reach it.
  const meets = a.evalSet !== 'no' && a.promptF1 !== null && a.promptF1 >= bar;
  const missedAfterSteps = (a.cost === 'unsustainable' || a.latency === 'missed') && a.cheaperSteps === 'tried' && meets;
  // About 500 examples is a rule of thumb, not a gate: any set from the 50 vendors suggest starting with counts.
  const data = a.examples !== null && a.examples >= 50;
  const proof = a.evalSet === 'yes' && a.operations === 'yes';
  const stepsPending = (a.cost === 'unsustainable' || a.latency === 'missed') && a.cheaperSteps !== 'tried';
  return (plateau || missedAfterSteps) && data && proof && !stepsPending;
}

const LINK = /^\/(guides\/[a-z-]+\/#[a-z0-9-]+|calculator\/|fine-tuning-routes\/)$/;

describe('the rule over the whole answer space', () => {
  it('holds its promises for every combination of answers', { timeout: 240_000 }, () => {
    let count = 0;
    const verdicts = new Map<string, number>();
    for (const a of answerSpace()) {
      count++;
      const d = ok(a);
      verdicts.set(d.verdict, (verdicts.get(d.verdict) ?? 0) + 1);
      const where = () => JSON.stringify(a);

      // Every recommendation carries at least one reason, and every reason a link to its argument.
      if (d.reasons.length === 0) throw new Error(`no reason for ${where()}`);
      for (const r of d.reasons) if (!LINK.test(r.href)) throw new Error(`reason without a section link (${r.href}) for ${where()}`);
      for (const s of d.steps) if (!LINK.test(s.href)) throw new Error(`step without a section link for ${where()}`);

      // Tuning exactly when all three conditions hold.
      if (d.tune !== allThreeHold(a)) throw new Error(`tune=${d.tune} for ${where()}`);
      if (d.tune !== (d.approach === 'fine-tune' || d.approach === 'smaller-model' || d.approach === 'hybrid')) throw new Error(`approach ${d.approach} for ${where()}`);

      // Unsustainable cost never ends in "ship as it is": a cost step is always on the list.
      if (a.cost === 'unsustainable') {
        if (d.verdict === 'ship') throw new Error(`ship despite unsustainable cost: ${where()}`);
        if (!d.steps.some((s) => s.helps.includes('cost'))) throw new Error(`no cost step: ${where()}`);
        if (!d.reasons.some((r) => r.href === '/calculator/')) throw new Error(`no calculator link: ${where()}`);
        // Until the cheaper steps are tried, they come first, whatever the quality.
        if (a.cheaperSteps !== 'tried' && (d.verdict !== 'steps-first' || !/^Cut serving cost/.test(d.headline))) throw new Error(`cost not first: ${where()}`);
      }
      // A missed latency target gets latency steps, never batch processing alone.
      if (a.latency === 'missed' && !d.steps.some((s) => s.helps.includes('latency'))) throw new Error(`no latency step: ${where()}`);
      if (a.cost !== 'unsustainable' && d.steps.some((s) => s.id === 'batch')) throw new Error(`batch without a cost problem: ${where()}`);

      // A measured score below the bar with no plateau on record gets the prompt optimizer unless the verdict is to tune;
      // a decision to tune, or a prompt that meets the bar, never does.
      const bar = a.bar ?? DEFAULT_BAR;
      const belowBarUnplateaued = a.evalSet !== 'no' && a.promptF1 !== null && a.promptF1 < bar && a.plateau !== 'yes';
      const optimizer = d.steps.some((s) => s.id === 'optimize-prompt');
      if (belowBarUnplateaued && !d.tune && !optimizer) throw new Error(`no prompt optimizer below the bar: ${where()}`);
      if ((d.tune || (a.promptF1 !== null && a.promptF1 >= bar)) && optimizer) throw new Error(`prompt optimizer offered needlessly: ${where()}`);

      // Changing knowledge never ends in fine-tuning for facts: retrieval carries the facts, tuning (if any) behavior.
      if (a.knowledge === 'weekly' || a.knowledge === 'monthly') {
        if (!d.retrieval || !(d.approach === 'rag' || d.approach === 'hybrid')) throw new Error(`facts not in retrieval: ${where()}`);
        if (!d.reasons.some((r) => r.concern === 'knowledge' && /retrieval/.test(r.text))) throw new Error(`no knowledge reason: ${where()}`);
      }
      if (a.knowledge === 'rarely' || a.knowledge === null) {
        if (d.retrieval) throw new Error(`retrieval inferred: ${where()}`);
      }

      // F1 0.90 with unsustainable cost: cut cost first, and ship the prompt meanwhile when it meets the bar.
      if (a.promptF1 === 0.9 && a.bar === null && a.evalSet !== 'no' && a.cost === 'unsustainable' && a.cheaperSteps !== 'tried') {
        if (!/^Cut serving cost.*first.*The prompt already meets your bar/.test(d.headline)) throw new Error(`F1 0.90 case: ${d.headline}`);
        if (d.steps[0]?.id !== 'caching') throw new Error(`F1 0.90 case steps: ${where()}`);
      }

      // Unanswered questions are never inferred: no reason speaks about an answer that was not given.
      for (const r of d.reasons) {
        if (r.concern === 'data' && a.examples === null) throw new Error(`data reason without a count: ${where()}`);
        if (r.concern === 'quality' && a.promptF1 === null) throw new Error(`quality reason without a score: ${where()}`);
        if (r.concern === 'measurement' && a.evalSet !== 'no') throw new Error(`measurement reason inferred: ${where()}`);
        if (r.concern === 'cost' && a.cost !== 'unsustainable') throw new Error(`cost reason inferred: ${where()}`);
      }
      const statuses = Object.fromEntries(d.conditions.map((c) => [c.condition.id, c.status]));
      if (a.examples === null && statuses.data !== 'unknown') throw new Error(`data status inferred: ${where()}`);
      if ((a.evalSet === null || a.operations === null) && a.evalSet !== 'no' && a.operations !== 'no' && statuses.proof !== 'unknown') throw new Error(`proof inferred: ${where()}`);

      // "Which answers would change it": every unanswered question that could change the verdict is listed, and
      // only those. Checked through the public result of each alternative answer.
      if (count % 7 === 0) {
        for (const q of QUESTIONS) {
          if (q.kind !== 'choice' || a[q.key] !== null) continue;
          const changing = q.options.filter((o) => ok({ ...a, [q.key]: o.value } as WizardAnswers).verdict !== d.verdict).map((o) => o.label);
          const listed = d.open.find((o) => o.key === q.key)?.changes.map((c) => c.answer) ?? [];
          if (JSON.stringify(listed) !== JSON.stringify(changing)) throw new Error(`open question ${q.key} lists ${listed} but ${changing} change it: ${where()}`);
        }
      }
      for (const o of d.open) if (a[o.key] !== null) throw new Error(`answered question listed as open: ${where()}`);
    }
    expect(count).toBe(3 * 4 * 2 * 4 * 3 * 4 * 3 * 4 * 4 * 4 * 3);
    // Every verdict is reachable.
    expect([...verdicts.keys()].sort()).toEqual(['default', 'iterate', 'measure', 'not-yet', 'ship', 'steps-first', 'tune']);
  });

  it('never throws on arbitrary numbers, and rejects those out of range', () => {
    fc.assert(
      fc.property(fc.option(fc.double(), { nil: null }), fc.option(fc.double(), { nil: null }), fc.option(fc.integer({ min: -10, max: 10_000 }), { nil: null }), (f1, bar, examples) => {
        const a = { ...EMPTY_ANSWERS, evalSet: 'yes' as const, promptF1: f1, bar, examples };
        const d = decide(a);
        const valid = (v: number | null, max: number) => v === null || (Number.isFinite(v) && v >= 0 && v <= max);
        expect(d.status).toBe(valid(f1, 1) && valid(bar, 1) && valid(examples, 1e8) ? 'ok' : 'invalid');
      }),
    );
  });
});

describe('the cases the review tried', () => {
  it('F1 0.90 with unsustainable cost: cut serving cost first, and how', () => {
    const d = ok({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.9, cost: 'unsustainable' });
    expect(d.verdict).toBe('steps-first');
    expect(d.headline).toMatch(/^Cut serving cost first/);
    expect(d.steps.map((s) => s.id)).toEqual(['caching', 'batch', 'smaller-model', 'reasoning-effort', 'trim', 'routing']);
    expect(d.reasons.map((r) => r.href)).toContain('/calculator/');
    expect(d.tune).toBe(false);
  });
  it('unsustainable cost with F1 below the bar still lists the cheaper steps first', () => {
    const d = ok({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.7, plateau: 'yes', cost: 'unsustainable', examples: 5000, operations: 'yes' });
    expect(d.verdict).toBe('steps-first');
    expect(d.steps[0]!.id).toBe('caching');
    // The plateau is a reason in its own right, so once the steps are tried the rule allows tuning.
    expect(ok({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.7, plateau: 'yes', cost: 'sustainable', latency: 'met', examples: 5000, operations: 'yes' }).verdict).toBe('tune');
  });
  it('an eval set with no example count does not become "too few examples"', () => {
    const d = ok({ ...EMPTY_ANSWERS, evalSet: 'yes' });
    expect(d.reasons.some((r) => /examples/.test(r.text))).toBe(false);
    expect(d.conditions.find((c) => c.condition.id === 'data')!.status).toBe('unknown');
  });
  it('says which unanswered answers would change the result', () => {
    const d = ok({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.9 });
    expect(d.verdict).toBe('ship');
    // With no bar set, the headline names the rule-of-thumb bar it used, not "your" bar.
    expect(d.headline).toBe('Ship the prompt: it scores above the rule-of-thumb bar of 0.85; set your own from what an error costs before relying on it.');
    expect(ok({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.9, bar: 0.8 }).headline).toBe('Ship the prompt: it already meets your quality bar.');
    const cost = d.open.find((o) => o.key === 'cost');
    expect(cost?.changes.map((c) => c.answer)).toEqual(['No, it is too high']);
    expect(cost?.changes[0]!.headline).toMatch(/^Cut serving cost/);
    expect(d.assumptions.join(' ')).toMatch(/0\.85/);
    // Setting one's own bar removes the assumption.
    expect(ok({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.9, bar: 0.95 }).assumptions).toEqual([]);
    expect(ok({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.9, bar: 0.95 }).verdict).toBe('iterate');
  });
  it('treats about 500 examples as a rule of thumb, not a gate', () => {
    const plateau: WizardAnswers = { ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.7, plateau: 'yes', cost: 'sustainable', latency: 'met', operations: 'yes', examples: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 5000 }), fc.constantFrom<WizardAnswers['cheaperSteps']>(null, 'tried'), (examples, cheaperSteps) => {
        const d = ok({ ...plateau, examples, cheaperSteps });
        // Any count gives the same verdict; below the rule of thumb the headline says the count is thin and what to do.
        expect(d.verdict).toBe('tune');
        expect(/below the rule of thumb of about 500, make the first run a small experiment/.test(d.headline)).toBe(examples < EXAMPLES_RULE_OF_THUMB);
        expect(d.steps.some((step) => step.helps.includes('data'))).toBe(examples < EXAMPLES_RULE_OF_THUMB);
      }),
    );
    expect(ok({ ...plateau, examples: 499 }).verdict).toBe(ok({ ...plateau, examples: 500 }).verdict);
    // No examples at all, or fewer than the 50 vendors suggest starting with, is too little to train on and hold out.
    expect(ok(plateau).verdict).toBe('not-yet');
    expect(ok({ ...plateau, examples: 10 }).verdict).toBe('not-yet');
    expect(ok({ ...plateau, examples: 49 }).verdict).toBe('not-yet');
    expect(ok({ ...plateau, examples: 49 }).reasons.find((r) => r.concern === 'data')!.text).toMatch(/^49 labeled examples are fewer than the 50 to 100 vendors suggest starting with/);
    expect(ok({ ...plateau, examples: 50 }).verdict).toBe('tune');
  });
  it('a lower bill never justifies tuning without the data and the proof, and counts only for a prompt at the bar', () => {
    const costOnly = { ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.9, cost: 'unsustainable', cheaperSteps: 'tried' } as const;
    expect(ok(costOnly).tune).toBe(false);
    expect(ok(costOnly).verdict).toBe('not-yet');
    expect(ok(costOnly).headline).toBe('Not yet: you have a measured reason to consider tuning, but the data (not answered) and the means to prove and keep it (not answered) are still open.');
    expect(ok({ ...costOnly, examples: 0, evalSet: 'yes', operations: 'yes' }).headline).toMatch(/but the data \(missing\) is still open\.$/);
    expect(ok({ ...costOnly, evalSet: 'yes', examples: 800, operations: 'yes' }).approach).toBe('smaller-model');
    // Below the bar and still improving, a smaller tuned model would have to reach a quality the prompt has not:
    // the prompt comes first, whatever the bill (the review's case: 0.60 against 0.90, 2,000 examples, a team).
    const below = ok({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.6, bar: 0.9, plateau: 'no', cost: 'unsustainable', cheaperSteps: 'tried', examples: 2000, operations: 'yes' });
    expect(below.tune).toBe(false);
    expect(below.verdict).toBe('iterate');
    expect(below.reasons.find((r) => r.concern === 'cost')!.text).toMatch(/improve and measure the prompt first/);
    // No score at all: the cost route waits for one.
    expect(ok({ ...costOnly, promptF1: null, examples: 800, operations: 'yes' }).tune).toBe(false);
  });
  it('a plateau with weekly facts tunes for behavior and keeps the facts in retrieval', () => {
    const d = ok({ ...EMPTY_ANSWERS, evalSet: 'yes', promptF1: 0.6, plateau: 'yes', cost: 'sustainable', latency: 'none', examples: 2000, operations: 'yes', knowledge: 'weekly' });
    expect(d.approach).toBe('hybrid');
    expect(d.headline).toMatch(/retrieval; train only for behavior/);
  });
  it('with nothing answered, prompting is the default and every question that matters is open', () => {
    const d = ok(EMPTY_ANSWERS);
    expect(d.verdict).toBe('default');
    expect(d.reasons).toHaveLength(1);
    expect(d.open.map((o) => o.key)).toEqual(expect.arrayContaining(['evalSet', 'promptF1', 'cost', 'latency']));
  });
});

describe('invalid answers', () => {
  it('an F1 outside 0–1 clears the result and says why', () => {
    const d = decide({ ...EMPTY_ANSWERS, promptF1: 1.4 });
    expect(d.status).toBe('invalid');
    if (d.status === 'invalid') expect(d.message).toMatch(/F1.*between 0 and 1/);
  });
  it('reports each bad field, including a problem found by the form', () => {
    expect(validateAnswers({ ...EMPTY_ANSWERS, examples: 2.5, latency: 'strict' as never }).map((p) => p.key)).toEqual(['latency', 'examples']);
    const d = decide(EMPTY_ANSWERS, [{ key: 'examples', message: 'cannot be negative' }]);
    expect(d.status === 'invalid' && d.message).toMatch(/train on\?" cannot be negative\.$/);
  });
});

describe('URL state', () => {
  const full: WizardAnswers = { evalSet: 'yes', promptF1: 0.72, bar: 0.9, plateau: 'yes', cost: 'unsustainable', latency: 'missed', cheaperSteps: 'tried', examples: 2000, knowledge: 'weekly', format: 'custom', operations: 'no' };
  it('round-trips every answer', () => {
    expect(parseAnswers(serializeAnswers(full))).toEqual({ answers: full, notice: null });
    expect(serializeAnswers(EMPTY_ANSWERS)).toBe('');
    expect(parseAnswers('')).toEqual({ answers: EMPTY_ANSWERS, notice: null });
  });
  it('round-trips any valid numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 10_000 }), (examples, basisPoints) => {
        const a = { ...EMPTY_ANSWERS, examples, promptF1: basisPoints / 10_000 };
        expect(parseAnswers(serializeAnswers(a)).answers).toEqual(a);
      }),
    );
  });
  it('an outdated link falls back to defaults with a notice', () => {
    const old = parseAnswers('?evalSet=yes&examples=1200&f1=0.7&latency=strict&knowledge=daily');
    expect(old.answers).toEqual(EMPTY_ANSWERS);
    expect(old.notice).toMatch(/earlier version/);
  });
  it('an invalid field is dropped with a notice naming it; the rest is kept', () => {
    const bad = parseAnswers('?v=2&evalSet=maybe&examples=-5&f1=1.7&cost=unsustainable&latency=<script>');
    expect(bad.answers).toEqual({ ...EMPTY_ANSWERS, cost: 'unsustainable' });
    expect(bad.notice).toMatch(/4 answers were left empty/);
    expect(bad.notice).toContain('F1');
  });
});

describe('the result as plain data', () => {
  it('lists every question, the reasons and steps with absolute links, and a link that restores the answers', () => {
    const a = { ...EMPTY_ANSWERS, evalSet: 'yes' as const, promptF1: 0.9, cost: 'unsustainable' as const };
    const s = decisionSummary(a, { date: '2026-11-24', origin: 'https://example.test' });
    expect(s.answers).toHaveLength(QUESTIONS.length);
    expect(s.answers[0]).toEqual({ question: QUESTIONS[0]!.question, answer: 'Yes' });
    expect(s.answers.filter((x) => x.answer === 'Not answered')).toHaveLength(QUESTIONS.length - 3);
    expect(s.headline).toMatch(/^Cut serving cost/);
    expect(s.reasons.every((r) => r.href.startsWith('https://example.test/'))).toBe(true);
    expect(s.steps[0]!.title).toBe('Prompt caching');
    const link = new URL(s.link);
    expect(link.pathname).toBe('/decide/');
    expect(parseAnswers(link.search).answers).toEqual(a);
    const invalid = decisionSummary({ ...a, promptF1: 3 }, { date: '2026-11-24', origin: 'https://example.test' });
    expect(invalid.invalid).toMatch(/invalid/);
    expect(invalid.reasons).toEqual([]);
  });
});

describe('the rule as data', () => {
  it('names the eight cheaper steps, each argued in a guide section', () => {
    expect(CHEAPER_STEPS.map((s) => s.id)).toEqual(['caching', 'batch', 'smaller-model', 'reasoning-effort', 'trim', 'routing', 'distill', 'optimize-prompt']);
    for (const s of [...CHEAPER_STEPS, ...CONDITIONS, ...CHECKLIST]) expect(s.href).toMatch(LINK);
  });
  it('states the rule in one paragraph with the three conditions and the two prohibitions', () => {
    expect(RULE_STATEMENT).not.toMatch(/\n/);
    expect(RULE_STATEMENT).toMatch(/three conditions hold together/);
    expect(RULE_STATEMENT).toMatch(/a lower bill without the data and the proof never justifies tuning/);
    expect(RULE_STATEMENT).toMatch(/never in the weights/);
  });
  it('summarises the rule in one sentence that keeps the three conditions and the cost prohibition', () => {
    expect(RULE_SUMMARY.split(/[.;] /)).toHaveLength(2);
    expect(RULE_SUMMARY).toMatch(/measured reason/);
    expect(RULE_SUMMARY).toMatch(/representative data/);
    expect(RULE_SUMMARY).toMatch(/prove and keep/);
    // Cost is a reason only after the cheaper steps, not never: "never for cost alone" read as the opposite of the cost route.
    expect(RULE_SUMMARY).toMatch(/cost problem as a reason only once the cheaper steps have failed/);
    expect(RULE_SUMMARY.length).toBeLessThan(RULE_STATEMENT.length / 2);
  });
  it('the rule as Markdown: the whole statement quoted, or the summary linking to it', () => {
    expect(ruleMarkdown('https://example.test')).toBe(`> ${RULE_STATEMENT}`);
    expect(ruleMarkdown('https://example.test', 'summary')).toBe(
      `**The rule in short:** ${RULE_SUMMARY} [The rule in full](https://example.test/guides/decision-framework/#the-rule).`,
    );
  });
  it('the checklist as Markdown has one row per concern and per step', () => {
    const md = checklistMarkdown('https://example.test');
    const rows = md.split('\n').filter((l) => /^\| \[/.test(l));
    expect(rows).toHaveLength(CHECKLIST.length);
    expect(checklistMarkdown('https://example.test', 'steps').split('\n').filter((l) => /^\| \[/.test(l))).toHaveLength(CHEAPER_STEPS.length);
    expect(rows[0]).toContain('(https://example.test/guides/decision-framework/#no-labeled-eval-set-yet)');
  });
});
