/** The header theme toggle: system → light → dark, remembered in localStorage. */
import { nextTheme, parseTheme, type Theme } from '../lib/site/theme.ts';

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function label(theme: Theme): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-label', `Color theme: ${LABELS[theme]}`);
    button.dataset.state = theme;
    const text = button.querySelector('.label');
    if (text) text.textContent = LABELS[theme];
  }
}

function apply(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Storage can be blocked; the choice then lasts for this page only.
  }
  label(theme);
}

export function initThemeToggle(): void {
  // The head script has applied a valid stored theme before first paint; on load only the buttons' label and
  // icon may need to follow it (they say System as built), so nothing else on the page is touched.
  let current = parseTheme(document.documentElement.dataset.theme);
  if (current !== 'system') label(current);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      current = nextTheme(current);
      apply(current);
    });
  }
}
