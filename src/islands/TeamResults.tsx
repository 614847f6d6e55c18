/**
 * The team view: a lead pastes result links however they arrive (a chat transcript will do) or loads a text
 * file of them, and gets a table of people × topics with first-attempt scores as counts and percentages,
 * the team's weakest topics with sections to read, and a CSV. The links are kept in this browser and, when
 * they fit, in the address, so a reload or a bookmark shows the same view. Everything is computed here
 * (src/lib/quiz/team.ts); nothing is sent anywhere.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Bank } from '../lib/quiz/draw.ts';
import { aggregateTeam, ofCount, percent, rowNote, teamCsv, weakestTopics, type TeamReport, type TeamRow } from '../lib/quiz/team.ts';
import { parseTeamText, serializeTeamText, teamFragment, textFromFragment, TEAM_STORAGE_KEY } from '../lib/quiz/team-store.ts';
import { QUIZ_TOPICS, TOPIC_LABELS } from '../lib/quiz/topics.ts';
import { fetchBank } from './quiz-bank.ts';
import { useHydrated } from './hydrated.ts';
import { SideScroll } from './SideScroll.tsx';

const MAX_FILE_BYTES = 1_000_000;

function readStored(): string {
  try {
    return parseTeamText(window.localStorage.getItem(TEAM_STORAGE_KEY));
  } catch {
    return '';
  }
}
function writeStored(text: string): void {
  try {
    if (text.trim()) window.localStorage.setItem(TEAM_STORAGE_KEY, serializeTeamText(text));
    else window.localStorage.removeItem(TEAM_STORAGE_KEY);
  } catch {
    // Blocked or full storage: the view still works; the address may still keep the links.
  }
}
/** Puts the links in the address when they fit; says whether they did. */
function writeFragment(text: string): boolean {
  const fragment = teamFragment(text);
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${fragment ?? ''}`);
  return fragment !== null || !text.trim();
}

function quizName(row: TeamRow): string {
  return row.team ? row.team.label || `team quiz ${row.team.id}` : 'a random draw';
}

export default function TeamResults() {
  const [bank, setBank] = useState<Bank | null>(null);
  const [error, setError] = useState('');
  const [report, setReport] = useState<TeamReport | null>(null);
  const [kept, setKept] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Uncontrolled: text pasted while the questions load still counts.
  const linksRef = useRef<HTMLTextAreaElement>(null);
  // The controls do nothing without the script: disabled until live (see hydrated.ts), and no loading notice before.
  const hydrated = useHydrated();

  const run = (input: string, loaded: Bank, focus = true) => {
    setReport(aggregateTeam(input, loaded, window.location.origin));
    writeStored(input);
    const fits = writeFragment(input);
    setKept(fits ? 'Kept in this browser and in the address: bookmark it or send it to a colleague.' : 'Kept in this browser; too many links to fit in the address.');
    if (focus) requestAnimationFrame(() => headingRef.current?.focus());
  };

  useEffect(() => {
    fetchBank()
      .then((loaded) => {
        setBank(loaded);
        const typed = linksRef.current?.value.trim() ? linksRef.current.value : '';
        const saved = typed || textFromFragment(window.location.hash) || readStored();
        if (!saved) return;
        if (linksRef.current) linksRef.current.value = saved;
        run(saved, loaded, false);
      })
      .catch(() => setError('The question bank could not load, so results cannot be read. Reload the page to try again.'));
  }, []);

  const csvUrl = useMemo(() => (report && report.rows.length > 0 ? URL.createObjectURL(new Blob([teamCsv(report)], { type: 'text/csv;charset=utf-8' })) : null), [report]);
  useEffect(() => () => {
    if (csvUrl) URL.revokeObjectURL(csvUrl);
  }, [csvUrl]);

  if (error) return <p role="alert">{error}</p>;

  const topics = report ? QUIZ_TOPICS.filter((t) => report.rows.some((r) => r.byTopic[t])) : [];
  const weakest = report ? weakestTopics(report) : [];
  const counted = report ? report.rows.filter((r) => r.counted).length : 0;
  const clear = () => {
    if (linksRef.current) linksRef.current.value = '';
    writeStored('');
    writeFragment('');
    setReport(null);
    setKept('Cleared from this browser and the address.');
    linksRef.current?.focus();
  };

  return (
    <div class="team-results">
      <div class="team-input">
        <label for="team-links">Result links, pasted as they came (one per line, after names, or a whole chat)</label>
        <textarea id="team-links" class="input" ref={linksRef} rows={6} spellcheck={false} disabled={!hydrated} />
        <div class="quiz-actions">
          <button type="button" class="button" disabled={!bank} onClick={() => bank && run(linksRef.current?.value ?? '', bank)}>
            Show the team
          </button>
          <label class="button secondary file-button">
            Load a text file
            <input
              type="file"
              accept=".txt,.csv,text/plain"
              class="visually-hidden"
              disabled={!hydrated}
              onChange={async (e) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (!file || !bank) return;
                if (file.size > MAX_FILE_BYTES) {
                  setReport({ rows: [], rejected: [{ line: 0, text: file.name, reason: 'the file is larger than 1 MB' }], topics: [], quizzes: [] });
                  return;
                }
                const content = await file.text();
                if (linksRef.current) linksRef.current.value = content;
                run(content, bank);
              }}
            />
          </label>
          <button type="button" class="button secondary" disabled={!hydrated} onClick={clear}>
            Clear the links
          </button>
          {hydrated && !bank && <span class="muted">Loading the questions…</span>}
          <span role="status" class="muted">
            {kept}
          </span>
        </div>
      </div>

      {report && (
        <section aria-labelledby="team-summary">
          <h2 id="team-summary" ref={headingRef} tabIndex={-1}>
            {report.rows.length === 0
              ? 'No result links found'
              : `${counted === 1 ? '1 person' : `${counted} people`} counted, from ${report.rows.length === 1 ? '1 result' : `${report.rows.length} results`}`}
            {report.rejected.length > 0 && `; ${report.rejected.length} ${report.rejected.length === 1 ? 'link' : 'links'} not read`}
          </h2>
          {report.rows.length > 0 && (
            <p>
              Scores are first attempts. A retry after the answers were shown is practice, and a person's further links (the same quiz
              again, or the same name) are listed and marked but not counted.
            </p>
          )}
          {report.quizzes.length > 1 && (
            <p class="quiz-notice" role="status">
              These results answer {report.quizzes.length} different quizzes ({report.quizzes.map((q) => (q ? q.label || `team quiz ${q.id}` : 'random draws')).join('; ')}), so
              people were not asked the same questions. Compare scores within one quiz, or set a <a href="#set-a-team-quiz">team quiz</a>.
            </p>
          )}

          {report.rejected.length > 0 && (
            <>
              <h3 id="team-rejected">Not read</h3>
              <ul class="team-rejected" aria-labelledby="team-rejected">
                {report.rejected.map((r) => (
                  <li>
                    {r.line > 0 ? `Line ${r.line}` : r.text}: not read because {r.reason}.{' '}
                    {r.line > 0 && <code class="team-line">{r.text.length > 80 ? `${r.text.slice(0, 77)}…` : r.text}</code>}
                  </li>
                ))}
              </ul>
            </>
          )}

          {report.rows.length > 0 && (
            <>
              <SideScroll label="First-attempt answers by person and topic" class="team-table-wrap">
                <table class="team-table">
                  <caption>First-attempt answers right, by person and topic</caption>
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Score</th>
                      <th scope="col">Practice</th>
                      {topics.map((t) => (
                        <th scope="col">{TOPIC_LABELS[t]}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.map((r) => {
                      const note = rowNote(r);
                      return (
                        <tr class={r.counted ? undefined : 'not-counted'}>
                          <th scope="row">
                            {r.name || <span class="muted">No name (line {r.line})</span>}
                            <span class="team-meta">
                              {r.date}
                              {report.quizzes.length > 1 && `, ${quizName(r)}`}
                            </span>
                            {note && <span class="team-flag">{note}</span>}
                            {r.skipped.length > 0 && <span class="team-meta">{r.skipped.length} removed {r.skipped.length === 1 ? 'question' : 'questions'} skipped</span>}
                          </th>
                          <td data-label="Score">
                            <span class="team-value">
                              {ofCount({ correct: r.correct, asked: r.total })} <span class="team-pct">({percent({ correct: r.correct, asked: r.total })}%)</span>
                            </span>
                          </td>
                          <td data-label="Practice">
                            <span class="team-value">{r.practice.rounds === 0 ? <span class="muted">none</span> : `${r.practice.right} more right in ${r.practice.rounds} ${r.practice.rounds === 1 ? 'retry' : 'retries'}`}</span>
                          </td>
                          {topics.map((t) => {
                            const tally = r.byTopic[t];
                            return (
                              <td data-label={TOPIC_LABELS[t]}>
                                <span class="team-value">
                                  {tally ? (
                                    <>
                                      {ofCount(tally)} <span class="team-pct">({percent(tally)}%)</span>
                                    </>
                                  ) : (
                                    <span aria-label="not asked">–</span>
                                  )}
                                </span>
                              </td>
                            );
                          })}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </SideScroll>
              {csvUrl && (
                <p>
                  <a class="button secondary" href={csvUrl} download="team-quiz-results.csv">
                    Download the table as CSV
                  </a>
                </p>
              )}

              <h3>Weakest topics</h3>
              {counted === 0 ? (
                <p>No first attempt is counted yet, so there is nothing to total.</p>
              ) : weakest.length === 0 ? (
                <p>Everyone counted answered every question right.</p>
              ) : (
                <ol class="team-weakest">
                  {weakest.map((w) => (
                    <li>
                      <strong>{w.label}</strong>: {ofCount(w)} first-attempt answers right ({percent(w)}%). Read:{' '}
                      {w.read.slice(0, 3).map((r, i) => (
                        <>
                          {i > 0 && '; '}
                          <a href={r.href}>{r.label}</a>
                        </>
                      ))}
                      .
                    </li>
                  ))}
                </ol>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
