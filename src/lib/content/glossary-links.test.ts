import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryLinksPlugin, otherNames, phrasesFor } from './glossary-links.ts';

const terms = [
  { id: 'lora', phrases: phrasesFor('Low-rank adaptation (LoRA)', ['LoRA']) },
  { id: 'qlora', phrases: phrasesFor('QLoRA', []) },
  { id: 'rag', phrases: phrasesFor('Retrieval-augmented generation (RAG)', ['RAG']) },
  { id: 'token', phrases: ['token'] },
];

const render = (markdown: string) =>
  markdownToHtml(markdown, { hastPlugins: [glossaryLinksPlugin(terms) as never] }).html.trim();

describe('glossary links (through the real Markdown processor)', () => {
  it('derives phrases from a term with an abbreviation', () => {
    expect(phrasesFor('Low-rank adaptation (LoRA)', ['LoRA'])).toEqual(['Low-rank adaptation', 'LoRA']);
  });
  it('shows beside a term only the names it does not already give', () => {
    expect(otherNames('Time to first token (TTFT)', ['TTFT'])).toEqual([]);
    expect(otherNames('Chain-of-thought prompting (CoT)', ['CoT', 'chain of thought'])).toEqual(['chain of thought']);
    expect(otherNames('Context window', ['context length'])).toEqual(['context length']);
    expect(otherNames('KV cache', ['kv cache', 'key-value cache'])).toEqual(['key-value cache']);
    expect(otherNames('Prompt engineering plateau', ['plateau'])).toEqual([]);
  });
  it('links only the first use of each term, whole words, longest match first', () => {
    expect(render('QLoRA builds on LoRA; LoRA again. Tokens and RAG.')).toBe(
      '<p><a href="/glossary/#qlora" class="term">QLoRA</a> builds on <a href="/glossary/#lora" class="term">LoRA</a>; LoRA again. <a href="/glossary/#token" class="term">Tokens</a> and <a href="/glossary/#rag" class="term">RAG</a>.</p>',
    );
  });
  it('leaves headings, links and code alone, and counts first use across the page', () => {
    expect(render('## LoRA\n\nSee `LoRA` and [LoRA](/x/), then LoRA.\n\nLoRA later.')).toBe(
      '<h2>LoRA</h2>\n<p>See <code>LoRA</code> and <a href="/x/">LoRA</a>, then <a href="/glossary/#lora" class="term">LoRA</a>.</p>\n<p>LoRA later.</p>',
    );
  });
  it('leaves inline SVG written in MDX alone', async () => {
    const { mdxToJs } = await import('satteri');
    const { code } = mdxToJs('<svg><text>LoRA</text></svg>\n\nThen LoRA.', { hastPlugins: [glossaryLinksPlugin(terms) as never] });
    expect(code.match(/glossary\/#lora/g)).toHaveLength(1);
    expect(code).toMatch(/"Then ",[\s\S]*glossary\/#lora/);
  });
  it('matches acronyms case-sensitively and phrases case-insensitively', () => {
    expect(render('a drag race, then low-rank adaptation')).toBe('<p>a drag race, then <a href="/glossary/#lora" class="term">low-rank adaptation</a></p>');
  });
});
