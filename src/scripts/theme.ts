/** The header theme toggle: system → light → dark, remembered in localStorage. */
import { nextTheme, parseTheme, type Theme } from '../lib/theme.ts';

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function readStored(): Theme {
  try {
    return parseTheme(localStorage.getItem('theme'));
  } catch {
    return 'system';
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
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-label', `Color theme: ${LABELS[theme]}`);
    const label = button.querySelector('.label');
    if (label) label.textContent = LABELS[theme];
  }
}

export function initThemeToggle(): void {
  let current = readStored();
  apply(current);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      current = nextTheme(current);
      apply(current);
    });
  }
}
