/**
 * The site search's data: every searchable document and a fuse.js index prebuilt from them. The search
 * dialog fetches it on first open, so pages that never open the dialog never pay for it.
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import Fuse from 'fuse.js';
import { loadContent } from '../data/content.ts';
import { buildSearchDocuments } from '../lib/search-documents.ts';
import { SEARCH_KEYS, type SearchIndexFile } from '../lib/site-search.ts';

export const GET: APIRoute = async () => {
  const content = await loadContent();
  const guides = await Promise.all(
    content.guides.map(async (guide) => ({
      id: guide.id,
      title: guide.data.title,
      description: guide.data.description,
      body: guide.body ?? '',
      headings: (await render(guide)).headings,
    })),
  );
  const docs = buildSearchDocuments({
    guides,
    scenarios: content.scenarios.map((s) => ({ id: s.id, title: s.data.title, description: s.data.description })),
    faq: content.faq.map((f) => ({ id: f.id, question: f.data.question, answer: f.data.answer })),
    glossary: content.glossary.map((g) => ({ id: g.id, term: g.data.term, aliases: g.data.aliases, definition: g.data.definition })),
    citations: content.citations.map((c) => ({ id: c.id, title: c.data.title, authors: c.data.authors, year: c.data.year })),
    claimChecks: content.claimChecks.map((c) => ({ id: c.id, title: c.data.title, summary: c.data.summary })),
  });
  const file: SearchIndexFile = { docs, index: Fuse.createIndex(SEARCH_KEYS, docs).toJSON() };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
