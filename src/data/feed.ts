/**
 * The site's Atom feed: guides and scenarios at their last change, sources at the day they were last checked,
 * and each model's price list at the day its newest price was read. Every date comes from the content.
 */
import { loadContent } from './content.ts';
import { newestUpdate, pageModified } from './page-dates.ts';
import { atomFeed, type FeedEntry } from '../lib/atom.ts';
import { citedIdsInOrder } from '../lib/cite.ts';
import { shortAuthors } from '../lib/references.ts';
import { CONTENT_LICENSE, FEED_PATH, SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

export async function feedEntries(site: URL): Promise<FeedEntry[]> {
  const { guides, scenarios, citations, citationsById, models } = await loadContent();
  const abs = (path: string) => new URL(path, site).href;
  const fallback = newestUpdate(guides);
  const cited = (body: string | undefined) => citedIdsInOrder(body ?? '').flatMap((id) => citationsById.get(id) ?? []);
  return [
    ...guides.map((g) => ({
      url: abs(`/guides/${g.id}/`),
      title: `Guide: ${g.data.title}`,
      updated: pageModified(g, cited(g.body), fallback),
      summary: g.data.description,
      category: 'guide',
    })),
    ...scenarios.map((s) => ({
      url: abs(`/scenarios/${s.id}/`),
      title: `Scenario: ${s.data.title}`,
      updated: pageModified(s, cited(s.body), fallback),
      summary: s.data.description,
      category: 'scenario',
    })),
    ...citations.flatMap((c) =>
      c.data.accessed
        ? [{
            url: abs(`/research/${c.id}/`),
            title: `Source checked: ${c.data.title}`,
            updated: c.data.accessed,
            summary: `${shortAuthors(c.data.authors)} (${c.data.year}), ${c.data.venue}.`,
            category: 'source',
          }]
        : [],
    ),
    ...models.flatMap((m) => {
      if (m.data.prices.length === 0) return [];
      const updated = new Date(Math.max(...m.data.prices.map((p) => p.asOf.getTime())));
      const places = m.data.prices.map((p) => `${p.where}: $${p.input} in, $${p.output} out per million tokens`).join('; ');
      return [{
        url: abs('/calculator/'),
        id: `${abs('/calculator/')}#prices-${m.id}`,
        title: `Prices: ${m.data.name}`,
        updated,
        summary: `${m.data.provider} ${m.data.name}. ${places}.`,
        category: 'prices',
      }];
    }),
  ];
}

export async function feedXml(site: URL): Promise<string> {
  return atomFeed({
    home: new URL('/', site).href,
    self: new URL(FEED_PATH, site).href,
    title: `${SITE_NAME}: what changed`,
    subtitle: SITE_DESCRIPTION,
    author: SITE_NAME,
    rights: `${CONTENT_LICENSE.short} (${CONTENT_LICENSE.url})`,
    entries: await feedEntries(site),
  });
}
