import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, parseAnswers, recommend, serializeAnswers, type WizardAnswers } from './wizard.ts';

const ready: WizardAnswers = {
  evalSet: 'yes',
  labeledExamples: 2000,
  promptF1: 0.72,
  latency: 'none',
  cost: 'sustainable',
  plateau: 'yes',
  knowledge: 'static',
  format: 'free',
};

describe('wizard rules, in checklist order', () => {
  it('no eval set: prompt engineering, build evals first', () => {
    const r = recommend({ ...ready, evalSet: 'no' });
    expect(r.approach).toBe('prompt');
    expect(r.reasons.at(-1)?.href).toBe('/guides/evaluation-harness/');
  });
  it('fewer than 500 examples: few-shot prompting', () => {
    expect(recommend({ ...ready, labeledExamples: 499 }).headline).toMatch(/few-shot/);
    expect(recommend({ ...ready, labeledExamples: 500 }).approach).toBe('fine-tune');
  });
  it('F1 above 0.85: ship the prompt', () => {
    expect(recommend({ ...ready, promptF1: 0.86 }).headline).toMatch(/^Ship the prompt/);
    expect(recommend({ ...ready, promptF1: 0.85 }).approach).toBe('fine-tune');
  });
  it('strict latency or unsustainable cost: a smaller tuned model', () => {
    expect(recommend({ ...ready, plateau: 'no', latency: 'strict' }).approach).toBe('smaller-model');
    expect(recommend({ ...ready, plateau: 'no', cost: 'unsustainable' }).approach).toBe('smaller-model');
  });
  it('confirmed plateau: fine-tune', () => {
    const r = recommend(ready);
    expect(r.approach).toBe('fine-tune');
    expect(r.reasons.map((x) => x.leans)).toEqual(['tune']);
  });
  it('no tuning condition holds: keep iterating', () => {
    expect(recommend({ ...ready, plateau: 'unknown' }).approach).toBe('prompt');
  });
  it('fast-changing knowledge adds retrieval to any answer', () => {
    expect(recommend({ ...ready, knowledge: 'daily' }).approach).toBe('hybrid');
    expect(recommend({ ...ready, knowledge: 'daily', evalSet: 'no' }).approach).toBe('rag');
  });
  it('reports what it still needs to know', () => {
    expect(recommend(EMPTY_ANSWERS).missing).toEqual(['evalSet']);
    expect(recommend({ ...ready, promptF1: null }).missing).toContain('promptF1');
  });
});

describe('wizard URL state', () => {
  it('round-trips answers', () => {
    expect(parseAnswers(serializeAnswers(ready))).toEqual(ready);
  });
  it('drops nonsense', () => {
    expect(parseAnswers('?evalSet=maybe&examples=-5&f1=1.7&latency=<script>&format=custom')).toEqual({ ...EMPTY_ANSWERS, format: 'custom' });
  });
});
