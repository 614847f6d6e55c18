/**
 * The site's Atom feed: guides and scenarios at the day they were last reviewed, sources at the day they were last checked,
 * and each model's prices in force (linking to its row on /models/) at the day its newest price was read. Every date comes from the content.
 */
import { loadContent } from './content.ts';
import { atomFeed, type FeedEntry } from '../lib/site/atom.ts';
import { shortAuthors } from '../lib/citations/references.ts';
import { priceSummary } from '../lib/models/price-summary.ts';
import { CONTENT_LICENSE, FEED_PATH, SITE_DESCRIPTION, SITE_NAME } from '../lib/site/site.ts';

export async function feedEntries(site: URL): Promise<FeedEntry[]> {
  const { guides, scenarios, citations, models, today } = await loadContent();
  const abs = (path: string) => new URL(path, site).href;
  return [
    ...guides.map((g) => ({
      url: abs(`/guides/${g.id}/`),
      title: `Guide: ${g.data.title}`,
      updated: g.data.reviewed,
      summary: g.data.description,
      category: 'guide',
    })),
    ...scenarios.map((s) => ({
      url: abs(`/scenarios/${s.id}/`),
      title: `Scenario: ${s.data.title}`,
      updated: s.data.reviewed,
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
      const places = priceSummary(m.data, today);
      if (!places) return [];
      const updated = new Date(Math.max(...m.data.prices.map((p) => p.asOf.getTime())));
      return [{
        url: abs(`/models/#${m.id}`),
        // The id an entry was first published under stays, so feed readers do not list it again as new.
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
