import { describe, expect, it } from 'vitest';
import { snippet } from './snippet.ts';
import {
  CHUNK_CHARS,
  MAX_QUERY_LENGTH,
  buildSearchFiles,
  chunkOf,
  loadShard,
  loadSite,
  normalizeQuery,
  quoteQuery,
  searchSite,
  type SearchEntry,
  type SearchIndexFile,
} from './site-search.ts';

const ENTRIES: SearchEntry[] = [
  { doc: { kind: 'guide', url: '/guides/fine-tuning/', title: 'Fine-tuning in depth' }, text: 'When fine-tuning pays off.', fields: { title: 'Fine-tuning in depth', body: 'When fine-tuning pays off.' } },
  {
    doc: { kind: 'guide', url: '/guides/fine-tuning/#forgetting-what-it-knew', title: 'Forgetting what it knew', meta: 'Fine-tuning in depth' },
    text: 'Tuning on a narrow task can erase general skills, known as catastrophic forgetting.',
    fields: { heading: 'Forgetting what it knew', meta: 'Fine-tuning in depth', body: 'Tuning on a narrow task can erase general skills, known as catastrophic forgetting.' },
  },
  {
    doc: { kind: 'faq', url: '/faq/#how-many-examples', title: 'How many training examples do I need to fine-tune?' },
    text: 'Vendors suggest starting with 50 to 100 examples.',
    fields: { title: 'How many training examples do I need to fine-tune?', body: 'Vendors suggest starting with 50 to 100 examples.' },
  },
  { doc: { kind: 'glossary', url: '/glossary/#qlora', title: 'QLoRA' }, text: 'LoRA on a 4-bit quantized base model.', fields: { title: 'QLoRA', body: 'LoRA on a 4-bit quantized base model.' } },
  {
    doc: { kind: 'research', url: '/research/dettmers-2023-qlora/', title: 'QLoRA: Efficient Finetuning of Quantized LLMs', meta: 'Dettmers et al. (2023)' },
    text: 'A 65B model was fine-tuned on one 48 GB GPU.',
    fields: { title: 'QLoRA: Efficient Finetuning of Quantized LLMs', meta: 'Tim Dettmers, Artidoro Pagnoni. NeurIPS', body: 'A 65B model was fine-tuned on one 48 GB GPU.' },
  },
  { doc: { kind: 'page', url: '/calculator/', title: 'Cost calculators' }, text: 'Compare a long prompt with a tuned model.', fields: { title: 'Cost calculators', body: 'Compare a long prompt with a tuned model.' } },
  { doc: { kind: 'page', url: '/big/', title: 'Big' }, text: 'x '.repeat(CHUNK_CHARS), fields: { title: 'Big' } },
];

/** The files as the dialog gets them: through JSON, with every shard loaded. */
function browserSite() {
  const { file, texts, shards } = buildSearchFiles(ENTRIES);
  const site = loadSite(JSON.parse(JSON.stringify(file)) as SearchIndexFile);
  for (const [key, text] of shards) loadShard(site.index, key, JSON.parse(JSON.stringify(text)));
  const text = (d: number) => {
    const { n, offset } = chunkOf(file, d);
    return texts[n]![offset];
  };
  return { site, text, file, texts };
}
const { site, text, file, texts } = browserSite();
const urls = (q: string) => searchSite(site, q, 10, text).hits.map((h) => h.doc.url);

describe('the index files', () => {
  it('keep every document, in order, with its text in a file of its own run', () => {
    expect(site.docs).toEqual(ENTRIES.map((e) => e.doc));
    ENTRIES.forEach((e, d) => expect(text(d)).toBe(e.text));
    expect(texts.length).toBeGreaterThan(1);
    expect(file.chunks).toEqual([6]);
  });
});

describe('searching the site', () => {
  it('answers questions with stop words and other word forms', () => {
    expect(urls('how many examples do I need')[0]).toBe('/faq/#how-many-examples');
    expect(urls('does fine-tuning make a model forget')[0]).toBe('/guides/fine-tuning/#forgetting-what-it-knew');
  });
  it('finds the word being typed, typos, and authors', () => {
    expect(urls('catastroph')[0]).toBe('/guides/fine-tuning/#forgetting-what-it-knew');
    expect(urls('calculaters ')[0]).toBe('/calculator/');
    expect(urls('dettmers')).toEqual(['/research/dettmers-2023-qlora/']);
  });
  it('puts an explaining page above a source that uses the same words', () => {
    const ranked = urls('qlora');
    expect(ranked.indexOf('/glossary/#qlora')).toBeLessThan(ranked.indexOf('/research/dettmers-2023-qlora/'));
  });
  it('puts the source first when the reader asks for papers, studies or evidence', () => {
    for (const q of ['papers on qlora', 'qlora study', 'evidence for qlora']) {
      const ranked = urls(q);
      expect(ranked.indexOf('/research/dettmers-2023-qlora/'), q).toBeLessThan(ranked.indexOf('/glossary/#qlora'));
    }
  });
  it('reports the matched terms for snippets and highlighting', () => {
    const { hits, matched } = searchSite(site, 'catastrophic forgetting', 10, text);
    const marked = snippet(text(hits[0]!.n)!, matched).filter((p) => p.match).map((p) => p.text);
    expect(marked).toEqual(['catastrophic', 'forgetting']);
  });
  it('says which shards it still needs instead of ranking on half the index', () => {
    const cold = loadSite(JSON.parse(JSON.stringify(file)) as SearchIndexFile);
    expect([...searchSite(cold, 'qlora').missing]).toEqual(['ql']);
    // One letter alone begins too many words to fetch them all: it asks for nothing.
    expect([...searchSite(cold, 'q').missing]).toEqual([]);
  });
  it('ranks a title that asks or answers the question the query begins with above one that does not', () => {
    const entries: SearchEntry[] = [
      { doc: { kind: 'guide', url: '/a/', title: 'Fine-tuning' }, text: '', fields: { title: 'Fine-tuning', body: 'Training a model further on costs.' } },
      { doc: { kind: 'faq', url: '/b/', title: 'When should I fine-tune a model?' }, text: '', fields: { title: 'When should I fine-tune a model?', body: 'Rarely.' } },
    ];
    const built = buildSearchFiles(entries);
    const questions = loadSite(JSON.parse(JSON.stringify(built.file)) as SearchIndexFile);
    for (const [key, shard] of built.shards) loadShard(questions.index, key, shard);
    const order = (q: string) => searchSite(questions, q).hits.map((h) => h.doc.url);
    expect(order('fine-tuning')).toEqual(['/a/', '/b/']);
    expect(order('when to use fine-tuning')[0]).toBe('/b/');
    // Only the first word asks: "costs when fine-tuning" is about costs.
    expect(order('costs when fine-tuning')[0]).toBe('/a/');
  });
  it('puts the definition first when a query asks what a term means', () => {
    const entries: SearchEntry[] = [
      { doc: { kind: 'page', url: '/routes/', title: 'Where to fine-tune' }, text: '', fields: { title: 'Where to fine-tune', aliases: 'fine-tuning providers, fine-tuning API', body: 'Fine-tuning jobs by provider.' } },
      { doc: { kind: 'glossary', url: '/glossary/#fine-tuning', title: 'Fine-tuning' }, text: '', fields: { title: 'Fine-tuning', body: 'Training a model further on your examples.' } },
    ];
    const built = buildSearchFiles(entries);
    const terms = loadSite(JSON.parse(JSON.stringify(built.file)) as SearchIndexFile);
    for (const [key, shard] of built.shards) loadShard(terms.index, key, shard);
    const first = (q: string) => searchSite(terms, q).hits[0]?.doc.url;
    expect(first('fine-tuning providers')).toBe('/routes/');
    expect(first('fine-tuning')).toBe('/routes/');
    expect(first('what is fine-tuning')).toBe('/glossary/#fine-tuning');
  });
  it('survives hostile and odd queries without throwing or hanging', () => {
    const hostile = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'a'.repeat(10_000), '.*+?^${}()|[]\\', '\u202Egnp.exe', '🤖🦙', '', '""', '"'];
    const started = Date.now();
    for (const query of hostile) expect(() => searchSite(site, normalizeQuery(query), 10, text)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(urls('.*+?^${}()|[]\\')).toEqual([]);
    expect(urls('🤖🦙')).toEqual([]);
  });
});

describe('queries', () => {
  it('are capped and lose leading spaces only (a trailing space ends the word being typed)', () => {
    expect(normalizeQuery('  lora ')).toBe('lora ');
    expect(normalizeQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('are quoted back shortened, without splitting a character', () => {
    expect(quoteQuery('lora')).toBe('lora');
    expect(quoteQuery('a'.repeat(100))).toBe(`${'a'.repeat(59)}…`);
    expect(quoteQuery('😀'.repeat(70))).toBe(`${'😀'.repeat(59)}…`);
  });
});
