import { describe, expect, it } from 'vitest';
import { decodeTeamQuiz, drawTeamQuiz, encodeTeamQuiz, teamCodeFromSearch, teamQuizId, teamQuizLink, TEAM_SIZE_MAX } from './team-quiz.ts';
import { makeBank } from './test-bank.ts';

const bank = makeBank(5);
const topicOf = (id: string) => bank.find((q) => q.id === id)!.topic;

describe('drawing a team quiz', () => {
  it('takes the chosen length from the chosen topics only, balanced between them', () => {
    const quiz = drawTeamQuiz(bank, { label: 'Platform', size: 8, topics: ['cost', 'evaluation'] }, 'lead1');
    expect(quiz.ids).toHaveLength(8);
    expect(quiz.ids.filter((id) => topicOf(id) === 'cost')).toHaveLength(4);
    expect(quiz.ids.filter((id) => topicOf(id) === 'evaluation')).toHaveLength(4);
    expect(new Set(quiz.ids).size).toBe(8);
  });
  it('clamps the length to what the topics hold and to the limits, and refuses no topics', () => {
    expect(drawTeamQuiz(bank, { label: '', size: 12, topics: ['cost'] }, 's').ids).toHaveLength(5);
    expect(drawTeamQuiz(bank, { label: '', size: 1, topics: ['cost', 'decision'] }, 's').ids).toHaveLength(3);
    expect(drawTeamQuiz(bank, { label: '', size: 99, topics: ['cost', 'decision', 'prompting', 'evaluation', 'knowledge', 'reasoning', 'fine-tuning'] }, 's').ids).toHaveLength(TEAM_SIZE_MAX);
    expect(() => drawTeamQuiz(bank, { label: '', size: 5, topics: [] }, 's')).toThrow(/topic/);
  });
});

describe('the team quiz link', () => {
  const quiz = { label: 'Platform, December', ids: ['cost-1', 'decision-0', 'reasoning-4'] };
  it('round-trips through the address, with the same id everywhere', () => {
    const link = teamQuizLink('https://tune-or-prompt.example', quiz);
    const code = teamCodeFromSearch(new URL(link).search)!;
    expect(decodeTeamQuiz(code)).toEqual({ ok: true, quiz });
    expect(teamQuizId(quiz)).toBe(teamQuizId({ ...quiz, ids: [...quiz.ids] }));
    expect(teamQuizId(quiz)).not.toBe(teamQuizId({ ...quiz, ids: [...quiz.ids].reverse() }));
  });
  it('refuses an altered, cut or malformed code with a reason', () => {
    const code = encodeTeamQuiz(quiz);
    expect(decodeTeamQuiz(code.slice(0, -2))).toMatchObject({ ok: false });
    expect(decodeTeamQuiz(code.replace(/\.([^.]+)\./, (_, p: string) => `.${p.slice(0, -1)}A.`))).toMatchObject({ ok: false, reason: expect.stringMatching(/checksum|damaged/) });
    expect(decodeTeamQuiz(encodeTeamQuiz({ label: '', ids: ['a', 'a'] }))).toMatchObject({ ok: false });
    expect(decodeTeamQuiz(encodeTeamQuiz({ label: '', ids: ['<b>'] }))).toMatchObject({ ok: false });
    expect(teamCodeFromSearch('?seed=abc')).toBeNull();
  });
});
