import { describe, expect, it } from 'vitest';
import { parse } from 'astrocite-ris';
import type { IndexEntry } from './csl.ts';
import { toRisEntry } from './ris.ts';

const doc: IndexEntry = {
  id: 'openai-2024-structured-outputs-documentation-page',
  data: {
    title: 'Structured model\noutputs',
    authors: ['OpenAI'],
    year: 2024,
    venue: 'OpenAI API documentation',
    type: 'documentation',
    url: 'https://platform.openai.com/docs/guides/structured-outputs?api-mode=responses&lang=javascript',
    accessed: new Date('2026-11-22'),
  },
};

describe('RIS writer', () => {
  it('keeps every value on its tagged line and the id whole', () => {
    const text = toRisEntry(doc);
    for (const line of text.split('\r\n')) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(text).toContain('ID  - openai-2024-structured-outputs-documentation-page');
    expect(text).toContain('TI  - Structured model outputs');
    expect(text).toContain('Y2  - 2026/11/22');
  });
  it('says in a note, not in an author line, that a list closed by "et al." is cut short', () => {
    const cut = toRisEntry({ ...doc, data: { ...doc.data, authors: ['Percy Liang', 'Rishi Bommasani', 'et al.'] } });
    const [item] = parse(`${cut}\r\n`);
    expect(item!.author).toEqual([{ family: 'Liang', given: 'Percy' }, { family: 'Bommasani', given: 'Rishi' }]);
    expect(item!.note).toMatch(/further authors \(et al\.\)/);
    expect(parse(`${toRisEntry(doc)}\r\n`)[0]!.note).toBeUndefined();
  });
  it('gives a report with an arXiv id its number, which astrocite-ris reads as the CSL number', () => {
    const report: IndexEntry = { id: 'jiang-2023-mistral-7b', data: { ...doc.data, title: 'Mistral 7B', type: 'report', institution: 'Mistral AI', arxiv: '2310.06825', url: 'https://arxiv.org/abs/2310.06825' } };
    expect(toRisEntry(report)).toContain('SN  - arXiv:2310.06825');
    expect(parse(`${toRisEntry(report)}\r\n`)[0]).toMatchObject({ type: 'report', number: 'arXiv:2310.06825', publisher: 'Mistral AI' });
  });
  it('is read back by astrocite-ris as a web page with its URL intact', () => {
    const [item] = parse(`${toRisEntry(doc)}\r\n`);
    expect(item).toMatchObject({ type: 'webpage', URL: doc.data.url, 'container-title': 'OpenAI API documentation' });
  });
});
