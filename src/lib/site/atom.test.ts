import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedInput } from './atom.ts';

const input = (entries: FeedInput['entries']): FeedInput => ({
  home: 'https://example.org/',
  self: 'https://example.org/feed.xml',
  title: 'Example: what changed',
  subtitle: 'Changes',
  author: 'Example',
  rights: 'CC BY 4.0',
  entries,
});

/** The text of the direct children named `name` of a parsed element. */
const childText = (element: { children: (unknown | string)[] }, name: string) =>
  element.children.filter((c): c is { name: string; textContent: string } => typeof c === 'object' && c !== null && (c as { name?: string }).name === name).map((c) => c.textContent);

describe('Atom feed', () => {
  it('is read by @rowanmanning/feed-parser with the required feed and entry elements, newest first', () => {
    const xml = atomFeed(
      input([
        { url: 'https://example.org/a/', title: 'Older & wiser', updated: new Date('2026-01-01'), summary: 'a <b>', category: 'guide' },
        { url: 'https://example.org/b/', id: 'https://example.org/b/#x', title: 'Newer', updated: new Date('2026-02-01'), summary: 'b', category: 'prices' },
      ]),
    );
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(childText(feed.element, 'id')).toEqual(['https://example.org/']);
    expect(feed.title).toBe('Example: what changed');
    expect(feed.updated?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(feed.authors.map((a) => a.name)).toEqual(['Example']);
    expect(feed.self).toBe('https://example.org/feed.xml');
    expect(feed.items.map((i) => [i.id, i.title, i.url, i.updated?.toISOString()])).toEqual([
      ['https://example.org/b/#x', 'Newer', 'https://example.org/b/', '2026-02-01T00:00:00.000Z'],
      ['https://example.org/a/', 'Older & wiser', 'https://example.org/a/', '2026-01-01T00:00:00.000Z'],
    ]);
    expect(feed.items[1]!.description).toBe('a <b>');
  });

  it('stays valid with no entries', () => {
    const feed = parseFeed(atomFeed(input([])));
    expect(feed.items).toEqual([]);
    expect(feed.updated).toBeInstanceOf(Date);
  });
});
