/**
 * The team view: a lead pastes result links (or loads a text file of them) and gets a table of people ×
 * topics, each person's score, the team's weakest topics with sections to read, and a CSV. Everything is
 * computed in this browser (src/lib/quiz-team.ts); nothing is sent anywhere.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Bank } from '../lib/quiz-draw.ts';
import { aggregateTeam, percent, teamCsv, weakestTopics, type TeamReport } from '../lib/quiz-team.ts';
import { QUIZ_TOPICS, TOPIC_LABELS } from '../lib/quiz-topics.ts';
import { fetchBank } from './quiz-bank.ts';

const MAX_FILE_BYTES = 1_000_000;

export default function TeamResults() {
  const [bank, setBank] = useState<Bank | null>(null);
  const [error, setError] = useState('');
  const [report, setReport] = useState<TeamReport | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Uncontrolled: text typed or pasted before the island hydrated still counts.
  const linksRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    fetchBank()
      .then(setBank)
      .catch(() => setError('The question bank could not load, so results cannot be read. Reload the page to try again.'));
  }, []);

  const run = (input: string) => {
    if (!bank) return;
    setReport(aggregateTeam(input, bank, window.location.origin));
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const csvUrl = useMemo(() => (report && report.rows.length > 0 ? URL.createObjectURL(new Blob([teamCsv(report)], { type: 'text/csv;charset=utf-8' })) : null), [report]);
  useEffect(() => () => {
    if (csvUrl) URL.revokeObjectURL(csvUrl);
  }, [csvUrl]);

  if (error) return <p role="alert">{error}</p>;

  const topics = report ? QUIZ_TOPICS.filter((t) => report.rows.some((r) => r.byTopic[t])) : [];
  const weakest = report ? weakestTopics(report) : [];

  return (
    <div class="team-results">
      <div class="team-input">
        <label for="team-links">Result links, one per line</label>
        <textarea id="team-links" ref={linksRef} rows={6} spellcheck={false} />
        <div class="quiz-actions">
          <button type="button" class="button" disabled={!bank} onClick={() => run(linksRef.current?.value ?? '')}>
            Show the team
          </button>
          <label class="button secondary file-button">
            Load a text file
            <input
              type="file"
              accept=".txt,.csv,text/plain"
              class="visually-hidden"
              onChange={async (e) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (!file) return;
                if (file.size > MAX_FILE_BYTES) {
                  setError('');
                  setReport({ rows: [], rejected: [{ line: 0, text: file.name, reason: 'the file is larger than 1 MB' }], topics: [] });
                  return;
                }
                const content = await file.text();
                if (linksRef.current) linksRef.current.value = content;
                run(content);
              }}
            />
          </label>
          {!bank && <span class="muted">Loading the questions…</span>}
        </div>
      </div>

      {report && (
        <section aria-labelledby="team-summary">
          <h2 id="team-summary" ref={headingRef} tabIndex={-1}>
            {report.rows.length === 1 ? '1 result' : `${report.rows.length} results`} counted
            {report.rejected.length > 0 && `, ${report.rejected.length} not counted`}
          </h2>

          {report.rejected.length > 0 && (
            <>
              <h3 id="team-rejected">Not counted</h3>
              <ul class="team-rejected" aria-labelledby="team-rejected">
                {report.rejected.map((r) => (
                  <li>
                    {r.line > 0 ? `Line ${r.line}` : r.text}: not counted because {r.reason}.{' '}
                    {r.line > 0 && <code class="team-line">{r.text.length > 80 ? `${r.text.slice(0, 77)}…` : r.text}</code>}
                  </li>
                ))}
              </ul>
            </>
          )}

          {report.rows.length > 0 && (
            <>
              <div class="table-wrap" role="region" aria-labelledby="team-table-caption" tabIndex={0}>
                <table class="team-table">
                  <caption id="team-table-caption">Correct answers by person and topic</caption>
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Date</th>
                      <th scope="col">Score</th>
                      {topics.map((t) => (
                        <th scope="col">{TOPIC_LABELS[t]}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.map((r) => (
                      <tr>
                        <th scope="row">
                          {r.name || <span class="muted">No name (line {r.line})</span>}
                          {r.skipped.length > 0 && <span class="team-note"> ({r.skipped.length} removed {r.skipped.length === 1 ? 'question' : 'questions'} skipped)</span>}
                        </th>
                        <td>{r.date}</td>
                        <td>
                          {r.correct} of {r.total} ({percent({ correct: r.correct, asked: r.total })}%)
                        </td>
                        {topics.map((t) => {
                          const tally = r.byTopic[t];
                          return <td>{tally ? `${tally.correct} of ${tally.asked}` : <span aria-label="not asked">–</span>}</td>;
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {csvUrl && (
                <p>
                  <a class="button secondary" href={csvUrl} download="team-quiz-results.csv">
                    Download the table as CSV
                  </a>
                </p>
              )}

              <h3>Weakest topics</h3>
              {weakest.length === 0 ? (
                <p>Everyone answered every question right.</p>
              ) : (
                <ol class="team-weakest">
                  {weakest.map((w) => (
                    <li>
                      <strong>{w.label}</strong>: {w.correct} of {w.asked} answers right ({percent(w)}%). Read:{' '}
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
