/**
 * Social cards: which image a page points its og:image at, and what that image says. Every page has its own
 * card, generated at build time by src/pages/og/[...route].ts; Head.astro finds it from the page's path alone.
 */

/** Where the cards live in the built site. */
export const OG_DIR = '/og/';

/**
 * The card of the page at `pathname`: "/" → "/og/index.png", "/guides/overview/" → "/og/guides/overview.png".
 * Tolerates a missing trailing slash, "index.html" and ".html" endings, so "/404", "/404/" and "/404.html"
 * all map to "/og/404.png".
 */
export function ogImagePath(pathname: string): string {
  let path = pathname.split(/[?#]/)[0] ?? '';
  path = path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..')) throw new Error(`Not a page path: ${pathname}`);
  return `${OG_DIR}${segments.length ? segments.map(decodeSegment).join('/') : 'index'}.png`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The route parameter of the card route for a page: its image path without the leading "/og/". */
export function ogRouteParam(pathname: string): string {
  return ogImagePath(pathname).slice(OG_DIR.length);
}

/** The section a page belongs to, shown on its card; undefined for the home page and pages outside any section. */
export function sectionOf(pathname: string): string | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  switch (first) {
    case 'guides':
      return 'Guides';
    case 'scenarios':
      return 'Scenarios';
    case 'quiz':
    case 'decide':
    case 'calculator':
      return 'Tools';
    case 'faq':
      return 'FAQ';
    case 'research':
      return 'Research';
    case 'glossary':
    case 'pages':
      return 'Reference';
    default:
      return undefined;
  }
}

export interface CardPage {
  path: string;
  title: string;
  description: string;
  /** Shown after the section, e.g. "Hu et al. (2022)" on a source page. */
  byline?: string | undefined;
}

export interface CardText {
  title: string;
  /** The line under the title: the section, or the description when the section would repeat the title. */
  subtitle: string;
  /** Whether the subtitle names the section (set in bold) rather than summarising the page. */
  subtitleIsSection: boolean;
}

/** Longest title drawn in full; longer ones are cut at a word and end in an ellipsis, so four lines hold them. */
export const MAX_TITLE = 120;
/** Longest subtitle drawn in full. */
export const MAX_SUBTITLE = 140;

/**
 * What a page's card says. The home page has no section, so it shows its headline and the tagline
 * (the site name is in the card's brand strip already).
 */
export function cardText(page: CardPage, home?: { headline: string; tagline: string }): CardText {
  const section = sectionOf(page.path);
  if (home && ogImagePath(page.path) === `${OG_DIR}index.png`) {
    return { title: clip(home.headline, MAX_TITLE), subtitle: clip(home.tagline, MAX_SUBTITLE), subtitleIsSection: false };
  }
  const title = clip(page.title, MAX_TITLE);
  if (!section || section.toLowerCase() === page.title.toLowerCase()) {
    return { title, subtitle: clip(page.description, MAX_SUBTITLE), subtitleIsSection: false };
  }
  return { title, subtitle: clip(page.byline ? `${section} · ${page.byline}` : section, MAX_SUBTITLE), subtitleIsSection: true };
}

/** Cuts `text` to at most `max` characters at a word boundary, ending in "…". */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Title font size in pixels: long titles (paper titles in the research index) get smaller type. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 68;
  if (title.length <= 80) return 58;
  return 48;
}
