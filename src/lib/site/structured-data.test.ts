/**
 * Each builder carries the properties Google Search Central documents as required (and the recommended ones
 * the site can fill) for its type; ScholarlyArticle follows schema.org. The e2e spec checks the built pages.
 */
import { describe, expect, it } from 'vitest';
import { breadcrumbList, dataset, faqStructuredData, jsonLdText, sourcePage, sourceWorkId, techArticle } from './structured-data.ts';
import type { IndexEntry } from '../citations/csl.ts';

const site = new URL('https://example.org');
const lora: IndexEntry = {
  id: 'hu-2021-lora',
  data: {
    title: 'LoRA: Low-Rank Adaptation of Large Language Models',
    authors: ['Edward J. Hu', 'Yelong Shen', 'et al.'],
    year: 2022,
    venue: 'ICLR 2022',
    type: 'paper',
    venueType: 'conference',
    url: 'https://openreview.net/forum?id=nZeVKeeFYf9',
    doi: '10.48550/arXiv.2106.09685',
    arxiv: '2106.09685',
  },
};

describe('structured data', () => {
  it('FAQPage: every Question has a name and an accepted Answer with text', () => {
    const data = faqStructuredData([{ question: 'Why?', answer: 'Because.', reviewed: new Date('2026-11-24') }]);
    expect(data).toMatchObject({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because.' } }] });
  });
  it('FAQPage: dated by its most recently reviewed answer, each Question by its own review', () => {
    const data = faqStructuredData([
      { question: 'Old?', answer: 'Yes.', reviewed: new Date('2026-11-22') },
      { question: 'New?', answer: 'Yes.', reviewed: new Date('2026-12-07') },
      { question: 'Middle?', answer: 'Yes.', reviewed: new Date('2026-11-24') },
    ]);
    expect(data.dateModified).toBe('2026-12-07');
    expect((data.mainEntity as { dateModified: string }[]).map((q) => q.dateModified)).toEqual(['2026-11-22', '2026-12-07', '2026-11-24']);
  });

  it('BreadcrumbList: positions from 1, absolute item URLs, the current page last without one', () => {
    const data = breadcrumbList([{ label: 'Guides', href: '/guides/' }], 'Overview', site);
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Guides', item: 'https://example.org/guides/' },
      { '@type': 'ListItem', position: 3, name: 'Overview' },
    ]);
  });

  it('TechArticle: headline, dateModified, the site as author with a url, image, and citations by the @id of the work on its source page', () => {
    const data = techArticle(
      { headline: 'Overview', description: 'What to try first.', path: '/guides/overview/', image: '/og/guides/overview.png', dateModified: new Date('2026-11-22'), citations: [lora] },
      site,
    );
    expect(data).toMatchObject({
      '@type': 'TechArticle',
      headline: 'Overview',
      dateModified: '2026-11-22T00:00:00.000Z',
      image: 'https://example.org/og/guides/overview.png',
      author: { '@type': 'Organization', name: 'Tune or Prompt', url: 'https://example.org/' },
      citation: [{ '@id': 'https://example.org/research/hu-2021-lora/#work' }],
    });
    const cited = (data.citation as { '@id': string }[])[0]!['@id'];
    expect((sourcePage(lora, '/research/hu-2021-lora/', site).mainEntity as { '@id': string })['@id']).toBe(cited);
  });

  it('Dataset: name, a description of 50 to 5000 characters, licence and downloads with format', () => {
    const data = dataset(
      { name: 'Index', description: 'x'.repeat(60), path: '/research/', dateModified: new Date('2026-11-22'), keywords: ['RAG'], downloads: [{ path: '/research/a.bib', mediaType: 'application/x-bibtex' }] },
      site,
    );
    expect(data).toMatchObject({
      '@type': 'Dataset',
      name: 'Index',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      distribution: [{ '@type': 'DataDownload', contentUrl: 'https://example.org/research/a.bib', encodingFormat: 'application/x-bibtex' }],
    });
  });

  it('source page: a ScholarlyArticle with people and organisations as authors, year, and DOI and arXiv as sameAs', () => {
    const data = sourcePage({ ...lora, data: { ...lora.data, authors: ['Edward J. Hu', 'OpenAI', 'et al.'] } }, '/research/hu-2021-lora/', site);
    expect(data.mainEntity).toMatchObject({
      '@type': 'ScholarlyArticle',
      '@id': sourceWorkId('hu-2021-lora', site),
      headline: lora.data.title,
      datePublished: '2022',
      author: [{ '@type': 'Person', name: 'Edward J. Hu', familyName: 'Hu' }, { '@type': 'Organization', name: 'OpenAI' }],
      sameAs: ['https://doi.org/10.48550/arXiv.2106.09685', 'https://arxiv.org/abs/2106.09685'],
    });
  });

  it('JSON-LD text cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
