/**
 * When a content page last changed, from the content: a guide's `updated` date; otherwise the date of the
 * last commit that touched its file; otherwise (no git history, e.g. an unpacked archive) the newest date
 * its cited sources were checked.
 */
import { execFileSync } from 'node:child_process';

const commitDates = new Map<string, Date | undefined>();

export function lastCommitDate(file: string): Date | undefined {
  if (!commitDates.has(file)) {
    let date: Date | undefined;
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      date = out ? new Date(out) : undefined;
    } catch {
      date = undefined;
    }
    commitDates.set(file, date);
  }
  return commitDates.get(file);
}

export interface Dated {
  filePath?: string | undefined;
  data: { title: string; updated?: Date | undefined };
}

/** `fallback` (e.g. the newest guide revision) dates a page that has neither history nor checked sources. */
export function pageModified(page: Dated, cited: readonly { data: { accessed?: Date | undefined } }[], fallback: Date): Date {
  if (page.data.updated) return page.data.updated;
  const committed = page.filePath ? lastCommitDate(page.filePath) : undefined;
  if (committed) return committed;
  const checked = cited.map((c) => c.data.accessed?.getTime() ?? 0).filter(Boolean);
  return checked.length ? new Date(Math.max(...checked)) : fallback;
}

/** The newest `updated` date among pages, for a fallback. */
export function newestUpdate(pages: readonly { data: { updated?: Date | undefined } }[]): Date {
  return new Date(Math.max(...pages.map((p) => p.data.updated?.getTime() ?? 0)));
}
