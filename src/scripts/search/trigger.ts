/**
 * Opens the search dialog from the header's Search link, Ctrl+K / Cmd+K, and "/" outside text fields.
 * This is all the search code a page loads up front: the dialog, its stylesheet, the search engine and the index are
 * fetched on first open, or as a pointer comes to rest on the link (see dialog.ts). Without JavaScript, or if that fetch fails, the link leads to /pages/.
 */
type DialogModule = typeof import('./dialog.ts');
let dialog: Promise<DialogModule> | undefined;

/** Starts fetching the dialog, its stylesheet and the index; a failure is forgotten, so opening tries again. */
function load(): Promise<DialogModule> {
  if (!dialog) {
    dialog = import('./dialog.ts');
    dialog.catch(() => {
      dialog = undefined;
    });
  }
  return dialog;
}

function open(event: Event, returnTo: Element | null): void {
  event.preventDefault();
  load().then(
    (module) => module.openSearch(returnTo instanceof HTMLElement ? returnTo : null),
    () => {
      location.href = '/pages/';
    },
  );
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function initSearchTrigger(): void {
  for (const link of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    // Once enhanced, the link opens a dialog instead of navigating, so it is announced as a button.
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.setAttribute('aria-keyshortcuts', 'Control+K Meta+K /');
    link.addEventListener('click', (event) => {
      // A modified click (new tab or window) still follows the link to /pages/.
      if (!(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) open(event, link);
    });
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') open(event, link);
    });
    // A pointer resting on the link, or a finger pressing it, says a click is coming: the fetches start then, so the
    // dialog opens a round trip or two sooner (the module, then its stylesheet and the index, come one after the other).
    link.addEventListener('pointerenter', () => void load(), { once: true });
    link.addEventListener('pointerdown', () => void load(), { once: true });
  }
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const modifier = event.ctrlKey || event.metaKey;
    if ((modifier && !event.shiftKey && event.key.toLowerCase() === 'k') || (!modifier && event.key === '/' && !isTextField(event.target))) {
      open(event, document.activeElement);
    }
  });
}
