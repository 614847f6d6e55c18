/**
 * The site search dialog, loaded on first open (see trigger.ts). A native modal <dialog> holds a combobox
 * input and a listbox of results grouped by kind; the documents and a prebuilt fuse.js index come from
 * /search-index.json. Everything is built with createElement and textContent: no HTML from data or query.
 */
import Fuse, { type FuseResult } from 'fuse.js';
import { highlightParts } from '../../lib/highlight.ts';
import {
  MAX_QUERY_LENGTH,
  SEARCH_INDEX_URL,
  SITE_SEARCH_OPTIONS,
  groupResults,
  normalizeQuery,
  quoteQuery,
  type SearchDoc,
  type SearchIndexFile,
} from '../../lib/site-search.ts';

interface Ui {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  listbox: HTMLElement;
}

let ui: Ui | undefined;
let fuse: Fuse<SearchDoc> | undefined;
let loading: Promise<void> | undefined;
let loadFailed = false;
let returnFocus: HTMLElement | null = null;
let options: HTMLAnchorElement[] = [];
let active = -1;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function allPagesLink(label: string): HTMLAnchorElement {
  return element('a', '', { href: '/pages/' }, label);
}

function setStatus(...parts: (string | Node)[]): void {
  ui!.status.replaceChildren(...parts);
}

function showList(visible: boolean): void {
  ui!.listbox.hidden = !visible;
  ui!.input.setAttribute('aria-expanded', String(visible));
}

/** Text with the matched parts in <mark>, from fuse.js match indices. */
function highlighted(className: string, text: string, result: FuseResult<SearchDoc>, key: keyof SearchDoc): HTMLElement {
  const node = element('span', className);
  const indices = result.matches?.find((m) => m.key === key)?.indices;
  for (const part of highlightParts(text, indices)) {
    node.append(part.match ? element('mark', '', {}, part.text) : document.createTextNode(part.text));
  }
  return node;
}

function setActive(index: number): void {
  options[active]?.setAttribute('aria-selected', 'false');
  active = index;
  const option = options[active];
  if (option) {
    option.setAttribute('aria-selected', 'true');
    ui!.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  } else {
    ui!.input.removeAttribute('aria-activedescendant');
  }
}

function move(step: 1 | -1): void {
  if (options.length === 0) return;
  const next = active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
  setActive(next);
}

function update(): void {
  const { input, listbox } = ui!;
  const query = normalizeQuery(input.value);
  setActive(-1);
  options = [];
  listbox.replaceChildren();
  showList(false);
  if (!query) {
    setStatus('Type to search guides, scenarios, FAQ and sources');
    return;
  }
  if (!fuse) {
    if (loadFailed) setStatus('Search could not be loaded. ', allPagesLink('Browse all pages'), ' instead.');
    else setStatus('Loading the search index…');
    return;
  }
  const groups = groupResults(fuse.search(query));
  if (groups.length === 0) {
    const quoted = element('bdi', '', {}, quoteQuery(query));
    setStatus('No results for “', quoted, '”; try fewer or different words, or ', allPagesLink('browse all pages'), '.');
    return;
  }
  for (const group of groups) {
    const labelId = `search-group-${group.kind}`;
    const section = element('div', 'search-group', { role: 'group', 'aria-labelledby': labelId });
    section.append(element('div', 'search-group-label', { id: labelId, role: 'presentation' }, group.label));
    for (const result of group.results) {
      const doc = result.item;
      const option = element('a', 'search-option', {
        id: `search-option-${options.length}`,
        role: 'option',
        href: doc.url,
        tabindex: '-1',
        'aria-selected': 'false',
      });
      option.append(highlighted('search-option-title', doc.title, result, 'title'));
      if (doc.meta) option.append(highlighted('search-option-meta', doc.meta, result, 'meta'));
      if (doc.text) option.append(highlighted('search-option-text', doc.text, result, 'text'));
      options.push(option);
      section.append(option);
    }
    listbox.append(section);
  }
  showList(true);
  setStatus(`${options.length} ${options.length === 1 ? 'result' : 'results'}`);
}

function load(): void {
  if (fuse || loading) return;
  loadFailed = false;
  loading = fetch(SEARCH_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => {
      fuse = new Fuse(file.docs, SITE_SEARCH_OPTIONS, Fuse.parseIndex<SearchDoc>(file.index));
    })
    .catch(() => {
      loadFailed = true;
    })
    .finally(() => {
      loading = undefined;
      if (ui) update();
    });
}

function close(): void {
  if (ui?.dialog.open) ui.dialog.close();
}

function navigate(option: HTMLAnchorElement): void {
  close();
  window.location.assign(option.href);
}

function build(): Ui {
  const dialog = element('dialog', 'search-dialog', { 'aria-labelledby': 'search-label' });
  const panel = element('div', 'search-panel');
  const head = element('div', 'search-head');
  const label = element('label', 'search-label', { id: 'search-label', for: 'search-input' }, 'Search the site');
  const closeButton = element('button', 'search-close', { type: 'button' }, 'Close');
  head.append(label, closeButton);
  const input = element('input', 'search-input', {
    id: 'search-input',
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
    maxlength: String(MAX_QUERY_LENGTH),
    placeholder: 'Guides, FAQ, sources, terms…',
  });
  const status = element('p', 'search-status', { id: 'search-status', role: 'status' });
  const listbox = element('div', 'search-results', { id: 'search-results', role: 'listbox', 'aria-label': 'Search results' });
  const help = element('p', 'search-help', {}, '↑ ↓ to choose · Enter to open · Esc to close');
  panel.append(head, input, status, listbox, help);
  dialog.append(panel);
  document.body.append(dialog);

  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active] ?? options[0];
      if (option) navigate(option);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  closeButton.addEventListener('click', close);
  // A click on the backdrop lands on the <dialog> itself; the panel covers the rest.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  listbox.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest('a') : null;
    // A plain click follows the link; close first so a link to this very page does not leave the dialog open.
    if (option && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) close();
  });
  dialog.addEventListener('close', () => {
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  });
  return { dialog, input, status, listbox };
}

/** Opens the dialog (or focuses it if open); focus returns to `returnTo` when it closes. */
export function openSearch(returnTo: HTMLElement | null): void {
  ui ??= build();
  if (!ui.dialog.open) {
    returnFocus = returnTo;
    ui.dialog.showModal();
    update();
  }
  ui.input.focus();
  ui.input.select();
  load();
}
