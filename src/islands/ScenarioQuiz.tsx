/**
 * The quiz at the end of a scenario. Server-rendered, it lists the options and keeps the answer in a
 * <details>; once hydrated, the reader picks an option, grades it with "Check answer", and can try again
 * or reveal the answer. Feedback goes to a polite live region.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { grade, optionLetter, type Grade, type Quiz } from '../lib/quiz/grade.ts';

export interface CitedSource {
  id: string;
  label: string;
}

interface Props {
  quiz: Quiz;
  /** Citation labels for the explanation, in the order of `quiz.cite`. */
  sources: readonly CitedSource[];
}

export default function ScenarioQuiz({ quiz, sources }: Props) {
  const id = useId();
  const [ready, setReady] = useState(false);
  const [chosen, setChosen] = useState<number | null>(null);
  const [result, setResult] = useState<Grade | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [hint, setHint] = useState('');
  useEffect(() => setReady(true), []);

  const correct = quiz.options.findIndex((o) => o.correct);
  const check = () => {
    if (chosen === null) {
      setHint('Choose an option first.');
      return;
    }
    setHint('');
    setResult(grade(quiz, chosen));
  };
  const retry = () => {
    setResult(null);
    setRevealed(false);
    setChosen(null);
  };

  const explanation = (
    <>
      <p>{quiz.explanation}</p>
      {sources.length > 0 && (
        <p class="quiz-sources">
          Sources:{' '}
          {sources.map((source, i) => (
            <>
              {i > 0 && '; '}
              <a href={`/research/${source.id}/`}>{source.label}</a>
            </>
          ))}
        </p>
      )}
    </>
  );

  return (
    <section class="quiz" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Check your decision</h2>
      <fieldset disabled={!ready || result !== null}>
        <legend>{quiz.question}</legend>
        {quiz.options.map((option, i) => (
          <div class={`quiz-option${result && i === result.correctIndex && (result.correct || revealed) ? ' is-correct' : ''}${result && i === chosen && !result.correct ? ' is-wrong' : ''}`}>
            <input
              type="radio"
              id={`${id}-o${i}`}
              name={`${id}-options`}
              value={String(i)}
              checked={chosen === i}
              onChange={() => setChosen(i)}
            />
            <label for={`${id}-o${i}`}>
              <span class="letter" aria-hidden="true">
                {optionLetter(i)}.
              </span>{' '}
              {option.text}
            </label>
          </div>
        ))}
      </fieldset>
      {ready ? (
        <div class="quiz-actions">
          {result === null ? (
            <button type="button" class="button" onClick={check}>
              Check answer
            </button>
          ) : (
            <>
              <button type="button" class="button secondary" onClick={retry}>
                Try again
              </button>
              {!result.correct && !revealed && (
                <button type="button" class="button secondary" onClick={() => setRevealed(true)}>
                  Show the answer
                </button>
              )}
            </>
          )}
        </div>
      ) : null}
      <div class="quiz-feedback" aria-live="polite">
        {hint && <p class="quiz-hint">{hint}</p>}
        {result && (
          <div class={result.correct ? 'feedback ok' : 'feedback bad'}>
            <p>
              <strong>{result.correct ? 'Correct.' : 'Not quite.'}</strong> {result.feedback}
            </p>
            {(result.correct || revealed) && (
              <>
                {!result.correct && (
                  <p>
                    The answer is {optionLetter(correct)}: {quiz.options[correct]?.text}
                  </p>
                )}
                {explanation}
              </>
            )}
          </div>
        )}
      </div>
      {!ready && (
        <details class="quiz-answer">
          <summary>Show the answer</summary>
          <p>
            <strong>
              {optionLetter(correct)}. {quiz.options[correct]?.text}
            </strong>
          </p>
          <ul>
            {quiz.options.map((option, i) => (
              <li>
                {optionLetter(i)}: {option.feedback}
              </li>
            ))}
          </ul>
          {explanation}
        </details>
      )}
    </section>
  );
}
