import { describe, expect, it } from 'vitest';
import { stem } from './words.ts';
import { loadIndex } from './engine.ts';
import { aliasLines, buildIndex, compoundsOf } from './index-build.ts';
import { ALIAS, expandWord, interpret, parseQuery } from './expand.ts';
import { rank } from './rank.ts';
import { index } from './test-fixtures.ts';

describe('queries', () => {
  it('drop stop words, stem, and mark the last word as being typed', () => {
    const q = parseQuery('how many examples do I need');
    expect(q.words.map((w) => w.term)).toEqual(['many', 'exampl', 'need']);
    expect(q.words.map((w) => w.prefix)).toEqual([false, false, true]);
    expect(parseQuery('caching ').words[0]!.prefix).toBe(false);
  });
  it('drop the words that only ask for a definition, and keep the same words elsewhere', () => {
    const terms = (q: string) => parseQuery(q).words.map((w) => w.word);
    expect(terms('what does SFT stand for')).toEqual(['sft']);
    expect(terms('what does zero-shot mean')).toEqual(['zero', 'shot']);
    expect(terms('define distillation')).toEqual(['distillation']);
    expect(terms('the meaning of drift')).toEqual(['drift']);
    expect(terms('harmonic mean')).toEqual(['harmonic', 'mean']);
    expect(terms('what stands out')).toEqual(['stands']);
    expect(terms('mean')).toEqual(['mean']);
  });
  it('say when a query asks what a term means', () => {
    expect(parseQuery('what is a token').defines).toBe(true);
    expect(parseQuery('what does SFT stand for').defines).toBe(true);
    expect(parseQuery('define drift').defines).toBe(true);
    expect(parseQuery('what is the cheapest way to serve ten million requests').defines).toBeUndefined();
    expect(parseQuery('how is a token billed').defines).toBeUndefined();
    expect(parseQuery('what is').defines).toBeUndefined();
  });
  it('keep stop words when nothing else is left, and collect quoted phrases', () => {
    expect(parseQuery('how to').words.map((w) => w.word)).toEqual(['how', 'to']);
    expect(parseQuery('"prompt caching" cost').phrases).toEqual([['prompt', 'caching']]);
  });
  it('match prefixes only for the word being typed', () => {
    expect([...expandWord(index, parseQuery('retr').words[0]!).keys()]).toEqual([stem('retrieval')]);
    expect(expandWord(index, parseQuery('retr ').words[0]!).has(stem('retrieval'))).toBe(false);
  });
  it('find a misspelled word through the vocabulary, the closest spelling only', () => {
    expect([...expandWord(index, parseQuery('forgeting ').words[0]!).keys()]).toEqual(['forget']);
    expect([...expandWord(index, parseQuery('retreival ').words[0]!).keys()]).toEqual([stem('retrieval')]);
    expect(expandWord(index, parseQuery('xqzw ').words[0]!).size).toBe(0);
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
      { alias: 'respons time', means: 'latency' },
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
  it('take the word being typed as an alias once it spells the alias in full', () => {
    expect(order('why so slow')).toContain('Latency budgets');
    expect(order('why so slo')).not.toContain('Latency budgets');
    expect(order('response time')[0]).toBe('Latency budgets');
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
    expect(interpret(idx, parseQuery('finetun')).words.map((w) => w.term)).toEqual(['fine', 'tun']);
    expect(order('data set ')[0]).toBe('Serving');
    expect(order('data set')[0]).toBe('Serving');
    // A compound with a mangled ending splits once the ending is set aside; one typo from a word is that word.
    expect(interpret(idx, parseQuery('finetunig ')).words.map((w) => w.term)).toEqual(['fine', 'tun']);
    expect(interpret(idx, parseQuery('finetunign ')).words.map((w) => w.term)).toEqual(['fine', 'tun']);
    expect(interpret(idx, parseQuery('latnecy ')).words.map((w) => w.term)).toEqual(['latnecy']);
  });
  it('rank a page whose subject holds a word of the query first', () => {
    expect(order('scale')[0]).toBe('Finetuning at scale');
  });
  it('tolerate a typo inside a word of five letters or more, also while it is typed', () => {
    expect([...expandWord(idx, parseQuery('latnecy ').words[0]!).keys()]).toEqual(['latency']);
    expect(order('budegts ')[0]).toBe('Latency budgets');
    // While typed: "latne" begins no word, but one edit from "laten…".
    expect(order('latne')[0]).toBe('Latency budgets');
    // Four letters take one edit of the word as written ("fodo" is "food"), never two ("fdoo").
    expect([...expandWord(idx, parseQuery('fodo ').words[0]!).keys()]).toEqual(['food']);
    expect(expandWord(idx, parseQuery('fdoo ').words[0]!).size).toBe(0);
  });
  it("take a word the vocabulary lists as a reader's word for what it means, not for a typo of another", () => {
    // "tweaks" is one edit from "weak"; once the vocabulary says it means "edit", it is read that way.
    const pages = [{ title: 'Weak signals', body: 'Signals too weak to act on.' }, { title: 'Editing prompts', body: 'Edit one thing at a time.' }];
    const withAlias = loadIndex(buildIndex(pages.map((p) => [p.title, p.body]), [3, 1], [true, false], aliasLines([{ means: 'edit', aliases: ['tweak'] }])));
    const without = loadIndex(buildIndex(pages.map((p) => [p.title, p.body]), [3, 1], [true, false]));
    expect([...expandWord(without, interpret(without, parseQuery('tweaks ')).words[0]!).keys()]).toEqual(['weak']);
    expect([...expandWord(withAlias, interpret(withAlias, parseQuery('tweaks ')).words[0]!).keys()]).toEqual(['edit']);
  });
});

describe('a misspelled word', () => {
  const pages = [
    ['Cheap set-ups', 'A cheap set of GPUs.'],
    ['The cheapest route', 'The cheapest model that passes the evals.'],
    ['Tokens', 'A token is a piece of a word; every token is billed.'],
    ['Billing by token', 'Input tokens and output tokens are billed apart.'],
    ['Voice', 'The tone of the answers.'],
    ['Instruction tuning', 'Training a base model on instructions and answers.'],
    ['Llama 3.1 8B Instruct', 'An open-weight chat model.'],
  ];
  const idx = loadIndex(buildIndex(pages, [3, 1], [true, false], aliasLines([{ means: 'instruction tuning', aliases: ['instruct model'] }])));
  const terms = (q: string) => interpret(idx, parseQuery(q)).words.map((w) => w.term);
  it('one edit from a word the index has is that word, not a compound of two others', () => {
    expect(terms('cheapset model ')).toEqual(['cheapset', 'model']);
    const cheapest = expandWord(idx, interpret(idx, parseQuery('cheapset ')).words[0]!);
    expect([...cheapest.keys()]).toEqual([stem('cheapest')]);
    // One edit in eight letters: it counts 1 - 2/8, more than a guess at a short word would.
    expect(cheapest.get(stem('cheapest'))).toBeCloseTo(0.75);
  });
  it('stands for the spelling in more documents, of those equally close', () => {
    const quality = expandWord(idx, interpret(idx, parseQuery('tokne ')).words[0]!);
    expect([...quality.keys()]).toEqual(['token', 'tone']);
    // "token" is in two documents, "tone" in one: tone counts √(1/2) as much.
    expect(quality.get('tone')! / quality.get('token')!).toBeCloseTo(Math.sqrt(1 / 2));
  });
  it('still completes the phrases the vocabulary lists as aliases', () => {
    const model = interpret(idx, parseQuery('isntruct model ')).words.find((w) => w.word === 'model')!;
    expect(model.also?.get(stem('instruction'))).toBe(ALIAS);
    expect(interpret(idx, parseQuery('xqzwvb model ')).words.find((w) => w.word === 'model')!.also).toBeUndefined();
  });
});
