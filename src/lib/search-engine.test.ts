import { describe, expect, it } from 'vitest';
import {
  ALIAS,
  aliasLines,
  buildIndex,
  compoundsOf,
  editDistance,
  expandWord,
  interpret,
  loadIndex,
  loadShard,
  parseQuery,
  rank,
  shardOf,
  snippet,
  splitShards,
} from './search-engine.ts';

const DOCS = [
  { title: 'Fine-tuning in depth', body: 'When tuning a model pays off, and when it does not.' },
  { title: 'Forgetting what it knew', body: 'A tuned model can forget general skills: catastrophic forgetting.' },
  { title: 'How many examples do I need?', body: 'Vendors suggest starting with 50 to 100 examples.' },
  { title: 'Prompt caching', body: 'Cached input tokens cost half. The prompt prefix must repeat exactly.' },
  { title: 'Retrieval', body: 'Retrieval augmented generation fetches documents at request time.' },
  { title: 'Metrics', body: 'Macro F1 counts every class the same, which suits imbalanced classes.' },
  { title: 'Caching examples', body: 'Few examples; caching is about prompts that repeat word for word.' },
];
const serialized = buildIndex(
  DOCS.map((d) => [d.title, d.body]),
  [3, 1],
);
const index = loadIndex(JSON.parse(JSON.stringify(serialized)));
const titles = (q: string) => rank(index, q).ranked.map((r) => DOCS[r.doc]!.title);

describe('the serialized index', () => {
  it('reads back every term and posting, whole or in shards', () => {
    expect(index.vocabulary).toContain('forget');
    expect(index.vocabulary).toEqual([...index.vocabulary].sort());
    const sharded = loadIndex({ n: serialized.n, terms: serialized.terms });
    expect(rank(sharded, 'forgetting').missing).toEqual(new Set(['fo']));
    for (const [key, text] of splitShards(serialized)) loadShard(sharded, key, text);
    expect(sharded.pending.size).toBe(0);
    for (const term of index.vocabulary) {
      expect([...sharded.postings.get(term)!.docs]).toEqual([...index.postings.get(term)!.docs]);
      expect([...sharded.postings.get(term)!.weights]).toEqual([...index.postings.get(term)!.weights]);
    }
    expect(shardOf('4o')).toBe('4o');
    expect(shardOf('x')).toBe('x');
    expect(shardOf('éa')).toBe('_');
  });
  it('fails on a shard that does not fit the vocabulary', () => {
    const sharded = loadIndex({ n: serialized.n, terms: serialized.terms });
    const [key] = [...splitShards(serialized)].find(([, text]) => text.includes(' '))!;
    expect(() => loadShard(sharded, key, 'A')).toThrow(new RegExp(`shard "${key}"`));
  });
});

describe('queries', () => {
  it('drop stop words, stem, and mark the last word as being typed', () => {
    const q = parseQuery('how many examples do I need');
    expect(q.words.map((w) => w.term)).toEqual(['many', 'exampl', 'need']);
    expect(q.words.map((w) => w.prefix)).toEqual([false, false, true]);
    expect(parseQuery('caching ').words[0]!.prefix).toBe(false);
  });
  it('keep stop words when nothing else is left, and collect quoted phrases', () => {
    expect(parseQuery('how to').words.map((w) => w.word)).toEqual(['how', 'to']);
    expect(parseQuery('"prompt caching" cost').phrases).toEqual([['prompt', 'caching']]);
  });
  it('match prefixes only for the word being typed', () => {
    expect([...expandWord(index, parseQuery('retri').words[0]!).keys()]).toEqual(['retrieval']);
    expect(expandWord(index, parseQuery('retri ').words[0]!).has('retrieval')).toBe(false);
  });
  it('find a misspelled word through the vocabulary, the closest spelling only', () => {
    expect([...expandWord(index, parseQuery('forgeting ').words[0]!).keys()]).toEqual(['forget']);
    expect([...expandWord(index, parseQuery('retreival ').words[0]!).keys()]).toEqual(['retrieval']);
    expect(expandWord(index, parseQuery('xqzw ').words[0]!).size).toBe(0);
    expect(editDistance('promt', 'prompt')).toBe(1);
    expect(editDistance('form', 'from')).toBe(1);
  });
});

describe('ranking', () => {
  it('matches any word, ranking documents that cover more of the query first', () => {
    expect(titles('catastrophic forgetting')[0]).toBe('Forgetting what it knew');
    const ranked = titles('caching examples');
    expect(ranked[0]).toBe('Caching examples');
    expect(ranked).toContain('Prompt caching');
    expect(ranked).toContain('How many examples do I need?');
  });
  it('weights a title word above a body word', () => {
    expect(titles('retrieval')[0]).toBe('Retrieval');
    expect(titles('metrics')[0]).toBe('Metrics');
  });
  it('finds words in other forms', () => {
    expect(titles('what happens when a model forgets')[0]).toBe('Forgetting what it knew');
    expect(titles('imbalance')).toEqual(['Metrics']);
    expect(titles('how many examples do I need')[0]).toBe('How many examples do I need?');
  });
  it('boosts a quoted phrase found in order', () => {
    const text = (d: number) => `${DOCS[d]!.title} ${DOCS[d]!.body}`;
    const loose = rank(index, 'prompts repeat', { text }).ranked.map((r) => DOCS[r.doc]!.title);
    const quoted = rank(index, '"prompts that repeat"', { text }).ranked.map((r) => DOCS[r.doc]!.title);
    expect(quoted[0]).toBe('Caching examples');
    expect(quoted.length).toBe(loose.length);
  });
  it('applies filters and priors, and reports what matched and what did not', () => {
    const result = rank(index, 'caching zzzqq ', { filter: (d) => d !== 3 });
    expect(result.ranked.map((r) => DOCS[r.doc]!.title)).toEqual(['Caching examples']);
    expect(result.unmatched).toEqual(['zzzqq']);
    expect(result.matched).toEqual(new Set(['cach']));
    expect(rank(index, 'caching', { prior: (d) => (d === 3 ? 1 : 10) }).ranked[0]?.doc).toBe(6);
    expect(rank(index, 'caching', { prior: (d) => (d === 3 ? 10 : 1) }).ranked[0]?.doc).toBe(3);
  });
  it('treats regex metacharacters and markup as text', () => {
    expect(rank(index, '.*(+[').ranked).toEqual([]);
    expect(rank(index, '<script>alert(1)</script>').ranked).toEqual([]);
  });
});

describe('snippets', () => {
  const long = `${'Filler words about nothing in particular. '.repeat(10)}The prompt prefix must repeat exactly for caching to apply. ${'More filler to pad the text out. '.repeat(10)}`;
  it('show the passage with the matched words, marked, with ellipses where text was cut', () => {
    const parts = snippet(long, new Set(['cach', 'prefix']), 120);
    const text = parts.map((p) => p.text).join('');
    expect(text).toContain('prefix must repeat exactly for caching');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(125);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['prefix', 'caching']);
  });
  it('start at the beginning when nothing matched, and keep short text whole', () => {
    expect(snippet(long, new Set(), 60).map((p) => p.text).join('')).toMatch(/^Filler words.*…$/);
    expect(snippet('Short text.', new Set(['short']))).toEqual([
      { text: 'Short', match: true },
      { text: ' text.', match: false },
    ]);
  });
});

describe('the reader\'s words', () => {
  // Three pages; the vocabulary says "slow" means latency and "iphone" means on-device.
  const PAGES = [
    { title: 'Latency budgets', body: 'Where the time goes between request and answer.' },
    { title: 'Slow food', body: 'A slow lunch, cooked for hours.' },
    { title: 'An on-device model', body: 'Running without a network on a tablet.' },
    { title: 'Fine-tuning costs', body: 'What fine-tuning a model costs, and fine tuning done twice.' },
    { title: 'Finetuning at scale', body: 'Scaling laws for finetuning.' },
    { title: 'Serving', body: 'A dataset of requests, and a data set of answers.' },
  ];
  const aliases = aliasLines([
    { means: 'latency', aliases: ['slow', 'response time'] },
    { means: 'on-device', aliases: ['iPhone'] },
  ]);
  const built = buildIndex(
    PAGES.map((p) => [p.title, p.body]),
    [3, 1],
    [true, false],
    aliases,
  );
  const idx = loadIndex(JSON.parse(JSON.stringify(built)));
  const order = (q: string) => rank(idx, q).ranked.map((r) => PAGES[r.doc]!.title);
  const score = (q: string, title: string) => rank(idx, q).ranked.find((r) => PAGES[r.doc]!.title === title)?.score ?? 0;

  it('keep the aliases as terms, each with the terms of the word it stands for', () => {
    expect(aliases).toEqual([
      { alias: 'iphon', means: 'devic' },
      { alias: 'respons tim', means: 'latency' },
      { alias: 'slow', means: 'latency' },
    ]);
    expect(aliasLines([{ means: 'RAG', aliases: ['rag'] }])).toEqual([]);
  });
  it('expand an alias to the site\'s word at ALIAS, below the reader\'s own word', () => {
    const slow = interpret(idx, parseQuery('slow ')).words[0]!;
    expect(expandWord(idx, slow)).toEqual(new Map([['slow', 1], ['latency', ALIAS]]));
    // The page that uses the reader's own word wins; the page the alias points to still comes.
    expect(order('slow ')).toEqual(['Slow food', 'Latency budgets']);
    // A word the site never writes still finds its page, through the vocabulary alone.
    expect(order('iphone ')).toEqual(['An on-device model']);
    // Half weight, exactly: the page fully covers either query, so only the match quality differs.
    expect(score('latency ', 'Latency budgets')).toBeGreaterThan(0);
    expect(score('slow ', 'Latency budgets') / score('latency ', 'Latency budgets')).toBeCloseTo(ALIAS, 5);
    expect(rank(idx, 'iphone ').ranked[0]!.covered).toBe(1);
  });
  it('match a phrase alias only as a whole phrase', () => {
    expect(order('response time ')[0]).toBe('Latency budgets');
    expect(order('response ')).not.toContain('Latency budgets');
  });
  it('normalise a compound and its split forms to the same terms', () => {
    expect(compoundsOf(['finetuning and fine-tuning', 'a data set, a dataset', 'database'])).toEqual(
      new Map([
        ['finetuning', ['fine', 'tuning']],
        ['dataset', ['data', 'set']],
      ]),
    );
    const forms = ['finetuning ', 'fine tuning ', 'fine-tuning '].map(order);
    expect(forms[1]).toEqual(forms[0]);
    expect(forms[2]).toEqual(forms[0]);
    expect(forms[0]).toEqual(expect.arrayContaining(['Fine-tuning costs', 'Finetuning at scale']));
    // Typed closed while the index only knows the split form, or split while it only knows the closed one.
    expect(interpret(idx, parseQuery('finetun')).words.map((w) => w.term)).toEqual(['fin', 'tun']);
    expect(order('data set ')[0]).toBe('Serving');
  });
  it('tolerate a typo inside a word of five letters or more, also while it is typed', () => {
    expect([...expandWord(idx, parseQuery('latnecy ').words[0]!).keys()]).toEqual(['latency']);
    expect(order('budegts ')[0]).toBe('Latency budgets');
    // While typed: "latne" begins no word, but one edit from "laten…".
    expect(order('latne')[0]).toBe('Latency budgets');
    // Four letters is too short to guess: "fodo" is not taken for "food".
    expect(expandWord(idx, parseQuery('fodo ').words[0]!).size).toBe(0);
  });
  it('rank a page whose subject holds the query above pages that only mention it', () => {
    // "network" is in the body of the on-device page only; "scale" is the subject of one page.
    expect(order('scale')[0]).toBe('Finetuning at scale');
    const subject = buildIndex([['Costs', 'costs'], ['Other', 'costs costs costs']], [3, 1], [true, false]);
    const flat = buildIndex([['Costs', 'costs'], ['Other', 'costs costs costs']], [3, 1]);
    const withSubject = rank(loadIndex(subject), 'costs ').ranked;
    const without = rank(loadIndex(flat), 'costs ').ranked;
    expect(withSubject[0]!.doc).toBe(0);
    expect(withSubject[0]!.score / without[0]!.score).toBeCloseTo(4, 5);
    expect(withSubject[1]!.score).toBeCloseTo(without[1]!.score, 5);
  });
});

