/**
 * Setting a team quiz: the lead names it, picks a length and topics, and gets one link that asks everyone the
 * same questions in the same order (src/lib/quiz/team-quiz.ts draws and encodes it). Nothing is stored on a
 * server: the questions travel in the link.
 */
import { useEffect, useState } from 'preact/hooks';
import { NAME_MAX } from '../lib/quiz/name.ts';
import { newSeed } from '../lib/quiz/random.ts';
import { drawTeamQuiz, teamQuizLink, TEAM_SIZE_MAX, TEAM_SIZE_MIN, type TeamQuiz } from '../lib/quiz/team-quiz.ts';
import { QUIZ_SIZE, type Bank } from '../lib/quiz/draw.ts';
import { QUIZ_TOPICS, TOPIC_LABELS, type QuizTopic } from '../lib/quiz/topics.ts';
import { copyText } from './clipboard.ts';
import { fetchBank } from './quiz-bank.ts';
import { useHydrated } from './hydrated.ts';

export default function TeamQuizMaker() {
  const [bank, setBank] = useState<Bank | null>(null);
  const [failed, setFailed] = useState(false);
  const [label, setLabel] = useState('');
  const [size, setSize] = useState(QUIZ_SIZE);
  const [topics, setTopics] = useState<QuizTopic[]>([...QUIZ_TOPICS]);
  const [made, setMade] = useState<{ quiz: TeamQuiz; link: string } | null>(null);
  const [status, setStatus] = useState('');
  // Disabled until live (see hydrated.ts): text typed into the server-rendered form would be reset by the first render.
  const hydrated = useHydrated();

  useEffect(() => {
    fetchBank().then(setBank).catch(() => setFailed(true));
  }, []);

  if (failed) return <p role="alert">The question bank could not load, so a team quiz cannot be drawn. Reload the page to try again.</p>;

  const available = bank ? bank.questions.filter((q) => topics.includes(q.topic)).length : 0;
  const byId = new Map(bank?.questions.map((q) => [q.id, q]) ?? []);

  const create = (e: Event) => {
    e.preventDefault();
    if (!bank) return;
    if (topics.length === 0) {
      setStatus('Choose at least one topic.');
      return;
    }
    const quiz = drawTeamQuiz(bank.questions, { label, size, topics }, newSeed());
    setMade({ quiz, link: teamQuizLink(window.location.origin, quiz) });
    setStatus(`Team quiz ready: ${quiz.ids.length} questions.`);
  };

  return (
    <form class="team-maker" onSubmit={create}>
      <div class="team-maker-fields">
        <p>
          <label for="team-label">Name of the quiz (optional, shown to everyone and on each result)</label>
          <input id="team-label" class="input" type="text" disabled={!hydrated} maxLength={NAME_MAX} value={label} onInput={(e) => setLabel((e.target as HTMLInputElement).value)} />
        </p>
        <p>
          <label for="team-size">Questions</label>
          <input
            id="team-size"
            class="input"
            disabled={!hydrated}
            type="number"
            inputMode="numeric"
            min={TEAM_SIZE_MIN}
            max={TEAM_SIZE_MAX}
            value={size}
            onInput={(e) => {
              const value = Number((e.target as HTMLInputElement).value);
              if (Number.isFinite(value)) setSize(value);
            }}
          />
          <span class="muted field-hint">
            {TEAM_SIZE_MIN} to {TEAM_SIZE_MAX}
            {bank && `; the chosen topics hold ${available}`}
          </span>
        </p>
      </div>
      <fieldset class="team-topics">
        <legend>Topics</legend>
        {QUIZ_TOPICS.map((topic) => (
          <label>
            <input
              type="checkbox"
              disabled={!hydrated}
              checked={topics.includes(topic)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                setTopics((current) => (on ? QUIZ_TOPICS.filter((t) => t === topic || current.includes(t)) : current.filter((t) => t !== topic)));
              }}
            />{' '}
            {TOPIC_LABELS[topic]}
          </label>
        ))}
      </fieldset>
      <div class="quiz-actions">
        <button type="submit" class="button" disabled={!bank}>
          Create the team link
        </button>
        <span role="status">{status}</span>
      </div>
      {made && (
        <div class="team-made">
          <p>
            Send this link to everyone on the team. Each person answers these questions in this order (their options are
            shuffled) and sends you their result link.
          </p>
          <p class="share-link">
            <a href={made.link}>{made.link}</a>
          </p>
          <p>
            <button type="button" class="button secondary" onClick={async () => setStatus(await copyText(made.link, 'Team link copied.'))}>
              Copy the team link
            </button>
          </p>
          <details>
            <summary>The {made.quiz.ids.length} questions</summary>
            <ol>
              {made.quiz.ids.map((id) => (
                <li>
                  {byId.get(id)?.quiz.question} <span class="muted">({TOPIC_LABELS[byId.get(id)!.topic]})</span>
                </li>
              ))}
            </ol>
          </details>
        </div>
      )}
    </form>
  );
}
