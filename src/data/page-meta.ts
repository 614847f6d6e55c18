/** What a guide or scenario page says about itself: how to cite it and its TechArticle markup, both dated by its `reviewed` day. */
import type { Citation, Guide, Scenario } from './content.ts';
import { pageAsSource } from '../lib/citations/page-citation.ts';
import { ogImagePath } from '../lib/site/social-card.ts';
import { techArticle } from '../lib/site/structured-data.ts';

export function articleMeta(section: 'guides' | 'scenarios', page: Guide | Scenario, sources: readonly Citation[], site: URL) {
  const path = `/${section}/${page.id}/`;
  const modified = page.data.reviewed;
  const citeAs = pageAsSource({ slug: page.id, section, title: page.data.title, modified }, site);
  const article = techArticle(
    { headline: page.data.title, description: page.data.description, path, image: ogImagePath(path), dateModified: modified, citations: sources },
    site,
  );
  return { citeAs, article };
}
