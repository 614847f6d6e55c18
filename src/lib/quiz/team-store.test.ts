import { describe, expect, it } from 'vitest';
import { compactLines, MAX_FRAGMENT, parseTeamText, serializeTeamText, teamFragment, textFromFragment } from './team-store.ts';

const link = (code: string) => `https://tune-or-prompt.example/quiz/#result=${code}`;
const A = 'q3.eyJhIjoxfQ.abc1';
const B = 'q3.eyJiIjoyfQ.def2';

describe('keeping the team view across reloads', () => {
  it('round-trips the pasted text through storage', () => {
    const text = `Ana: ${link(A)}\nBen: ${link(B)}`;
    expect(parseTeamText(serializeTeamText(text))).toBe(text);
  });
  it('reads corrupt or foreign stored state as empty', () => {
    for (const raw of [null, '', '{oops', 'null', '42', JSON.stringify({ version: 2, text: 'x' }), JSON.stringify({ version: 1, text: 7 })]) {
      expect(parseTeamText(raw), String(raw)).toBe('');
    }
  });
});

describe('the shareable address', () => {
  it('keeps each code with the name written before it, and reads back to the same links', () => {
    const text = `[10:02] Ana: <${link(A)}>\nsome chatter\n${B}`;
    expect(compactLines(text)).toEqual([`Ana: ${A}`, B]);
    const fragment = teamFragment(text)!;
    expect(fragment).toMatch(/^#links=[A-Za-z0-9_-]+$/);
    expect(compactLines(textFromFragment(fragment)!)).toEqual([`Ana: ${A}`, B]);
  });
  it('is left out when there are no links or they do not fit', () => {
    expect(teamFragment('nothing here')).toBeNull();
    const many = Array.from({ length: 400 }, (_, i) => `q3.${'x'.repeat(20)}${i}.abc`).join('\n');
    expect(teamFragment(many)).toBeNull();
    expect(MAX_FRAGMENT).toBeGreaterThan(1000);
  });
  it('ignores fragments that are not a team view', () => {
    expect(textFromFragment('#result=q3.a.b')).toBeNull();
    expect(textFromFragment('#links=%%%')).toBeNull();
    expect(textFromFragment('#links=aGVsbG8')).toBeNull();
  });
});
