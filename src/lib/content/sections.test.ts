import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sectionsPlugin } from './sections.ts';

const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [sectionsPlugin() as never] }).html.trim();

describe('sections (through the real Markdown processor)', () => {
  it('wraps what follows each ## heading up to the next one, leaving the headings and the intro outside', () => {
    expect(html('Intro.\n\n## One\n\nText.\n\n### Sub\n\nMore.\n\n## Two\n\n- x\n')).toBe(
      '<p>Intro.</p>\n<h2>One</h2><div class="doc-section">\n<p>Text.</p>\n<h3>Sub</h3>\n<p>More.</p>\n</div><h2>Two</h2><div class="doc-section">\n<ul>\n<li>x</li>\n</ul></div>',
    );
  });
  it('leaves a page without ## headings as it is, and adds no empty wrapper', () => {
    expect(html('Just text.\n\n### Minor\n\nMore.')).toBe('<p>Just text.</p>\n<h3>Minor</h3>\n<p>More.</p>');
    expect(html('## A\n\n## B\n\nText.')).toBe('<h2>A</h2><h2>B</h2><div class="doc-section">\n<p>Text.</p></div>');
  });
  it('does not section headings nested in other elements', () => {
    expect(html('> ## Quoted\n>\n> text')).not.toContain('doc-section');
  });
  it('keeps MDX components inside their section and import statements at the top level', () => {
    const { code } = mdxToJs("import X from './x.ts';\n\nIntro.\n\n## One\n\n<Aside>In it</Aside>\n\n## Two\n\nEnd.", {
      hastPlugins: [sectionsPlugin() as never],
    });
    expect(code).toMatch(/^import X from "\.\/x\.ts";$/m);
    const sections = code.split('className: "doc-section"').slice(1);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/^[\s\S]*Aside[\s\S]*"Two"/);
    expect(sections[1]).toMatch(/"End\."/);
    expect(sections[1]).not.toContain('Aside');
  });
});
