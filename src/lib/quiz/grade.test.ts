import { describe, expect, it } from 'vitest';
import { asSentence, correctIndex, grade, optionLetter } from './grade.ts';

const quiz = {
  options: [
    { text: 'Fine-tune now', correct: false, feedback: 'Too early.' },
    { text: 'Build an eval set', correct: true, feedback: 'Measure first.' },
  ],
};

describe('grading', () => {
  it('grades right and wrong choices with their feedback', () => {
    expect(grade(quiz, 1)).toEqual({ correct: true, feedback: 'Measure first.', correctIndex: 1 });
    expect(grade(quiz, 0)).toEqual({ correct: false, feedback: 'Too early.', correctIndex: 1 });
  });
  it('refuses an option that does not exist', () => {
    expect(() => grade(quiz, 5)).toThrow(RangeError);
  });
  it('finds the correct option and letters options', () => {
    expect(correctIndex(quiz)).toBe(1);
    expect([0, 1, 2].map(optionLetter)).toEqual(['A', 'B', 'C']);
  });
});

describe('sentences', () => {
  it('adds a full stop only where one is missing', () => {
    expect(asSentence('About $180,000.')).toBe('About $180,000.');
    expect(asSentence('Macro F1')).toBe('Macro F1.');
    expect(asSentence('Is it? ')).toBe('Is it?');
    expect(asSentence('He said "stop."')).toBe('He said "stop."');
  });
});
