/**
 * The page menu (src/components/PageMenu.astro) as a disclosure: the toggle shows and hides the list, Escape
 * or a click elsewhere closes it (Escape returns focus to the toggle), and "Copy … as Markdown" copies the
 * Markdown twin's exact text, announced in the menu's status line.
 */

/** The twin's text as the clipboard takes it: a promise inside the ClipboardItem keeps Safari's user gesture. */
async function copyMarkdown(href: string): Promise<void> {
  const text = fetch(href).then((response) => {
    if (!response.ok) throw new Error(`${href}: ${response.status}`);
    return response.text();
  });
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })]);
      return;
    } catch {
      // Some browsers take only strings; fall through.
    }
  }
  await navigator.clipboard.writeText(await text);
}

function setOpen(toggle: HTMLButtonElement, list: HTMLElement, open: boolean): void {
  toggle.setAttribute('aria-expanded', String(open));
  list.hidden = !open;
}

export function initPageMenus(): void {
  for (const menu of document.querySelectorAll<HTMLElement>('[data-page-menu]:not([data-enhanced])')) {
    const toggle = menu.querySelector<HTMLButtonElement>('.page-menu-toggle');
    const list = menu.querySelector<HTMLElement>('.page-menu-list');
    const copy = menu.querySelector<HTMLButtonElement>('[data-copy-markdown]');
    const status = menu.querySelector<HTMLElement>('.page-menu-status');
    if (!toggle || !list) continue;
    menu.dataset.enhanced = '';
    toggle.hidden = false;
    setOpen(toggle, list, false);
    toggle.addEventListener('click', () => setOpen(toggle, list, toggle.getAttribute('aria-expanded') !== 'true'));
    menu.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        event.preventDefault();
        setOpen(toggle, list, false);
        toggle.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (event.target instanceof Node && !menu.contains(event.target)) setOpen(toggle, list, false);
    });
    menu.addEventListener('focusout', (event) => {
      if (event.relatedTarget instanceof Node && !menu.contains(event.relatedTarget)) setOpen(toggle, list, false);
    });
    if (copy && status) {
      copy.hidden = false;
      const noun = copy.dataset.noun ?? 'page';
      copy.addEventListener('click', async () => {
        status.textContent = '';
        try {
          await copyMarkdown(copy.dataset.copyMarkdown ?? '');
          status.textContent = `Copied the ${noun} as Markdown.`;
        } catch {
          status.textContent = `Copying is blocked here: open “View as Markdown” and copy the ${noun} from there.`;
        }
      });
    }
  }
}
