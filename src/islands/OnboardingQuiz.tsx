/**
 * The onboarding quiz. Questions come from /quiz/questions.json; progress is kept in localStorage under a
 * versioned key (anything unreadable means a fresh start); a result link carries the answers in the URL
 * fragment and opens a read-only summary. Until it loads, the server-rendered question list stays visible.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  STORAGE_KEY,
  decodeResult,
  encodeResult,
  freshProgress,
  parseProgress,
  resultFromHash,
  retryMissed,
  score,
  type OnboardingQuestion,
  type Progress,
} from '../lib/onboarding.ts';
import { correctIndex, optionLetter } from '../lib/quiz.ts';

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
function writeStorage(progress: Progress): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Blocked or full storage: the quiz still works, it just will not survive a reload.
  }
}

export default function OnboardingQuiz() {
  const [questions, setQuestions] = useState<OnboardingQuestion[] | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [shared, setShared] = useState<Record<string, number> | null>(null);
  const [sharedInvalid, setSharedInvalid] = useState(false);
  const [error, setError] = useState(false);
  const [choice, setChoice] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    fetch('/quiz/questions.json')
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<OnboardingQuestion[]>;
      })
      .then((qs) => {
        setQuestions(qs);
        const showShared = () => {
          const code = resultFromHash(window.location.hash);
          const answers = code ? decodeResult(code, qs) : null;
          setShared(answers);
          setSharedInvalid(code !== null && answers === null);
        };
        showShared();
        window.addEventListener('hashchange', showShared);
        setProgress(parseProgress(readStorage(), qs) ?? freshProgress(qs));
        const fallback = document.getElementById('quiz-static');
        if (fallback) fallback.hidden = true;
      })
      .catch(() => setError(true));
  }, []);

  const update = (next: Progress) => {
    setProgress(next);
    writeStorage(next);
  };

  if (error) return <p role="status">The quiz could not load. The questions and answers are listed below.</p>;
  if (!questions || !progress) return <p role="status" class="muted">Loading the quiz…</p>;

  const byId = new Map(questions.map((q) => [q.id, q]));

  if (shared) {
    return <Summary questions={questions} answers={shared} readOnly onLeave={() => { history.replaceState(null, '', window.location.pathname); setShared(null); }} />;
  }

  if (progress.finished) {
    const shareUrl = `${window.location.origin}${window.location.pathname}#result=${encodeURIComponent(encodeResult(questions, progress.answers))}`;
    return (
      <Summary
        questions={questions}
        answers={progress.answers}
        shareUrl={shareUrl}
        onRetry={() => {
          update(retryMissed(questions, progress));
          setChoice(null);
          setChecked(false);
        }}
        onRestart={() => {
          update(freshProgress(questions));
          setChoice(null);
          setChecked(false);
        }}
      />
    );
  }

  const id = progress.round[progress.current]!;
  const question = byId.get(id)!;
  const answered = progress.answers[id];
  const isChecked = checked || answered !== undefined;
  const selected = choice ?? answered ?? null;
  const correct = correctIndex(question.quiz);
  const position = progress.current + 1;

  const check = () => {
    if (selected === null) {
      setStatus('Choose an option first.');
      return;
    }
    setStatus('');
    setChecked(true);
    update({ ...progress, answers: { ...progress.answers, [id]: selected } });
  };
  const go = (delta: number) => {
    const nextIndex = progress.current + delta;
    setChoice(null);
    setChecked(false);
    setStatus('');
    if (nextIndex >= progress.round.length) update({ ...progress, finished: true });
    else update({ ...progress, current: Math.max(0, nextIndex) });
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <div class="onboarding">
      {sharedInvalid && <p class="field-error">That result link does not match this version of the quiz, so it cannot be shown.</p>}
      <p class="quiz-progress">
        <label for="quiz-progress">
          Question {position} of {progress.round.length}
          {progress.round.length < questions.length && ' (retrying missed questions)'}
        </label>
        <progress id="quiz-progress" max={progress.round.length} value={position - 1} />
      </p>
      <h2 ref={headingRef} tabIndex={-1} class="quiz-heading">
        {question.quiz.question}
      </h2>
      <fieldset class="quiz" disabled={isChecked}>
        <legend class="visually-hidden">{question.quiz.question}</legend>
        {question.quiz.options.map((option, i) => (
          <div class={`quiz-option${isChecked && i === correct ? ' is-correct' : ''}${isChecked && i === selected && i !== correct ? ' is-wrong' : ''}`}>
            <input type="radio" id={`oq-${id}-${i}`} name={`oq-${id}`} checked={selected === i} onChange={() => setChoice(i)} />
            <label for={`oq-${id}-${i}`}>
              <span class="letter" aria-hidden="true">{optionLetter(i)}.</span> {option.text}
            </label>
          </div>
        ))}
      </fieldset>
      <div class="quiz-feedback" aria-live="polite">
        {status && <p class="quiz-hint">{status}</p>}
        {isChecked && selected !== null && (
          <div class={selected === correct ? 'feedback ok' : 'feedback bad'}>
            <p>
              <strong>{selected === correct ? 'Correct.' : `Not quite. The answer is ${optionLetter(correct)}.`}</strong> {question.quiz.options[selected]?.feedback}
            </p>
            <p>{question.quiz.explanation}</p>
            <p>
              Review: <a href={question.review.href}>{question.review.label}</a>
            </p>
          </div>
        )}
      </div>
      <div class="quiz-actions">
        {progress.current > 0 && (
          <button type="button" class="button secondary" onClick={() => go(-1)}>
            Previous
          </button>
        )}
        {!isChecked ? (
          <button type="button" class="button" onClick={check}>
            Check answer
          </button>
        ) : (
          <button type="button" class="button" onClick={() => go(1)}>
            {position === progress.round.length ? 'See your result' : 'Next question'}
          </button>
        )}
      </div>
    </div>
  );
}

interface SummaryProps {
  questions: OnboardingQuestion[];
  answers: Record<string, number>;
  readOnly?: boolean;
  shareUrl?: string;
  onRetry?: () => void;
  onRestart?: () => void;
  onLeave?: () => void;
}

function Summary({ questions, answers, readOnly, shareUrl, onRetry, onRestart, onLeave }: SummaryProps) {
  const result = score(questions, answers);
  const [copied, setCopied] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const missed = questions.filter((q) => result.missed.includes(q.id));
  return (
    <section class="quiz-summary" aria-labelledby="quiz-summary-title">
      <h2 id="quiz-summary-title" ref={headingRef} tabIndex={-1}>
        {readOnly ? 'Shared result' : 'Your result'}: {result.correct} of {result.total} correct
      </h2>
      {readOnly && <p class="muted">A read-only summary from a shared link.</p>}
      <p>
        {result.correct === result.total ? 'Every question right.' : `${result.missed.length} to review${result.answered < result.total ? `, ${result.total - result.answered} unanswered` : ''}.`}
      </p>
      {missed.length > 0 && (
        <>
          <h3>To review</h3>
          <ol class="review-list">
            {missed.map((q) => {
              const chosen = answers[q.id];
              const right = correctIndex(q.quiz);
              return (
                <li>
                  <p>
                    <strong>{q.quiz.question}</strong>
                  </p>
                  <p>
                    {chosen === undefined ? 'Not answered.' : `Answered ${optionLetter(chosen)}: ${q.quiz.options[chosen]?.text}.`} Correct: {optionLetter(right)}: {q.quiz.options[right]?.text}.
                  </p>
                  <p>
                    Read: <a href={q.review.href}>{q.review.label}</a>
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <div class="quiz-actions no-print">
        {onRetry && missed.length > 0 && (
          <button type="button" class="button" onClick={onRetry}>
            Retry the {missed.length} missed
          </button>
        )}
        {onRestart && (
          <button type="button" class="button secondary" onClick={onRestart}>
            Start over
          </button>
        )}
        {shareUrl && (
          <button
            type="button"
            class="button secondary"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(shareUrl);
                setCopied('Result link copied.');
              } catch {
                setCopied(`Copying is blocked here. The link: ${shareUrl}`);
              }
            }}
          >
            Copy result link
          </button>
        )}
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Print summary
        </button>
        {onLeave && (
          <button type="button" class="button secondary" onClick={onLeave}>
            Take the quiz yourself
          </button>
        )}
        <span role="status">{copied}</span>
      </div>
      {shareUrl && (
        <p class="share-link">
          Result link: <a href={shareUrl}>{shareUrl}</a>
        </p>
      )}
    </section>
  );
}
