/** Markdown strings from content data to HTML. micromark escapes raw HTML, so data cannot inject markup. */
import { micromark } from 'micromark';

export async function renderMarkdown(source: string): Promise<string> {
  return micromark(source);
}
