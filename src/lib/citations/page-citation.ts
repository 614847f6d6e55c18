/** A guide or scenario as a source others can cite: the site as author, the page's last change as its date. */
import type { IndexEntry } from './csl.ts';
import { SITE_NAME } from '../site/site.ts';

export function pageAsSource(page: { slug: string; section: 'guides' | 'scenarios'; title: string; modified: Date }, site: URL): IndexEntry {
    return {
    id: `tune-or-prompt-${page.slug}`,
    data: {
      title: page.title,
      authors: [SITE_NAME],
      year: page.modified.getUTCFullYear(),
      venue: SITE_NAME,
      type: 'documentation',
      url: new URL(`/${page.section}/${page.slug}/`, site).href,
    },
  };
}
