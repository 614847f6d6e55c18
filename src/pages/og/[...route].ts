/**
 * One social card per page, 1200×630 PNG, drawn at build time by astro-og-canvas (CanvasKit): the brand strip,
 * the page title and its section, on white with the accent bar. Fonts are DejaVu Sans from the dejavu-fonts-ttf
 * package, read from disk, so the build needs no network. Head.astro points each page at its card through
 * ogImagePath() in src/lib/site/social-card.ts, the same function that names the files here.
 */
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import { generateOpenGraphImage } from 'astro-og-canvas';
import { HOME_HEADLINE, sitePages } from '../../data/pages.ts';
import { cardText, ogRouteParam, titleSize, type CardText } from '../../lib/site/social-card.ts';
import { SITE_TAGLINE } from '../../lib/site/site.ts';

const require = createRequire(import.meta.url);
const FONTS = [require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')];
/** The brand strip (mark and site name), drawn by scripts/make-og-logo.mjs; a path from the project root. */
const LOGO = './src/assets/og-logo.png';
const ACCENT: [number, number, number] = [11, 92, 173]; // #0b5cad
const INK: [number, number, number] = [27, 36, 48]; // #1b2430, the site's text colour
const PAPER: [number, number, number] = [255, 255, 255];

export const getStaticPaths = (async () => {
  const pages = await sitePages();
  return pages.map((page) => ({
    params: { route: ogRouteParam(page.path) },
    props: { card: cardText(page, { headline: HOME_HEADLINE, tagline: SITE_TAGLINE }) },
  }));
}) satisfies GetStaticPaths;

interface Props {
  card: CardText;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { title, subtitle, subtitleIsSection } = props.card;
  const png = await generateOpenGraphImage({
    title,
    description: subtitle,
    bgGradient: [PAPER],
    border: { color: ACCENT, width: 20, side: 'inline-start' },
    padding: 64,
    logo: { path: LOGO },
    fonts: FONTS,
    font: {
      title: { color: INK, size: titleSize(title), weight: 'Bold', lineHeight: 1.15, families: ['DejaVu Sans'] },
      description: { color: ACCENT, size: 34, weight: subtitleIsSection ? 'Bold' : 'Normal', lineHeight: 1.3, families: ['DejaVu Sans'] },
    },
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
