/**
 * Links that open a chat assistant with a prompt already typed, and the prompts themselves. Both assistants
 * read the prompt from the `q` query parameter and leave it in the input box for the reader to send:
 * ChatGPT at https://chatgpt.com/?q=…, Claude at https://claude.ai/new?q=… (the desktop app documents the same
 * path under claude://claude.ai/new?q=…). Used by the page menu (at build time) and by the decision tools'
 * results (in the browser), so a change of address is made here once.
 */

export type AssistantId = 'chatgpt' | 'claude';

export interface Assistant {
  id: AssistantId;
  /** The product's name, for "Open in …". */
  name: string;
  /** Its new-chat address; the prompt goes in `q`. */
  base: string;
}

export const ASSISTANTS: readonly Assistant[] = [
  { id: 'chatgpt', name: 'ChatGPT', base: 'https://chatgpt.com/' },
  { id: 'claude', name: 'Claude', base: 'https://claude.ai/new' },
];

/**
 * Longest prompt put in a link, in characters before encoding. Claude's desktop app cuts a prompt at about
 * 14,000 characters, and some servers refuse request lines much past 8 KB once encoded; a longer text is
 * replaced by a link to it.
 */
export const MAX_PROMPT_CHARS = 6_000;

/** The address that opens `assistant` with `prompt` typed in. */
export function assistantUrl(assistant: Assistant, prompt: string): string {
  const url = new URL(assistant.base);
  url.searchParams.set('q', prompt);
  return url.href;
}

/** Every assistant's link for one prompt, in menu order. */
export function assistantLinks(prompt: string): { id: AssistantId; label: string; href: string }[] {
  return ASSISTANTS.map((assistant) => ({ id: assistant.id, label: `Open in ${assistant.name}`, href: assistantUrl(assistant, prompt) }));
}

/** The prompt for a page: read it (its Markdown twin first, which reads faster), then help with questions about it. */
export function pagePrompt(page: { title: string; url: string; markdownUrl?: string | undefined }): string {
  const read = page.markdownUrl ? `${page.markdownUrl} (Markdown version of ${page.url})` : page.url;
  return `Read ${read}, the page "${page.title}" from Tune or Prompt, and help me apply it to my own project. Cite the page when you use it.`;
}

/**
 * The prompt for a decision record: the record itself when it fits in a link, else the address that
 * reproduces it. Either way the address is in the prompt.
 */
export function recordPrompt(record: string, link: string): string {
  const lead = `Here is a decision record from Tune or Prompt (reproduce it at ${link}). Review it with me: which assumptions would change the decision, and what should I measure next?`;
  const full = `${lead}\n\n${record.trim()}`;
  return full.length <= MAX_PROMPT_CHARS ? full : lead;
}
