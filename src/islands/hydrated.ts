/**
 * How the tool islands render before they are live. The server render and the first client render must
 * be the same markup (Preact hydrates onto the server HTML and does not patch it), and that markup must be
 * the real form with its default state, so nothing moves when the island hydrates. Whatever only the
 * browser knows (the URL's state, the reader's locale) is applied after hydration; until then the
 * controls are disabled, so nothing typed early is lost and readers without JavaScript are not offered
 * controls that do nothing.
 */
import { useEffect, useState } from 'preact/hooks';

/** The locale of the server render and of the first client render. */
export const RENDER_LOCALE = 'en-US';

/** False in the server render and the first client render; true from the render after hydration. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** The locale to format numbers in: the build's until hydrated, then the reader's. */
export function displayLocale(hydrated: boolean): string {
  return hydrated ? navigator.language : RENDER_LOCALE;
}
