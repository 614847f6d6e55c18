import { describe, expect, it } from 'vitest';
import { buildSearchEntries, modelText, routeText, templateHeadings, truncate, vocabularyAliases, type SearchInput } from './documents.ts';
import { SITE_PAGES, builtPages, pageUrl } from './site-pages.ts';
import { fencedCode } from '../content/fences.ts';
import { stripMarkdown } from './plain-text.ts';
import { introText, splitSections } from './sections.ts';
import { buildSearchFiles, loadSite, searchSite } from './site-search.ts';
import { loadAllPostings } from './engine.ts';

describe('stripMarkdown', () => {
  it('drops citation components and keeps the text of wrapping components', () => {
    expect(stripMarkdown('LoRA cut memory by 3x <Cite id="hu-2021-lora" />.')).toBe('LoRA cut memory by 3x.');
    expect(stripMarkdown('<Aside type="caution" title="Careful">\n\nCheck the **numbers** first.\n\n</Aside>')).toBe('Check the numbers first.');
  });

  it('turns links, emphasis and inline code into their text', () => {
    expect(stripMarkdown('See [the guide](/guides/fine-tuning/#the-three-conditions) and *read* `config.json` __now__.')).toBe(
      'See the guide and read config.json now.',
    );
    expect(stripMarkdown('![A chart](/img/chart.png) of snake_case_names')).toBe('A chart of snake_case_names');
  });

  it('drops code blocks, tables, MDX imports and expressions', () => {
    const source = [
      "import Chart from '../components/Chart.astro';",
      'Before the code.',
      '```python',
      '# not a heading',
      'print("<b>hi</b>")',
      '```',
      '| Method | Result |',
      '| --- | --- |',
      '| LoRA | 0.1% |',
      'After {props.count} the table.',
    ].join('\n');
    expect(stripMarkdown(source)).toBe('Before the code. After the table.');
  });

  it('drops list and quote markers, heading marks, entities and escapes', () => {
    expect(stripMarkdown('- one\n- two\n1. three\n> quoted\n#### Small heading\nA &amp; B cost \\$5')).toBe(
      'one two three quoted Small heading A & B cost $5',
    );
  });

  it('leaves markup in the data as plain text, never as tags', () => {
    const text = stripMarkdown('Escaped `<img src=x onerror=alert(1)>` stays text');
    expect(text).toBe('Escaped <img src=x onerror=alert(1)> stays text');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text at a word boundary with an ellipsis', () => {
    expect(truncate('short text', 20)).toBe('short text');
    const cut = truncate('The quick brown fox jumps over the lazy dog, again and again.', 30);
    expect(cut).toBe('The quick brown fox jumps…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it('cuts a single long word hard', () => {
    expect(truncate('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

const BODY = [
  'Intro paragraph that belongs to no section.',
  '',
  '## The three conditions',
  '',
  'A rule of thumb <Cite id="x" /> with **three** parts.',
  '',
  '### How many labeled examples',
  '',
  'Five hundred is a heuristic.',
  '',
  '```bash',
  '## not a heading either',
  '```',
  '',
  '## Costs',
  '',
  '| a | b |',
  '| - | - |',
].join('\n');

const HEADINGS = [
  { depth: 2, slug: 'the-three-conditions', text: 'The three conditions' },
  { depth: 3, slug: 'how-many-labeled-examples', text: 'How many labeled examples' },
  { depth: 2, slug: 'costs', text: 'Costs' },
];

describe('splitSections', () => {
  it('splits at ## and ### headings, pairing each with its rendered slug', () => {
    expect(splitSections(BODY, HEADINGS)).toEqual([
      { depth: 2, slug: 'the-three-conditions', title: 'The three conditions', text: 'A rule of thumb with three parts.' },
      { depth: 3, slug: 'how-many-labeled-examples', title: 'How many labeled examples', text: 'Five hundred is a heuristic.' },
      { depth: 2, slug: 'costs', title: 'Costs', text: '' },
    ]);
  });

  it('ignores deeper rendered headings', () => {
    const sections = splitSections(BODY, [...HEADINGS, { depth: 4, slug: 'deep', text: 'Deep' }]);
    expect(sections.map((s) => s.slug)).toEqual(['the-three-conditions', 'how-many-labeled-examples', 'costs']);
  });

  it('fails when the source and the rendered headings disagree', () => {
    expect(() => splitSections(BODY, HEADINGS.slice(0, 2))).toThrow(/## Costs/);
    expect(() => splitSections(BODY, [...HEADINGS, { depth: 2, slug: 'extra', text: 'Extra' }])).toThrow(/3 .* but 4 rendered/);
    expect(() => splitSections(BODY, [HEADINGS[0]!, { ...HEADINGS[1]!, depth: 2 }, HEADINGS[2]!])).toThrow(/does not match/);
  });
});

const INPUT: SearchInput = {
  guides: [
    {
      id: 'fine-tuning',
      title: 'Fine-tuning in depth',
      description: 'When fine-tuning pays off.',
      body: `${BODY}\n\n${'Long words go here. '.repeat(40)}`,
      headings: HEADINGS,
    },
  ],
  scenarios: [
    {
      id: 'invoice-extraction',
      title: 'Invoice extraction',
      description: 'Pull fields from invoices.',
      body: 'Opening words.\n\n## The situation\n\nOCR text from scanned invoices.',
      headings: [{ depth: 2, slug: 'the-situation', text: 'The situation' }],
    },
  ],
  faq: [{ id: 'how-many-examples', question: 'How many examples do I need?', answer: `It depends. ${'More detail. '.repeat(40)}` }],
  glossary: [
    { id: 'lora', term: 'Low-rank adaptation (LoRA)', aliases: ['LoRA'], definition: 'A parameter-efficient method.' },
    { id: 'rag', term: 'Retrieval-augmented generation', aliases: ['RAG'], definition: 'Fetching documents at request time.' },
  ],
  citations: [
    {
      id: 'dettmers-2023-qlora',
      title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
      authors: ['Tim Dettmers', 'Artidoro Pagnoni'],
      year: 2023,
      venue: 'NeurIPS',
      claims: ['A 65B model on one 48 GB GPU.', 'Guanaco reached 99.3% of ChatGPT.'],
    },
  ],
  claimChecks: [{ id: 'input-token-bill', title: 'Does the bill add up?', claim: 'It costs $50,000.', summary: 'It does not.', findings: 'The price is higher.' }],
  models: [{ id: 'gpt-5-mini', name: 'GPT-5 mini', provider: 'OpenAI', family: 'GPT-5', modelId: 'gpt-5-mini', aliases: [] }],
};

describe('buildSearchEntries', () => {
  const entries = buildSearchEntries(INPUT);
  const docs = entries.map((e) => e.doc);

  it('makes a document per guide and scenario and per section, linked by anchor, with the full text', () => {
    const guide = entries.filter((e) => e.doc.kind === 'guide');
    expect(guide.map((e) => e.doc.url)).toEqual([
      '/guides/fine-tuning/',
      '/guides/fine-tuning/#the-three-conditions',
      '/guides/fine-tuning/#how-many-labeled-examples',
      '/guides/fine-tuning/#costs',
    ]);
    expect(guide[1]).toEqual({
      doc: { kind: 'guide', url: '/guides/fine-tuning/#the-three-conditions', title: 'The three conditions', meta: 'Fine-tuning in depth' },
      text: 'A rule of thumb with three parts.',
      fields: { heading: 'The three conditions', meta: 'Fine-tuning in depth', body: 'A rule of thumb with three parts.' },
    });
    expect(guide[0]!.text).toBe('When fine-tuning pays off. Intro paragraph that belongs to no section.');
    expect(guide[3]!.text).toBe('Long words go here. '.repeat(40).trim());
    expect(docs.filter((d) => d.kind === 'scenario').map((d) => d.url)).toEqual(['/scenarios/invoice-extraction/', '/scenarios/invoice-extraction/#the-situation']);
  });

  it('indexes whole answers, sources with authors, venue and claims, claim checks and models', () => {
    expect(entries.find((e) => e.doc.kind === 'faq')!.text).toHaveLength(`It depends. ${'More detail. '.repeat(40)}`.trim().length);
    const source = entries.find((e) => e.doc.url === '/research/dettmers-2023-qlora/')!;
    expect(source.doc).toEqual({ kind: 'research', url: '/research/dettmers-2023-qlora/', title: 'QLoRA: Efficient Finetuning of Quantized LLMs', meta: 'Dettmers and Pagnoni (2023)' });
    expect(source.fields.meta).toBe('Tim Dettmers, Artidoro Pagnoni. NeurIPS');
    expect(source.text).toBe('A 65B model on one 48 GB GPU. Guanaco reached 99.3% of ChatGPT.');
    expect(entries.find((e) => e.doc.kind === 'claim')!.text).toBe('It does not. It costs $50,000. The price is higher.');
    expect(entries.find((e) => e.doc.kind === 'model')!.doc).toEqual({ kind: 'model', url: '/models/#gpt-5-mini', title: 'GPT-5 mini', meta: 'OpenAI · GPT-5' });
    expect(buildSearchEntries({ ...INPUT, models: [] }).some((e) => e.doc.kind === 'model')).toBe(false);
    expect(JSON.stringify(docs)).not.toMatch(/"meta":""/);
  });

  it('describes a model and a GPU with the facts the models page lists for them', () => {
    const model = {
      id: 'gpt-5-mini',
      name: 'GPT-5 mini',
      provider: 'OpenAI',
      family: 'GPT-5',
      modelId: 'gpt-5-mini',
      aliases: [],
      kind: 'hosted' as const,
      reasoning: true,
      status: 'deprecated',
      shutdown: '2027-03-01',
      contextTokens: 400000,
      prices: [{ where: 'OpenAI API', input: 0.25, cachedInput: 0.025, output: 2, batchDiscount: 0.5 }],
      tunedOn: [],
    };
    expect(modelText(model)).toBe(
      'GPT-5 mini is a GPT-5 model from OpenAI, served as gpt-5-mini: hosted, a reasoning model. ' +
        'Price on OpenAI API, what it costs per million tokens: input $0.25, cached input $0.025, output $2.00, batch discount 50%. ' +
        'Context window 400,000 tokens. No route takes new fine-tuning jobs on it. Status: deprecated, shutdown 2027-03-01.',
    );
    expect(modelText({ ...model, kind: 'open-weights', parametersB: 8, reasoning: false, prices: [], tunedOn: ['Together AI'], status: 'current', historical: false })).toBe(
      'GPT-5 mini is a GPT-5 model from OpenAI, served as gpt-5-mini: open weights, 8B parameters. Context window 400,000 tokens. Fine-tune it on Together AI.',
    );
    const gpu = buildSearchEntries({ ...INPUT, gpus: [{ id: 'nvidia-l4-24gb', name: 'NVIDIA L4 24GB', memoryGB: 24, prices: [{ where: 'Runpod', perHour: 0.8 }] }] }).find((e) => e.doc.kind === 'gpu')!;
    expect(gpu.doc).toEqual({ kind: 'gpu', url: '/models/#nvidia-l4-24gb', title: 'NVIDIA L4 24GB', meta: 'GPU · 24 GB' });
    expect(gpu.text).toBe('NVIDIA L4 24GB, a GPU with 24 GB of memory for self-hosting an open-weight model. Rent it for $0.80 an hour on Runpod.');
  });

  it('links every kind to its page and anchor, and takes pages from a list', () => {
    const urls = docs.map((d) => `${d.kind} ${d.url}`);
    expect(urls).toContain('glossary /glossary/#lora');
    expect(urls).toContain('claim /research/claim-checks/#input-token-bill');
    for (const page of ['/decide/', '/calculator/', '/quiz/', '/research/claim-checks/']) expect(urls).toContain(`page ${page}`);
    expect(docs.filter((d) => d.kind === 'page')).toHaveLength(SITE_PAGES.reduce((n, p) => n + 1 + (p.sections?.length ?? 0), 0));
    const more = buildSearchEntries(INPUT, [...SITE_PAGES, { url: '/models/', title: 'Models', text: 'Prices.' }]);
    expect(more.map((e) => e.doc.url)).toContain('/models/');
  });

  it('shows only the aliases a term does not already spell out', () => {
    expect(docs.find((d) => d.url === '/glossary/#lora')!.meta).toBeUndefined();
    expect(docs.find((d) => d.url === '/glossary/#rag')!.meta).toBe('RAG');
  });

  it('names the guide when its headings cannot be paired', () => {
    const broken = { ...INPUT, guides: [{ ...INPUT.guides[0]!, headings: [] }] };
    expect(() => buildSearchEntries(broken)).toThrow(/guide "fine-tuning"/);
  });
  it("gives a section the reader's words written for its anchor, and no other section", () => {
    const withAliases = { ...INPUT, guides: [{ ...INPUT.guides[0]!, sectionAliases: { costs: ['too expensive', 'price per month'] } }] };
    const sections = buildSearchEntries(withAliases).filter((e) => e.doc.url.startsWith('/guides/fine-tuning/#'));
    expect(sections.map((e) => [e.doc.url, e.fields.aliases])).toEqual([
      ['/guides/fine-tuning/#the-three-conditions', undefined],
      ['/guides/fine-tuning/#how-many-labeled-examples', undefined],
      ['/guides/fine-tuning/#costs', 'too expensive, price per month'],
    ]);
  });
  it('refuses section aliases for an anchor the page has no heading for, naming file and key', () => {
    const typo = { ...INPUT, guides: [{ ...INPUT.guides[0]!, sectionAliases: { cost: ['too expensive'] } }] };
    expect(() => buildSearchEntries(typo)).toThrow('content/guides/fine-tuning.mdx: sectionAliases: no ## or ### heading has the anchor "cost"');
  });
});

describe('fencedCode', () => {
  it('closes a block only on a fence of the same character, at least as long', () => {
    const inCode = fencedCode();
    const lines = ['text', '~~~~', '```', '## inside', '~~~', '~~~~', '## after'];
    expect(lines.map((line) => inCode(line))).toEqual([false, true, true, true, true, true, false]);
  });
});

describe('introText', () => {
  it('is the text before the first section heading', () => {
    expect(introText(BODY)).toBe('Intro paragraph that belongs to no section.');
    expect(introText('```\n## not a heading\n```\nStill intro.\n## Real')).toBe('Still intro.');
  });
});

describe('fine-tuning routes and tool-page sections', () => {
  const route = {
    id: 'together-gemma-4',
    platform: 'Together AI',
    operator: 'Together AI',
    family: 'Gemma 4',
    bases: ['Gemma 4 31B IT'],
    methods: ['supervised', 'preference (DPO)'],
    weights: ['LoRA', 'full weights'],
    status: 'open to new customers',
    training: 'price not confirmed here (third-party host)',
    serving: 'dedicated capacity by the hour',
    note: 'LoRA training context 49K tokens.',
  };

  it('make each route a document that opens at its card and says what the card says', () => {
    const entries = buildSearchEntries({ ...INPUT, routes: [route] }, []);
    const found = entries.filter((e) => e.doc.kind === 'route');
    expect(found.map((e) => e.doc)).toEqual([
      { kind: 'route', url: '/fine-tuning-routes/#together-gemma-4', title: 'Gemma 4 31B IT on Together AI', meta: 'Gemma 4 · open to new customers' },
    ]);
    expect(found[0]!.text).toBe(
      'Fine-tune Gemma 4 31B IT (Gemma 4) on Together AI, run by Together AI. Methods: supervised, preference (DPO); trains LoRA or full weights. ' +
        'Who may start a job today: open to new customers. Training: price not confirmed here (third-party host). Serving the tuned model: ' +
        'dedicated capacity by the hour. LoRA training context 49K tokens.',
    );
    expect(routeText({ ...route, note: undefined })).not.toMatch(/undefined/);
  });

  it("index a tool page's sections at their anchors, under the page's name, with their own reader's words", () => {
    const page = { url: '/models/', title: 'Models', text: 'Every model and its price.', sections: [{ anchor: 'shutdowns', title: 'Announced shutdowns', text: 'Dates to plan around.', aliases: ['retirement dates'] }] };
    const entries = buildSearchEntries({ ...INPUT, models: [] }, [page]);
    expect(entries.filter((e) => e.doc.url.startsWith('/models/')).map((e) => [e.doc, e.fields])).toEqual([
      [{ kind: 'page', url: '/models/', title: 'Models' }, { title: 'Models', body: 'Every model and its price.' }],
      [
        { kind: 'page', url: '/models/#shutdowns', title: 'Announced shutdowns', meta: 'Models' },
        { heading: 'Announced shutdowns', meta: 'Models', aliases: 'retirement dates', body: 'Dates to plan around.' },
      ],
    ]);
  });
});

describe('template headings', () => {
  const scenario = (id: string, extra: string[] = []) => ({
    id,
    title: id,
    description: `The ${id} case.`,
    body: ['## The situation', 'What happened.', '## Reasoning', 'Why fine-tuning a reasoning model is not the answer here.', ...extra.flatMap((h) => [`## ${h}`, 'More.'])].join('\n\n'),
    headings: [
      { depth: 2, slug: 'the-situation', text: 'The situation' },
      { depth: 2, slug: 'reasoning', text: 'Reasoning' },
      ...extra.map((h) => ({ depth: 2, slug: h.toLowerCase().replace(/ /g, '-'), text: h })),
    ],
  });
  const scenarios = [scenario('a', ['Memory decides']), scenario('b'), scenario('c'), scenario('d')];

  it('are the headings three in four pages of a kind share, and only with three pages or more', () => {
    expect([...templateHeadings(scenarios)]).toEqual(['the-situation', 'reasoning']);
    expect(templateHeadings(scenarios.slice(0, 2)).size).toBe(0);
  });

  it('say where a section sits, not what it is about: indexed as meta, while a heading of its own is a heading', () => {
    const entries = buildSearchEntries({ guides: [], scenarios, faq: [], glossary: [], citations: [], claimChecks: [] }, []);
    const fields = (url: string) => entries.find((e) => e.doc.url === url)!.fields;
    expect(fields('/scenarios/a/#reasoning')).toEqual({ meta: 'a › Reasoning', body: 'Why fine-tuning a reasoning model is not the answer here.' });
    expect(fields('/scenarios/a/#memory-decides')).toMatchObject({ heading: 'Memory decides', meta: 'a' });
    // The result still shows its heading and page.
    expect(entries.find((e) => e.doc.url === '/scenarios/a/#reasoning')!.doc).toEqual({ kind: 'scenario', url: '/scenarios/a/#reasoning', title: 'Reasoning', meta: 'a' });
  });
});

describe('site pages and the vocabulary', () => {
  it('know the address each page file is served at', () => {
    expect(pageUrl('../pages/models.astro')).toBe('/models/');
    expect(pageUrl('../pages/quiz/team.astro')).toBe('/quiz/team/');
    expect(pageUrl('../pages/research/index.astro')).toBe('/research/');
    expect(pageUrl('../pages/index.astro')).toBe('/');
    expect(pageUrl('../pages/guides/[slug].astro')).toBeUndefined();
    expect(pageUrl('../pages/feed.xml.ts')).toBeUndefined();
  });
  it('index a section or tool page only once its page file is built', () => {
    const files = SITE_PAGES.filter((p) => p.url !== '/fine-tuning-routes/').map((p) => `../pages${p.url.replace(/\/$/, '')}.astro`);
    expect(builtPages(files).map((p) => p.url)).not.toContain('/fine-tuning-routes/');
    expect(builtPages([...files, '../pages/fine-tuning-routes.astro']).map((p) => p.url)).toContain('/fine-tuning-routes/');
    // Every tool page has a description of its own and the reader's words for it.
    for (const url of ['/models/', '/calculator/', '/decide/', '/quiz/team/', '/fine-tuning-routes/']) {
      const page = SITE_PAGES.find((p) => p.url === url)!;
      expect(page.text.length, url).toBeGreaterThan(80);
      expect(page.aliases?.length, url).toBeGreaterThan(2);
    }
  });
  it('index the reader\'s words of a page, and expand a glossary term\'s from its spellings and reader words', () => {
    const input: SearchInput = {
      guides: [], scenarios: [], citations: [], claimChecks: [],
      glossary: [{ id: 'latency-sla', term: 'Latency SLA', aliases: ['latency budget'], searchAliases: ['slow'], definition: 'A bound on response time.' }],
      faq: [{ id: 'privacy', question: 'What happens to my data?', answer: 'It stays yours.', searchAliases: ['confidential'] }],
    };
    const entries = buildSearchEntries(input, []);
    expect(entries.find((e) => e.doc.url === '/glossary/#latency-sla')!.fields.aliases).toBe('slow');
    expect(entries.find((e) => e.doc.url === '/faq/#privacy')!.fields.aliases).toBe('confidential');
    expect(vocabularyAliases(input.glossary, [])).toEqual([
      { alias: 'latency budget', means: 'latency sla' },
      { alias: 'slow', means: 'latency sla' },
    ]);
  });
  it('find a page that lists answers by its name, and the answer itself by the words of the answer', () => {
    const input: SearchInput = {
      guides: [], scenarios: [], citations: [], claimChecks: [], glossary: [],
      faq: [{ id: 'cheaper', question: 'Is tuning worth it?', answer: 'Rarely, once the prompt is cached: compare the costs first.' }],
    };
    const search = (lists: boolean, q: string) => {
      const faq = { url: '/faq/', title: 'Frequently asked questions', text: 'Short answers to common questions about prompting, tuning and costs.', lists };
      const { file, postings } = buildSearchFiles(buildSearchEntries(input, [faq]));
      const site = loadSite(file);
      loadAllPostings(site.index, postings);
      return searchSite(site, q).hits.map((h) => h.doc.url);
    };
    // A page's description is text it holds, not what it is about: "tuning costs" finds the answer first, and the
    // page that lists it after, as a tool page or as a list (whose description counts for less still).
    expect(search(false, 'tuning costs')).toEqual(['/faq/#cheaper', '/faq/']);
    expect(search(true, 'tuning costs')[0]).toBe('/faq/#cheaper');
    expect(search(true, 'frequently asked questions')[0]).toBe('/faq/');
    expect(SITE_PAGES.filter((p) => p.lists).map((p) => p.url)).toEqual(expect.arrayContaining(['/faq/', '/glossary/', '/guides/', '/scenarios/']));
    expect(SITE_PAGES.find((p) => p.url === '/models/')!.lists).toBeUndefined();
  });
});
