/** Site-wide constants: the name, the primary navigation and the sections it leads to. */

export const SITE_NAME = 'Tune or Prompt';
export const SITE_TAGLINE = 'Prompt engineering or fine-tuning: decide with evidence.';
export const SITE_DESCRIPTION =
  'A reference for engineers choosing between prompt engineering (with retrieval) and fine-tuning large language models: guides, decision scenarios, tools and a checked research index.';

export interface NavItem {
  label: string;
  href: string;
}

/** Header navigation, in reading order. */
export const PRIMARY_NAV: readonly NavItem[] = [
  { label: 'Guides', href: '/guides/' },
  { label: 'Scenarios', href: '/scenarios/' },
  { label: 'Quiz', href: '/quiz/' },
  { label: 'FAQ', href: '/faq/' },
  { label: 'Research', href: '/research/' },
];

/** Tools and reference pages linked from the footer and the mobile menu. */
export const SECONDARY_NAV: readonly NavItem[] = [
  { label: 'Decision wizard', href: '/decide/' },
  { label: 'Cost calculator', href: '/calculator/' },
  { label: 'Where to fine-tune', href: '/fine-tuning-routes/' },
  { label: 'Claim checks', href: '/research/claim-checks/' },
  { label: 'Glossary', href: '/glossary/' },
  { label: 'All pages', href: '/pages/' },
];

/** Whether `href` is the current section of `pathname` (for aria-current). */
export function isCurrentSection(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}

/** The licence of the site's text and of the research index's exports. */
export const CONTENT_LICENSE = {
  name: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The Atom feed of new and updated pages, sources and prices. */
export const FEED_PATH = '/feed.xml';
