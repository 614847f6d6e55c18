/** The reasons behind a verdict, one or more per concern, each linked to the section that argues it; and the cheaper steps that apply. */
import { CALCULATOR_HREF, CHEAPER_STEPS, DEFAULT_BAR, EXAMPLES_MINIMUM, EXAMPLES_RULE_OF_THUMB, TUNING_ROUTES_PAGE, FRAMEWORK, type CheaperStep } from './rule.ts';
import type { WizardAnswers } from './questions.ts';
import { changingFacts, gateOf, pct, type Assessment, type Reason, type Verdict } from './verdict.ts';

export function reasonsOf(verdict: Verdict, s: Assessment, a: WizardAnswers): Reason[] {
  const reasons: Reason[] = [];
  const bar = a.bar ?? DEFAULT_BAR;
  const barText = a.bar === null ? `the rule-of-thumb bar of ${DEFAULT_BAR}` : `your bar of ${pct(bar)}`;

  // Measurement.
  if (a.evalSet === 'no') {
    reasons.push({
      concern: 'measurement',
      text:
        a.promptF1 === null
          ? 'With no representative eval set, neither a prompt change nor a tuned model can be shown to help.'
          : 'A score not measured on a representative eval set cannot settle the choice, so it is set aside.',
      href: `${FRAMEWORK}#no-labeled-eval-set-yet`,
      leans: 'prompt',
    });
  }

  // Quality.
  if (s.quality === 'meets' && a.promptF1 !== null) {
    reasons.push({
      concern: 'quality',
      text: `A score of ${pct(a.promptF1)} meets ${barText}, so quality gives no reason to tune (cost or latency still might).`,
      href: `${FRAMEWORK}#prompt-f1-above-085`,
      leans: 'prompt',
    });
  } else if (s.quality === 'plateau' && a.promptF1 !== null) {
    reasons.push({
      concern: 'quality',
      text: `Several rounds of prompt iteration have stalled at ${pct(a.promptF1)}, below ${barText}: a measured plateau is the quality reason to tune.`,
      href: `${FRAMEWORK}#quality-a-measured-plateau`,
      leans: 'tune',
    });
  } else if ((s.quality === 'improving' || s.quality === 'unconfirmed') && a.promptF1 !== null) {
    reasons.push({
      concern: 'quality',
      text:
        s.quality === 'improving'
          ? `At ${pct(a.promptF1)} the prompt is below ${barText} but still improving, so the next prompt round is cheaper than a training run.`
          : `At ${pct(a.promptF1)} the prompt is below ${barText}, but no plateau has been recorded: track each prompt version's score before calling it one.`,
      href: '/guides/prompt-engineering/#iterate-against-an-eval-set',
      leans: 'prompt',
    });
  }

  // Cost and latency.
  if (s.costMissed || s.latencyMissed) {
    const what =
      s.costMissed && s.latencyMissed
        ? 'Serving cost is too high and the latency target is missed'
        : s.costMissed
          ? 'Serving cost is too high'
          : 'The latency target is missed';
    const belowBar = s.quality !== 'meets' && s.quality !== 'plateau';
    reasons.push(
      s.stepsTried && belowBar
        ? {
            concern: s.costMissed ? 'cost' : 'latency',
            text: `${what} even after the cheaper steps, but the prompt is not yet shown to meet the bar, which a smaller tuned model would have to reach too: improve and measure the prompt first.`,
            href: `${FRAMEWORK}#how-the-concerns-combine`,
            leans: 'prompt',
          }
        : s.stepsTried
        ? {
            concern: s.costMissed ? 'cost' : 'latency',
            text: `${what} even after the cheaper steps: a smaller tuned model becomes a candidate, though it still needs the data and an eval set to prove it.`,
            href: `${FRAMEWORK}#cost-and-latency-cheaper-steps-first`,
            leans: 'tune',
          }
        : {
            concern: s.costMissed ? 'cost' : 'latency',
            text: `${what}, and the cheaper steps have not been tried yet: they are quicker and cheaper than training, and cost or latency counts as a reason to tune only once they fail.`,
            href: `${FRAMEWORK}#cost-and-latency-cheaper-steps-first`,
            leans: 'prompt',
          },
    );
    if (s.costMissed) {
      reasons.push({
        concern: 'cost',
        text: 'Put your own volume, prompt length and prices into the calculator to see what each step saves.',
        href: CALCULATOR_HREF,
        leans: 'neutral',
      });
    }
  }

  // Data.
  if (a.examples !== null && s.conditions.data === 'not-met' && (verdict === 'not-yet' || s.conditions.reason !== 'not-met')) {
    reasons.push({
      concern: 'data',
      text: a.examples === 0
        ? `No labeled training examples yet: there is nothing to train on. Label some, or have a strong model label inputs outside the eval set and keep the outputs that pass its checks.`
        : `${a.examples} labeled examples are fewer than the ${EXAMPLES_MINIMUM} to 100 vendors suggest starting with, too few to train on and hold some out: label more, or have a strong model label inputs outside the eval set and keep the outputs that pass its checks.`,
      href: `${FRAMEWORK}#data-enough-examples-or-distilled-ones`,
      leans: 'prompt',
    });
  } else if (s.thinData && s.conditions.reason !== 'not-met') {
    reasons.push({
      concern: 'data',
      text: `${a.examples} training examples is below the rule of thumb of about ${EXAMPLES_RULE_OF_THUMB}, which is not a gate: the count is thin, so start with a small experiment and add distilled outputs that pass the eval set's checks, keeping its items out of training.`,
      href: `${FRAMEWORK}#data-enough-examples-or-distilled-ones`,
      leans: 'neutral',
    });
  } else if (a.examples !== null && s.conditions.data === 'met' && verdict === 'tune') {
    reasons.push({
      concern: 'data',
      text: `${a.examples} labeled examples are enough to train on and to hold some out.`,
      href: `${FRAMEWORK}#data-enough-examples-or-distilled-ones`,
      leans: 'tune',
    });
  }

  // Proving and keeping it.
  if (a.operations === 'no' && s.conditions.reason !== 'not-met') {
    reasons.push({
      concern: 'operations',
      text: 'Without a team to retrain, monitor and migrate a tuned model, it decays in production; stay with prompts and hosted models.',
      href: `${FRAMEWORK}#proving-and-keeping-a-tuned-model`,
      leans: 'prompt',
    });
  } else if (verdict === 'tune') {
    reasons.push({
      concern: 'operations',
      text: `Your eval set can show whether ${gateOf(s) === 'beat' ? 'the tuned model beats the best prompt by enough to pay for it' : 'the smaller tuned model meets your bar at the lower cost or latency you need'}, and your team can keep it running on a route still open to you (check who may use each route and its last day): make that check the gate for shipping.`,
      href: TUNING_ROUTES_PAGE,
      leans: 'tune',
    });
  }

  // Knowledge.
  if (changingFacts(a)) {
    reasons.push({
      concern: 'knowledge',
      text:
        a.knowledge === 'weekly'
          ? 'Facts that change every week would be stale in a tuned model within days: they belong in retrieval, never in the weights.'
          : 'Facts that change every month would need a retrain, a re-evaluation and a redeploy each month, and tuning adds facts poorly anyway: keep them in retrieval, and tune, if ever, only for behavior.',
      href: `${FRAMEWORK}#knowledge-that-changes`,
      leans: 'prompt',
    });
  }

  // Format.
  if (a.format === 'schema') {
    reasons.push({
      concern: 'format',
      text: 'A standard JSON schema can be enforced at decoding time with structured outputs, before any training.',
      href: '/guides/structured-output/#schema-enforced-structured-outputs',
      leans: 'prompt',
    });
  } else if (a.format === 'custom') {
    reasons.push({
      concern: 'format',
      text: 'Try a grammar that constrains decoding first; a format the model still breaks after that is a quality gap, and counts only as a measured plateau.',
      href: '/guides/structured-output/#when-fine-tuning-for-a-format-still-pays',
      leans: 'neutral',
    });
  }

  if (reasons.length === 0) {
    reasons.push({
      concern: 'default',
      text: 'Prompting needs no training data and changes in minutes, so it is where every project starts.',
      href: '/guides/overview/#why-prompting-with-retrieval-is-the-default',
      leans: 'prompt',
    });
  }
  return reasons;
}

export function stepsOf(verdict: Verdict, s: Assessment): CheaperStep[] {
  const wanted = new Set<CheaperStep['helps'][number]>();
  if (s.costMissed) wanted.add('cost');
  if (s.latencyMissed) wanted.add('latency');
  // Data is short while tuning is in view: distilled examples are the cheap way to close the gap.
  if ((s.conditions.data === 'not-met' || s.thinData) && s.conditions.reason !== 'not-met' && verdict !== 'measure') wanted.add('data');
  // Quality below the bar and no decision to train yet: an optimizer run is cheaper than a training run and may lift
  // the prompt past the bar, or confirm the plateau.
  if (verdict !== 'tune' && (s.quality === 'improving' || s.quality === 'unconfirmed' || s.quality === 'plateau')) wanted.add('quality');
  return CHEAPER_STEPS.filter((step) => step.helps.some((h) => wanted.has(h))).filter(
    // Batch processing saves cost; it never helps a latency target, and only makes sense if cost is the problem.
    (step) => step.id !== 'batch' || s.costMissed,
  );
}
