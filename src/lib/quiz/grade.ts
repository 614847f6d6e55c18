/** Grading of single-answer questions; shared by the scenario quizzes and the onboarding quiz. */

export interface QuizOption {
  text: string;
  correct: boolean;
  feedback: string;
}
export interface Quiz {
  question: string;
  options: readonly QuizOption[];
  explanation: string;
  cite: readonly string[];
}

export interface Grade {
  correct: boolean;
  /** Feedback for the chosen option. */
  feedback: string;
  correctIndex: number;
}

export function correctIndex(quiz: Pick<Quiz, 'options'>): number {
  const index = quiz.options.findIndex((option) => option.correct);
  if (index < 0) throw new Error(`Quiz has no correct option`);
  return index;
}

/** Grades a choice; an index outside the options is a programming error. */
export function grade(quiz: Pick<Quiz, 'options'>, chosen: number): Grade {
  const option = quiz.options[chosen];
  if (!option) throw new RangeError(`Option ${chosen} does not exist`);
  return { correct: option.correct, feedback: option.feedback, correctIndex: correctIndex(quiz) };
}

/** Option letters as shown to the reader: A, B, C … */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** A text as a sentence: a full stop is added only when it does not already end in punctuation. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:;]["'”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
