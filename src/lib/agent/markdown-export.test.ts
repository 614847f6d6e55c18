import { describe, expect, it } from 'vitest';
import {
  absolute,
  renderInlineComponents,
  findLeftoverTag,
  llmsTxt,
  markdownDocument,
  markdownPath,
  mdxToMarkdown,
  shiftHeadings,
  type CiteRef,
  type ConvertOptions,
} from './markdown-export.ts';

const SITE = 'https://example.test';
const REFS: Record<string, CiteRef> = {
  'hu-2021-lora': { id: 'hu-2021-lora', label: 'Hu et al., 2022', url: `${SITE}/research/hu-2021-lora/`, reference: 'Hu, E. (2022). LoRA.' },
  'lewis-2020-rag': { id: 'lewis-2020-rag', label: 'Lewis et al., 2020', url: `${SITE}/research/lewis-2020-rag/`, reference: 'Lewis, P. (2020). RAG.' },
};
const options: ConvertOptions = { site: SITE, pageUrl: `${SITE}/guides/overview/`, cite: (id) => REFS[id] };
const md = (body: string) => mdxToMarkdown(body, options);

describe('citations', () => {
  it('turns a marker into a linked author-year reference', () => {
    expect(md('LoRA cut parameters <Cite id="hu-2021-lora" />.')).toBe(
      `LoRA cut parameters ([Hu et al., 2022](${SITE}/research/hu-2021-lora/)).\n`,
    );
  });
  it('lists several ids, separated by commas or spaces, in one parenthesis', () => {
    const expected = `([Hu et al., 2022](${SITE}/research/hu-2021-lora/); [Lewis et al., 2020](${SITE}/research/lewis-2020-rag/))`;
    expect(md('A <Cite id="hu-2021-lora, lewis-2020-rag"/>')).toBe(`A ${expected}\n`);
    expect(md("A <Cite id='hu-2021-lora lewis-2020-rag'/>")).toBe(`A ${expected}\n`);
    expect(md('A <Cite id={"hu-2021-lora"} />')).toBe(`A ([Hu et al., 2022](${SITE}/research/hu-2021-lora/))\n`);
  });
  it('works inside table cells and list items', () => {
    const out = md('| a | b <Cite id="lewis-2020-rag" /> |\n| --- | --- |\n\n- item <Cite id="hu-2021-lora" />');
    expect(out).toContain(`| a | b ([Lewis et al., 2020](${SITE}/research/lewis-2020-rag/)) |`);
    expect(out).toContain(`- item ([Hu et al., 2022](${SITE}/research/hu-2021-lora/))`);
  });
  it('fails on an unknown id or a marker without one', () => {
    expect(() => md('<Cite id="nope" />')).toThrow(/Unknown citation id "nope"/);
    expect(() => md('<Cite />')).toThrow(/has no id/);
  });
});

describe('asides', () => {
  it('become a blockquote led by the title, with their content converted', () => {
    const body = 'Before.\n\n<Aside type="caution" title="Do the arithmetic">\n\nCost is <Cite id="hu-2021-lora" />.\n\nSecond [paragraph](/research/claim-checks/#bill).\n\n</Aside>\n\nAfter.';
    expect(md(body)).toBe(
      [
        'Before.',
        '',
        '> **Do the arithmetic**',
        '>',
        `> Cost is ([Hu et al., 2022](${SITE}/research/hu-2021-lora/)).`,
        '>',
        `> Second [paragraph](${SITE}/research/claim-checks/#bill).`,
        '',
        'After.',
        '',
      ].join('\n'),
    );
  });
  it('fall back to the label of their type, and may sit on one line', () => {
    expect(md('<Aside type="caution">Check it.</Aside>')).toBe('> **Check the figure**\n>\n> Check it.\n');
    expect(md('<Aside>\nPlain.\n</Aside>')).toBe('> **Note**\n>\n> Plain.\n');
    expect(md('<Aside type="tip" />\nText')).toBe('Text\n');
  });
  it('keep lists and nested asides', () => {
    const out = md('<Aside title="Outer">\n- one\n- two\n<Aside title="Inner">\ndeep\n</Aside>\n</Aside>');
    expect(out).toBe('> **Outer**\n>\n> - one\n> - two\n>\n> > **Inner**\n> >\n> > deep\n');
  });
  it('must be closed', () => {
    expect(() => md('<Aside>\nnever closed')).toThrow(/never closed/);
  });
});

describe('figures', () => {
  const figure = [
    '<figure class="figure">',
    '<svg class="diagram" role="img" aria-labelledby="t d" viewBox="0 0 640 250">',
    '<title id="t">Two paths &amp; one decision</title>',
    '<desc id="d">A box labeled "Model output" leads to\ntwo arrows.</desc>',
    '<rect x="10" y="100" width="120" height="50" />',
    '<text x="70" y="121">Model output</text>',
    '</svg>',
    '<figcaption>The same problem, see [the guide](/guides/fine-tuning/).</figcaption>',
    '</figure>',
  ].join('\n');
  it('replace an inline SVG by its title and description, then the caption', () => {
    expect(md(`Intro.\n\n${figure}\n\nOutro.`)).toBe(
      [
        'Intro.',
        '',
        '**Figure: Two paths & one decision.** A box labeled "Model output" leads to two arrows.',
        '',
        `The same problem, see [the guide](${SITE}/guides/fine-tuning/).`,
        '',
        'Outro.',
        '',
      ].join('\n'),
    );
  });
  it('read a diagram inside its sideways-scrolling region as the same figure', () => {
    const wrapped = figure.replace('<svg', '<section class="diagram-wrap" tabindex="0" aria-label="Two paths (scrolls sideways)">\n<svg').replace('</svg>', '</svg>\n</section>');
    expect(wrapped).toContain('diagram-wrap');
    expect(md(`Intro.\n\n${wrapped}\n\nOutro.`)).toBe(md(`Intro.\n\n${figure}\n\nOutro.`));
  });
  it('handle a bare SVG, and one without a description', () => {
    expect(md('<svg viewBox="0 0 1 1"><title>Only a title</title><path d="M0 0"/></svg>')).toBe('**Figure: Only a title.**\n');
    expect(md('<svg>\n<desc>Only a description</desc>\n</svg>')).toBe('**Figure.** Only a description\n');
  });
});

describe('everything else', () => {
  it('makes site-relative and same-page links absolute, and leaves others alone', () => {
    expect(md('[a](/faq/#x) [b](#part) [c](https://other.test/x) [d](mailto:x@y.z)')).toBe(
      `[a](${SITE}/faq/#x) [b](${SITE}/guides/overview/#part) [c](https://other.test/x) [d](mailto:x@y.z)\n`,
    );
    expect(absolute('/x/', { site: `${SITE}/` })).toBe(`${SITE}/x/`);
  });
  it('leaves fenced code exactly as written, components and all', () => {
    const code = '```tsx\nimport x from "y";\n<Cite id="nope" />\n<Aside>\n[a](/b)\n```';
    expect(md(`Text.\n\n${code}\n\nMore.`)).toBe(`Text.\n\n${code}\n\nMore.\n`);
    const tildes = '~~~~\n```\n<svg>\n```\n~~~~';
    expect(md(tildes)).toBe(`${tildes}\n`);
  });
  it('drops MDX comments and ESM lines', () => {
    expect(md("import X from './x.ts';\n\nText {/* hidden */} here.\n\n{/*\nmany\nlines\n*/}\nEnd.")).toBe('Text  here.\n\nEnd.\n');
  });
  it('finds components left outside code', () => {
    expect(findLeftoverTag('fine `<Cite id="x"/>` here\n```\n<Aside>\n```\n')).toBeUndefined();
    expect(findLeftoverTag('oops <Cite id="x"/>')).toBe('<Cite id="x"/>');
    expect(findLeftoverTag('text\n<svg viewBox="0 0 1 1">')).toBe('<svg viewBox="0 0 1 1">');
    expect(findLeftoverTag('<DecisionChecklist part="steps" />')).toBe('<DecisionChecklist part="steps" />');
  });
  it('replaces a generating component with the Markdown it is given, and refuses one it has none for', () => {
    const components = { Rows: (a: Record<string, string>) => `| ${a.part ?? 'all'} |\n| --- |` };
    expect(mdxToMarkdown('Before.\n\n<Rows part="steps" />\n\nAfter.', { ...options, components })).toBe('Before.\n\n| steps |\n| --- |\n\nAfter.\n');
    expect(() => md('<Rows />')).toThrow(/left a component.*<Rows \/>/);
  });
  it('shifts headings outside code', () => {
    expect(shiftHeadings('## A\n```\n## code\n```\n###### deep\n#tag', 1)).toBe('### A\n```\n## code\n```\n###### deep\n#tag');
    // A shorter fence inside a longer one is code too, and does not end the block.
    expect(shiftHeadings('````md\n```\n## code\n```\n````\n## B', 1)).toBe('````md\n```\n## code\n```\n````\n### B');
  });
  it('gives each page its .md address', () => {
    expect(markdownPath('/guides/overview/')).toBe('/guides/overview.md');
    expect(markdownPath('/faq/')).toBe('/faq.md');
    expect(markdownPath('/')).toBe('/index.md');
  });
});

describe('documents', () => {
  it('put title, summary, address and review day, body and references in order', () => {
    const doc = markdownDocument({
      title: 'Overview',
      url: `${SITE}/guides/overview/`,
      description: 'Two ways to adapt a model.',
      reviewed: new Date('2026-12-07'),
      lead: ['**Recommendation: RAG.** Retrieve.'],
      body: '## Part\n\nText.\n',
      after: ['Read more: [x](y).'],
      references: [REFS['hu-2021-lora']!],
    });
    expect(doc).toBe(
      [
        '# Overview',
        '',
        '> Two ways to adapt a model.',
        '',
        `Canonical page: <${SITE}/guides/overview/>\\`,
        'Last reviewed: 2026-12-07',
        '',
        '**Recommendation: RAG.** Retrieve.',
        '',
        '## Part',
        '',
        'Text.',
        '',
        'Read more: [x](y).',
        '',
        '## References',
        '',
        `1. Hu, E. (2022). LoRA. — on this site: <${SITE}/research/hu-2021-lora/>`,
        '',
      ].join('\n'),
    );
  });
});

describe('llms.txt', () => {
  it('has the name, the summary and one linked line per page under its section', () => {
    const text = llmsTxt({
      name: 'Tune or Prompt',
      summary: 'A reference\nfor engineers.',
      details: ['Pages are also Markdown.'],
      sections: [
        { title: 'Guides', links: [{ title: 'Overview [intro]', url: `${SITE}/guides/overview/`, description: 'Start  here.' }] },
        { title: 'Empty', links: [] },
        { title: 'Optional', links: [{ title: 'All pages', url: `${SITE}/pages/` }] },
      ],
    });
    expect(text).toBe(
      [
        '# Tune or Prompt',
        '',
        '> A reference for engineers.',
        '',
        'Pages are also Markdown.',
        '',
        '## Guides',
        '',
        `- [Overview \\[intro\\]](${SITE}/guides/overview/): Start here.`,
        '',
        '## Optional',
        '',
        `- [All pages](${SITE}/pages/)`,
        '',
      ].join('\n'),
    );
  });
});

describe('components that print data', () => {
  it('turns inline self-closing components into the text their renderer gives, numbers included', () => {
    const markdown = mdxToMarkdown('Reads cost <Price model="m" field="cachedInput" times={1200000} /> a month on <ModelName id="m" />.\n\n<Historical>\nIn 2024 it was cheaper.\n</Historical>', {
      site: 'https://example.org',
      cite: () => undefined,
      components: {
        Price: (attrs) => `[${attrs.model}.${attrs.field}×${attrs.times}]`,
        ModelName: (attrs) => `Model ${attrs.id}`,
      },
    });
    expect(markdown).toBe('Reads cost [m.cachedInput×1200000] a month on Model m.\n\nIn 2024 it was cheaper.\n');
  });

  it('refuses a component it has no renderer for', () => {
    expect(() => mdxToMarkdown('Costs <Price model="m" field="input" />.', { site: 'https://example.org', cite: () => undefined })).toThrow(/left a component/);
  });
});

describe('renderInlineComponents', () => {
  it('replaces the components it knows with their text and leaves the others', () => {
    const components = { ModelName: (a: Record<string, string>) => `Model ${a.id}`, Calc: (a: Record<string, string>) => `=${a.formula}` };
    expect(renderInlineComponents('Take <ModelName id="x" /> at <Calc formula="1 + 1" a="m.input" />, see <Cite id="c" />.', components)).toBe(
      'Take Model x at =1 + 1, see <Cite id="c" />.',
    );
  });
});
