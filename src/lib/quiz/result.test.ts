import { describe, expect, it } from 'vitest';
import { freshProgress } from './onboarding.ts';
import { bankVersion } from './draw.ts';
import { answer, retryMissed } from './onboarding.ts';
import { sealCode } from './codes.ts';
import { buildResult, decodeResult, encodeResult, readResultLine, resultFromHash, resultLink } from './result.ts';
import { teamRef } from './team-quiz.ts';
import { makeBank } from './test-bank.ts';

const bank = makeBank(5);
const version = bankVersion(bank);
const origin = 'https://tune-or-prompt.example';
const progress = freshProgress(bank, 'seed42', 'Zoë O\'Brien, "QA"');
const correctOf = (id: string) => bank.find((q) => q.id === id)!.quiz.options.findIndex((o) => o.correct);
const answers = Object.fromEntries(progress.drawn.slice(0, 10).map((id, i) => [id, i % 2 === 0 ? correctOf(id) : (correctOf(id) + 1) % 4]));
const result = buildResult(bank, version, { ...progress, answers, first: answers }, '2026-11-24');

describe('building a result', () => {
  it('names every drawn question by id with the choice and whether it was right', () => {
    expect(result.items.map((i) => i.id)).toEqual(progress.drawn);
    expect(result.items.filter((i) => i.correct)).toHaveLength(5);
    expect(result.items.filter((i) => i.choice === null)).toHaveLength(5);
    expect(result).toMatchObject({ bank: version, name: 'Zoë O\'Brien, "QA"', date: '2026-11-24', seed: 'seed42' });
  });
});

describe('encoding', () => {
  it('round-trips, names and non-ASCII characters included', () => {
    const code = encodeResult(result);
    expect(code).toMatch(/^q3\.[A-Za-z0-9_-]+\.[0-9a-z]+$/);
    expect(decodeResult(code)).toEqual({ ok: true, result });
  });
  it('travels in a link fragment and back', () => {
    const link = resultLink(origin, encodeResult(result));
    const read = readResultLine(link, origin);
    expect(read.ok && read.result).toEqual(result);
    expect(resultFromHash(new URL(link).hash)).toBe(encodeResult(result));
  });
  it('detects any change to the payload', () => {
    const code = encodeResult(result);
    const [, payload, check] = code.split('.') as [string, string, string];
    // Flip one character at several places of the payload: the checksum no longer matches.
    for (const at of [0, 10, Math.floor(payload.length / 2), payload.length - 1]) {
      const flipped = payload.slice(0, at) + (payload[at] === 'A' ? 'B' : 'A') + payload.slice(at + 1);
      const decoded = decodeResult(`q3.${flipped}.${check}`);
      expect(decoded.ok).toBe(false);
      expect(!decoded.ok && decoded.reason).toMatch(/checksum/);
    }
    // A better score written in by hand, with the old checksum, is caught too.
    const forged = encodeResult({ ...result, items: result.items.map((i) => ({ ...i, correct: true })) }).split('.')[1];
    expect(decodeResult(`q3.${forged}.${check}`).ok).toBe(false);
  });
  it('refuses malformed, truncated and old-format codes with a reason', () => {
    const code = encodeResult(result);
    const cases: [string, RegExp][] = [
      ['r1.abc.012-', /earlier version/],
      ['q2.@@@.x', /damaged/],
      [code.slice(0, -3), /checksum|damaged/],
      ['<script>', /damaged/],
    ];
    for (const [input, reason] of cases) {
      const decoded = decodeResult(input);
      expect(decoded.ok, input).toBe(false);
      expect(!decoded.ok && decoded.reason, input).toMatch(reason);
    }
  });
});

describe('reading a pasted line', () => {
  const code = encodeResult(result);
  it('accepts a bare code and a link with or without the trailing slash', () => {
    expect(readResultLine(code, origin).ok).toBe(true);
    expect(readResultLine(`  ${origin}/quiz#result=${code}  `, origin).ok).toBe(true);
  });
  it('rejects foreign sites, other pages, quiz links without a result and non-links', () => {
    const reasons = [
      readResultLine(`https://evil.example/quiz/#result=${code}`, origin),
      readResultLine(`${origin}/guides/#result=${code}`, origin),
      readResultLine(`${origin}/quiz/?seed=abc`, origin),
      readResultLine('hello there', origin),
      readResultLine(`javascript:alert(1)//#result=${code}`, origin),
    ].map((r) => (!r.ok ? r.reason : 'accepted'));
    expect(reasons).toEqual([
      'it points to evil.example, not to this site',
      'it is a link to another page, not a quiz result',
      'it is a link to the quiz, not to a result',
      'it is not a link',
      'it is not a web link',
    ]);
  });
});

describe('first attempt and practice in the result', () => {
  const team = { label: 'Platform, December', ids: progress.drawn.slice(0, 6) };
  const wrong = (id: string) => (correctOf(id) + 1) % 4;
  // First pass: 2 of 6 right. Retry: all 4 missed answered right after the answers were shown.
  let p = { ...freshProgress(bank, 'seed7', 'Ana', team), attempt: 1 };
  team.ids.forEach((id, i) => (p = answer(p, id, i < 2 ? correctOf(id) : wrong(id))));
  const firstPass = buildResult(bank, version, p, '2026-12-07');
  p = retryMissed(bank, { ...p, finished: true });
  for (const id of p.round) p = answer(p, id, correctOf(id));
  const afterRetry = buildResult(bank, version, p, '2026-12-07');

  it('scores the first attempt only, and records the retry as practice', () => {
    expect(firstPass.items.filter((i) => i.correct)).toHaveLength(2);
    expect(firstPass.practice).toEqual({ rounds: 0, right: 0 });
    expect(afterRetry.items.filter((i) => i.correct)).toHaveLength(2);
    expect(afterRetry.items.map((i) => i.choice)).toEqual(firstPass.items.map((i) => i.choice));
    expect(afterRetry.practice).toEqual({ rounds: 1, right: 4 });
  });
  it('keeps the name, the team quiz and the attempt through the link', () => {
    const decoded = decodeResult(encodeResult(afterRetry));
    expect(decoded.ok && decoded.result).toEqual(afterRetry);
    expect(afterRetry).toMatchObject({ name: 'Ana', team: teamRef(team), attempt: 1, legacy: false });
  });
  it('refuses a link claiming more practice answers than missed questions', () => {
    const decoded = decodeResult(encodeResult({ ...afterRetry, practice: { rounds: 1, right: 5 } }));
    expect(!decoded.ok && decoded.reason).toMatch(/more practice answers than missed/);
  });
  it('still opens a link made before first attempts were kept (q2), marked as legacy', () => {
    // The earlier encoder's exact layout: [2, bank, name, date, seed, items].
    const old = sealCode('q2', 'tune-or-prompt onboarding result', [2, version, 'Bo', '2026-11-24', 'seed42', [[progress.drawn[0], 1, 1]]]);
    const decoded = decodeResult(old);
    expect(decoded.ok && decoded.result).toMatchObject({ name: 'Bo', legacy: true, attempt: 1, team: null, practice: { rounds: 0, right: 0 } });
  });
});
