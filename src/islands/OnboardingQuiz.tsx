/**
 * The onboarding quiz. The bank comes from /quiz/questions.json; a seed (in the URL as ?seed= and in
 * localStorage) picks a balanced set of questions and the order of every question's options, so a link or a
 * reload shows the same quiz. A team quiz link (?team=) fixes the questions and their order for everyone.
 * The result scores the first attempt; retries are practice, shown as such. A result link carries a
 * checksummed result in the fragment and opens a read-only summary. Until the island loads, the
 * server-rendered list of all questions stays visible, and nothing is rendered in its place.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  NAME_MAX,
  STORAGE_KEY,
  answer,
  cleanName,
  parseProgress,
  restart,
  retryMissed,
  seedFromSearch,
  startingProgress,
  today,
  type Progress,
} from '../lib/quiz/onboarding.ts';
import { asSentence, correctIndex, optionLetter } from '../lib/quiz/grade.ts';
import { optionOrder, type Bank, type BankQuestion } from '../lib/quiz/draw.ts';
import { newSeed } from '../lib/quiz/random.ts';
import { buildResult, decodeResult, encodeResult, resultFromHash, resultLink, type QuizResult } from '../lib/quiz/result.ts';
import { decodeTeamQuiz, teamCodeFromSearch, type TeamQuiz } from '../lib/quiz/team-quiz.ts';
import { TOPIC_LABELS } from '../lib/quiz/topics.ts';
import { fetchBank } from './quiz-bank.ts';

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
    // Blocked or full storage: the quiz still works, the seed in the URL still reproduces it.
  }
}
/** Keeps the quiz's seed in the address bar (leaving any fragment alone), so the link reproduces the quiz. */
function showSeedInUrl(seed: string): void {
  const url = new URL(window.location.href);
  if (url.searchParams.get('seed') === seed) return;
  url.searchParams.set('seed', seed);
  history.replaceState(history.state, '', url);
}

type Shared = { result: QuizResult } | { error: string } | null;

/**
 * The team quiz in the address, or the reason it cannot be used. An unusable code leaves the address, so a reload
 * or a copied link starts a quiz of one's own instead of repeating the refusal.
 */
function readTeam(): { quiz: TeamQuiz | null; error: string } {
  const code = teamCodeFromSearch(window.location.search);
  if (code === null) return { quiz: null, error: '' };
  const decoded = decodeTeamQuiz(code);
  if (decoded.ok) return { quiz: decoded.quiz, error: '' };
  const url = new URL(window.location.href);
  url.searchParams.delete('team');
  history.replaceState(history.state, '', url);
  return { quiz: null, error: decoded.reason };
}

/** Whether the address holds a seed that no quiz can come from (it is replaced by a new one). */
const badSeedInUrl = () => new URLSearchParams(window.location.search).has('seed') && seedFromSearch(window.location.search) === null;

function readShared(): Shared {
  const code = resultFromHash(window.location.hash);
  if (code === null) return null;
  const decoded = decodeResult(code);
  return decoded.ok ? { result: decoded.result } : { error: decoded.reason };
}

export default function OnboardingQuiz() {
  const [bank, setBank] = useState<Bank | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [removed, setRemoved] = useState<string[]>([]);
  const [shared, setShared] = useState<Shared>(null);
  const [error, setError] = useState(false);
  const [choice, setChoice] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [mounted, setMounted] = useState(false);
  const [team, setTeam] = useState<{ quiz: TeamQuiz | null; error: string }>({ quiz: null, error: '' });
  const [badSeed, setBadSeed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef(false);

  useEffect(() => {
    setMounted(true);
    const teamInUrl = readTeam();
    setTeam(teamInUrl);
    fetchBank()
      .then((b) => {
        setBank(b);
        setShared(readShared());
        window.addEventListener('hashchange', () => setShared(readShared()));
        setBadSeed(badSeedInUrl());
        const stored = parseProgress(readStorage(), b.questions);
        const start = startingProgress(b.questions, { seed: seedFromSearch(window.location.search), team: teamInUrl.quiz }, stored, newSeed);
        setProgress(start.progress);
        setRemoved(start.removed);
        writeStorage(start.progress);
        showSeedInUrl(start.progress.seed);
        // A reload in the middle of a quiz puts the reader back on the question.
        focusNext.current = start === stored && (start.progress.current > 0 || Object.keys(start.progress.answers).length > 0);
        const fallback = document.getElementById('quiz-static');
        if (fallback) fallback.hidden = true;
      })
      .catch(() => setError(true));
  }, []);

  useEffect(() => {
    // Waits for the heading: an effect of an earlier render (before the bank arrived) must not use up the request.
    if (!focusNext.current || !headingRef.current) return;
    focusNext.current = false;
    headingRef.current.focus();
  });

  const update = (next: Progress, focus = false) => {
    setProgress(next);
    writeStorage(next);
    showSeedInUrl(next.seed);
    focusNext.current = focus;
  };

  if (error) return <p role="status">The quiz could not load. All questions and answers are listed below.</p>;
  // Before hydration (and without JavaScript) nothing stands in for the quiz: the full bank below is the page.
  if (!mounted) return null;
  if (!bank || !progress) return <p role="status" class="muted">Loading the quiz…</p>;

  const byId = new Map(bank.questions.map((q) => [q.id, q]));

  if (shared && 'result' in shared) {
    return (
      <Summary
        bank={bank}
        result={shared.result}
        readOnly
        onLeave={() => {
          history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
          setShared(null);
          focusNext.current = true;
        }}
      />
    );
  }

  const notices = (
    <>
      {team.error && (
        <p class="field-error" role="alert">
          That team quiz link cannot be used: {asSentence(team.error)} Ask for the link again; meanwhile this is a quiz of your own.
        </p>
      )}
      {badSeed && (
        <p class="quiz-notice" role="status">
          The quiz link was cut or altered, so this is a new quiz; the address now links to this one.
        </p>
      )}
      {progress.team && (
        <p class="quiz-notice">
          Team quiz{progress.team.label ? <>: <strong>{progress.team.label}</strong></> : ''}. Everyone who opens this link answers the same {progress.drawn.length} questions in the same order.
          {progress.attempt > 1 && ` This is your attempt ${progress.attempt}; your result link says so.`}
        </p>
      )}
      {shared && 'error' in shared && (
        <p class="field-error" role="alert">
          That result link does not match this version of the quiz or was altered, so it cannot be shown: {asSentence(shared.error)}
        </p>
      )}
      {removed.length > 0 && (
        <p class="quiz-notice" role="status">
          {removed.length === 1 ? 'One question' : `${removed.length} questions`} of your saved quiz {removed.length === 1 ? 'was' : 'were'} removed from the site since you started, so {removed.length === 1 ? 'it is' : 'they are'} skipped.
        </p>
      )}
    </>
  );

  if (progress.finished) {
    const result = buildResult(bank.questions, bank.version, progress, progress.finishedOn ?? today());
    return (
      <>
        {notices}
        <Summary
          bank={bank}
          result={result}
          shareUrl={resultLink(window.location.origin, encodeResult(result))}
          name={progress.name}
          onName={(name) => update({ ...progress, name })}
          onRetry={() => {
            setChoice(null);
            update(retryMissed(bank.questions, progress), true);
          }}
          onRestart={() => {
            setChoice(null);
            const teamQuiz = progress.team && team.quiz ? team.quiz : null;
            if (!teamQuiz) history.replaceState(history.state, '', window.location.pathname);
            update(restart(bank.questions, progress, newSeed(), teamQuiz), true);
          }}
        />
      </>
    );
  }

  const id = progress.round[progress.current]!;
  const question = byId.get(id)!;
  const order = optionOrder(progress.seed, id, progress.roundNo, question.quiz.options.length);
  const answered = progress.answers[id];
  const isChecked = answered !== undefined;
  const selected = choice ?? answered ?? null;
  const correct = correctIndex(question.quiz);
  const position = progress.current + 1;
  const shownLetter = (stored: number) => optionLetter(order.indexOf(stored));

  const check = () => {
    if (selected === null) {
      setStatus('Choose an option first.');
      return;
    }
    setStatus('');
    update(answer(progress, id, selected));
    // On a short screen, bring the feedback into view (the button stays just above it).
    requestAnimationFrame(() => feedbackRef.current?.scrollIntoView({ block: 'nearest' }));
  };
  const go = (delta: number) => {
    const nextIndex = progress.current + delta;
    setChoice(null);
    setStatus('');
    if (nextIndex >= progress.round.length) update({ ...progress, finished: true, finishedOn: today() });
    else update({ ...progress, current: Math.max(0, nextIndex) }, true);
  };
  const last = position === progress.round.length;

  return (
    <div class="onboarding">
      {notices}
      <p class="quiz-progress">
        <label for="quiz-progress">
          Question {position} of {progress.round.length}
          {progress.roundNo > 0 && ' (practice: your score stays your first attempt)'}
        </label>
        <progress id="quiz-progress" max={progress.round.length} value={position - 1} />
        <span class="muted quiz-topic">{TOPIC_LABELS[question.topic]}</span>
      </p>
      <fieldset class="quiz" disabled={isChecked}>
        {/* The question exists once: it is both the group's name and the heading that receives focus. */}
        <legend>
          <h2 ref={headingRef} tabIndex={-1} class="quiz-heading">
            {question.quiz.question}
          </h2>
        </legend>
        {order.map((stored, shown) => {
          const option = question.quiz.options[stored]!;
          const mark = isChecked && stored === correct ? ' is-correct' : isChecked && stored === selected ? ' is-wrong' : '';
          return (
            <div class={`quiz-option${mark}`}>
              <input type="radio" id={`oq-${id}-${shown}`} name={`oq-${id}`} checked={selected === stored} onChange={() => setChoice(stored)} />
              <label for={`oq-${id}-${shown}`}>
                <span class="letter" aria-hidden="true">
                  {optionLetter(shown)}.
                </span>{' '}
                {option.text}
              </label>
            </div>
          );
        })}
      </fieldset>
      <div class="quiz-actions">
        {/* One button that changes role keeps focus in place when the answer is checked. */}
        <button type="button" class="button" onClick={isChecked ? () => go(1) : check}>
          {!isChecked ? 'Check answer' : last ? 'See your result' : 'Next question'}
        </button>
        {progress.current > 0 && (
          <button type="button" class="button secondary" onClick={() => go(-1)}>
            Previous
          </button>
        )}
      </div>
      <div class="quiz-feedback" aria-live="polite" ref={feedbackRef}>
        {status && <p class="quiz-hint">{status}</p>}
        {isChecked && selected !== null && (
          <div class={selected === correct ? 'feedback ok' : 'feedback bad'}>
            <p>
              <strong>{selected === correct ? 'Correct.' : `Not quite. The answer is ${shownLetter(correct)}.`}</strong> {question.quiz.options[selected]?.feedback}
            </p>
            <p>{question.quiz.explanation}</p>
            <p>
              Read: <a href={question.review.href}>{question.review.label}</a>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}

interface SummaryProps {
  bank: Bank;
  result: QuizResult;
  readOnly?: boolean;
  shareUrl?: string;
  name?: string;
  onName?: (name: string) => void;
  onRetry?: () => void;
  onRestart?: () => void;
  onLeave?: () => void;
}

function Summary({ bank, result, readOnly, shareUrl, name, onName, onRetry, onRestart, onLeave }: SummaryProps) {
  const [copied, setCopied] = useState('');
  const [draftName, setDraftName] = useState(name ?? '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const items = result.items.flatMap((item) => {
    const question = byId.get(item.id);
    return question ? [{ ...item, question }] : [];
  });
  const skipped = result.items.length - items.length;
  const right = items.filter((i) => i.correct).length;
  const missed = items.filter((i) => !i.correct);
  const who = result.name || (readOnly ? 'Someone' : 'You');
  const { rounds, right: practised } = result.practice;
  const stillMissed = missed.length - practised;

  return (
    <section class="quiz-summary" aria-labelledby="quiz-summary-title">
      <h2 id="quiz-summary-title" ref={headingRef} tabIndex={-1}>
        {readOnly ? 'Shared result' : 'Your result'}: {right} of {items.length} correct on the first attempt
      </h2>
      <p class="quiz-who">
        {who}, {result.date}
        {result.team && <>, team quiz{result.team.label ? ` "${result.team.label}"` : ''}</>}
        {result.attempt > 1 && <>, attempt {result.attempt} (a retake: not a first attempt)</>}. {missed.length === 0 ? 'Every question right.' : `${missed.length} missed on the first attempt.`}
      </p>
      {rounds > 0 && (
        <p class="quiz-practice">
          Practice after the answers were shown: {practised} of the {missed.length} missed answered right in {rounds === 1 ? 'one retry' : `${rounds} retries`}
          {stillMissed > 0 ? `, ${stillMissed} still to review` : ''}. Practice does not change the score above, and the result link says so.
        </p>
      )}
      {result.legacy && <p class="quiz-notice">This link was made before first attempts were kept apart, so its score may include answers retried after the correct ones were shown.</p>}
      {readOnly && <p class="muted no-print">A read-only summary from a shared link.</p>}
      {skipped > 0 && (
        <p class="quiz-notice">
          {skipped === 1 ? 'One question' : `${skipped} questions`} in this result {skipped === 1 ? 'has' : 'have'} since been removed from the quiz and {skipped === 1 ? 'is' : 'are'} left out of the score.
        </p>
      )}
      {result.bank !== bank.version && skipped === 0 && <p class="muted">The questions have been edited since this result was recorded; each answer is scored as it was graded then.</p>}
      {!readOnly && onName && (
        <div class="quiz-name no-print">
          <label for="quiz-name">Your name or handle (optional, travels in the result link)</label>
          {/* Saved as it is typed, so a link copied at any moment, before or after a retry, carries it. */}
          <input
            id="quiz-name"
            class="input"
            type="text"
            maxLength={NAME_MAX}
            autocomplete="nickname"
            value={draftName}
            onInput={(e) => {
              const value = (e.target as HTMLInputElement).value;
              setDraftName(value);
              onName(cleanName(value));
            }}
          />
        </div>
      )}
      <div class="quiz-actions no-print">
        {onRetry && stillMissed > 0 && (
          <button type="button" class="button" onClick={onRetry}>
            Practise the {stillMissed} missed
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
                setCopied('Copying is blocked here; the link is shown below.');
              }
            }}
          >
            Copy result link
          </button>
        )}
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Print result
        </button>
        {onRestart && (
          <button type="button" class="button secondary" onClick={onRestart}>
            {result.team ? 'Take this team quiz again' : 'Start a new quiz'}
          </button>
        )}
        {onLeave && (
          <button type="button" class="button secondary" onClick={onLeave}>
            Take the quiz yourself
          </button>
        )}
        <span role="status">{copied}</span>
      </div>
      {shareUrl && (
        <p class="share-link no-print">
          Result link: <a href={shareUrl}>{shareUrl}</a>
        </p>
      )}
      <h3>Every question</h3>
      <ol class="review-list">
        {items.map(({ question, choice, correct }) => (
          <ReviewItem question={question} choice={choice} correct={correct} />
        ))}
      </ol>
    </section>
  );
}

function ReviewItem({ question, choice, correct }: { question: BankQuestion; choice: number | null; correct: boolean }) {
  const right = correctIndex(question.quiz);
  const chosen = choice === null ? undefined : question.quiz.options[choice];
  return (
    <li class={correct ? 'is-right' : 'is-missed'}>
      <p>
        <strong>{question.quiz.question}</strong>
      </p>
      <p>
        {correct ? (
          <>
            <span class="quiz-verdict">Right:</span> {asSentence(question.quiz.options[right]!.text)}
          </>
        ) : (
          <>
            <span class="quiz-verdict">{chosen ? 'First answer:' : 'Not answered.'}</span> {chosen && `${asSentence(chosen.text)} `}
            <span class="quiz-verdict">Correct:</span> {asSentence(question.quiz.options[right]!.text)}
          </>
        )}
      </p>
      {!correct && (
        <p class="no-print">
          Read: <a href={question.review.href}>{question.review.label}</a>
        </p>
      )}
    </li>
  );
}
