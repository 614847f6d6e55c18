import { describe, expect, it } from 'vitest';
import { ASSISTANTS, MAX_PROMPT_CHARS, assistantLinks, assistantUrl, pagePrompt, recordPrompt } from './assistant-links.ts';

describe('assistant links', () => {
  it('puts the prompt, encoded, in the q parameter of each documented address', () => {
    const prompt = 'Read https://site.example/guides/a-b/?x=1&y=2 — "quoted" #hash';
    const [chatgpt, claude] = assistantLinks(prompt);
    expect(chatgpt!.href.startsWith('https://chatgpt.com/?q=')).toBe(true);
    expect(claude!.href.startsWith('https://claude.ai/new?q=')).toBe(true);
    for (const link of [chatgpt!, claude!]) {
      const url = new URL(link.href);
      expect([...url.searchParams.keys()]).toEqual(['q']);
      expect(url.searchParams.get('q')).toBe(prompt);
      expect(url.hash).toBe('');
    }
    expect(assistantLinks(prompt).map((l) => l.label)).toEqual(['Open in ChatGPT', 'Open in Claude']);
  });

  it('encodes spaces and ampersands so the page address survives', () => {
    const href = assistantUrl(ASSISTANTS[0]!, 'a & b');
    expect(href).toBe('https://chatgpt.com/?q=a+%26+b');
  });

  it('names the page, its address and its Markdown twin', () => {
    const prompt = pagePrompt({ title: 'Overview', url: 'https://s.example/guides/overview/', markdownUrl: 'https://s.example/guides/overview.md' });
    expect(prompt).toContain('https://s.example/guides/overview/');
    expect(prompt).toContain('https://s.example/guides/overview.md');
    expect(prompt).toContain('"Overview"');
    expect(pagePrompt({ title: 'T', url: 'https://s.example/x/' })).toContain('Read https://s.example/x/,');
  });

  it('carries a short record whole and replaces a long one by its link', () => {
    const link = 'https://s.example/decide/?v=2&evalSet=yes';
    const short = recordPrompt('# Decision\n\nShip the prompt.', link);
    expect(short).toContain(link);
    expect(short).toContain('# Decision');
    const long = recordPrompt('x'.repeat(MAX_PROMPT_CHARS), link);
    expect(long).toContain(link);
    expect(long).not.toContain('xxxx');
    expect(long.length).toBeLessThan(MAX_PROMPT_CHARS);
  });
});
