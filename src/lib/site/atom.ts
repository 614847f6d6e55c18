/**
 * An Atom 1.0 feed (RFC 4287): feed id, title, updated, author and self link; each entry with id, title,
 * updated, an alternate link and a summary. `updated` of the feed is the newest entry's, so an unchanged site
 * gives a byte-identical feed.
 */

export interface FeedEntry {
  /** Absolute URL of the page the entry is about. */
  url: string;
  /** A permanent id when the URL is shared by several entries (e.g. one page showing many models' prices). */
  id?: string;
  title: string;
  updated: Date;
  summary: string;
  /** What kind of change: guide, scenario, source, prices. */
  category: string;
}

export interface FeedInput {
  /** Absolute URL of the site's home page: the feed's id and its alternate link. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  title: string;
  subtitle: string;
  author: string;
  rights: string;
  entries: readonly FeedEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Newest first; ties by title so the order is stable. */
export function sortEntries(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title, 'en'));
}

export function atomFeed(input: FeedInput): string {
  const entries = sortEntries(input.entries);
  // An empty feed still needs an updated date: the epoch says "nothing yet" without inventing one.
  const updated = (entries[0]?.updated ?? new Date(0)).toISOString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(input.home)}</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <subtitle>${escapeXml(input.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name><uri>${escapeXml(input.home)}</uri></author>`,
    `  <rights>${escapeXml(input.rights)}</rights>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.home)}"/>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id ?? entry.url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <category term="${escapeXml(entry.category)}"/>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
