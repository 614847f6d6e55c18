/**
 * schema.org structured data (JSON-LD) for search engines, one builder per page type. The properties follow
 * Google Search Central's structured-data documentation: FAQPage (mainEntity → Question name + acceptedAnswer
 * text), BreadcrumbList (itemListElement → ListItem position, name, item but on the last), Article types
 * (headline, author with name and url, dateModified, image), Dataset (name, description of 50 to 5000
 * characters, license, creator, distribution → DataDownload contentUrl + encodingFormat). ScholarlyArticle
 * has no rich result; it follows schema.org (headline, author, datePublished, sameAs for DOI and arXiv).
 */
import { parseName, type IndexEntry } from '../citations/csl.ts';
import { arxivUrl, doiUrl } from '../citations/references.ts';
import { CONTENT_LICENSE, SITE_NAME } from './site.ts';
import { isoDay } from '../content/build-day.ts';

type Json = { [key: string]: unknown };

export interface QuestionAnswer {
  question: string;
  answer: string;
  /** The day the answer was last reviewed. */
  reviewed: Date;
}

/** The site as publisher and author: an Organization with its name and home page. */
export function siteOrganization(site: URL): Json {
  return { '@type': 'Organization', name: SITE_NAME, url: new URL('/', site).href };
}

/** The page is as new as its most recently reviewed answer; each Question carries its own day. */
export function faqStructuredData(items: readonly QuestionAnswer[]): Json {
  const newest = Math.max(...items.map((item) => item.reviewed.getTime()));
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    ...(items.length ? { dateModified: isoDay(new Date(newest)) } : {}),
    mainEntity: items.map(({ question, answer, reviewed }) => ({
      '@type': 'Question',
      name: question,
      dateModified: isoDay(reviewed),
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

export interface Crumb {
  label: string;
  href: string;
}

/** Home, the trail, then the current page (which, as Google asks, carries no item URL). */
export function breadcrumbList(trail: readonly Crumb[], current: string, site: URL): Json {
  const crumbs = [{ label: 'Home', href: '/' }, ...trail];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      ...crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.label, item: new URL(crumb.href, site).href })),
      { '@type': 'ListItem', position: crumbs.length + 1, name: current },
    ],
  };
}

/**
 * A source's work as a node: the subject of its page under /research/, with its title, authors, date and links.
 * A citing page names the work by this @id alone rather than repeating what the source's page says of it.
 */
export function sourceWorkId(id: string, site: URL): string {
  return new URL(`/research/${id}/#work`, site).href;
}

export interface ArticleInput {
  headline: string;
  description: string;
  path: string;
  image: string;
  dateModified: Date;
  citations: readonly IndexEntry[];
}

/** A guide or scenario: a TechArticle by the site, citing the sources in its bibliography by their works' @id. */
export function techArticle(input: ArticleInput, site: URL): Json {
  const url = new URL(input.path, site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: input.headline,
    description: input.description,
    url,
    mainEntityOfPage: url,
    image: new URL(input.image, site).href,
    dateModified: input.dateModified.toISOString(),
    author: siteOrganization(site),
    publisher: siteOrganization(site),
    license: CONTENT_LICENSE.url,
    inLanguage: 'en',
    citation: input.citations.map((entry) => ({ '@id': sourceWorkId(entry.id, site) })),
  };
}

export interface DatasetDownload {
  path: string;
  mediaType: string;
}

export interface DatasetInput {
  name: string;
  description: string;
  path: string;
  dateModified: Date;
  downloads: readonly DatasetDownload[];
  keywords: readonly string[];
}

/** The research index as a Dataset whose distributions are the four export files. */
export function dataset(input: DatasetInput, site: URL): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: new URL(input.path, site).href,
    license: CONTENT_LICENSE.url,
    creator: siteOrganization(site),
    publisher: siteOrganization(site),
    dateModified: isoDay(input.dateModified),
    isAccessibleForFree: true,
    keywords: [...input.keywords],
    distribution: input.downloads.map((download) => ({
      '@type': 'DataDownload',
      contentUrl: new URL(download.path, site).href,
      encodingFormat: download.mediaType,
    })),
  };
}

/** A source page: a WebPage about the work, which is a ScholarlyArticle (papers) or a CreativeWork with the @id pages cite it by. */
export function sourcePage(entry: IndexEntry, path: string, site: URL): Json {
  const { data } = entry;
  const sameAs = [data.doi && doiUrl(data.doi), data.arxiv && arxivUrl(data.arxiv)].filter((link): link is string => Boolean(link) && link !== data.url);
  const authors = data.authors
    .filter((name) => name !== 'et al.')
    .map((name) => {
      const parsed = parseName(name, data.familyNames);
      return parsed.literal
        ? { '@type': 'Organization', name: parsed.literal }
        : { '@type': 'Person', name, familyName: parsed.family, givenName: parsed.given };
    });
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: new URL(path, site).href,
    name: data.title,
    publisher: siteOrganization(site),
    mainEntity: {
      '@type': data.type === 'paper' ? 'ScholarlyArticle' : 'CreativeWork',
      '@id': sourceWorkId(entry.id, site),
      headline: data.title,
      name: data.title,
      author: authors,
      datePublished: String(data.year),
      url: data.url,
      ...(sameAs.length ? { sameAs } : {}),
      ...(data.doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: data.doi } } : {}),
      isPartOf: { '@type': 'CreativeWork', name: data.container ?? data.venue },
    },
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" escaped so no "</script>" can close it early. */
export function jsonLdText(data: Json): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
