/**
 * The site search dialog, loaded on first open (see trigger.ts). A native modal <dialog> holds a combobox
 * input and a listbox of results in rank order, each with its kind, where it sits and a snippet around its
 * best passage. The index comes from /search-index.json; the text for snippets from small files fetched
 * for the results on screen. Everything is built with createElement and textContent: no HTML from data.
 * Its stylesheet (search.css) comes with it: the module finishes loading once the styles apply, so the dialog never
 * shows unstyled, and the trigger's fallback to /pages/ covers a stylesheet that cannot load as it does the module.
 */
import styles from '../../styles/search.css?url';
import { highlightWords, type TextPart } from '../../lib/search/highlight.ts';
import { snippet } from '../../lib/search/snippet.ts';
import {
  ALL_POSTINGS_URL,
  KIND_LABELS,
  MAX_QUERY_LENGTH,
  SEARCH_INDEX_URL,
  chunkOf,
  loadAllPostings,
  loadShard,
  loadSite,
  normalizeQuery,
  quoteQuery,
  searchSite,
  shardUrl,
  textUrl,
  type LoadedSite,
  type SearchIndexFile,
} from '../../lib/search/site-search.ts';

interface Ui {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  listbox: HTMLElement;
}

let ui: Ui | undefined;

/** Says a query's outcome is on screen, results or "No results" (the e2e tests and the bench wait for it). */
function announceResults(): void {
  document.dispatchEvent(new CustomEvent('search:results', { detail: { q: ui?.input.value ?? '' } }));
}
let site: LoadedSite | undefined;
/** Text files by number: loaded, or on their way. */
const texts = new Map<number, string[] | Promise<void>>();
let loading: Promise<void> | undefined;
let loadFailed = false;
let returnFocus: HTMLElement | null = null;
let options: HTMLAnchorElement[] = [];
let active = -1;
let shownQuery = '';

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

/** Text with the matched parts in <mark>, from parts built without HTML. */
function marked(className: string, parts: readonly TextPart[]): HTMLElement {
  const node = element('span', className);
  for (const part of parts) node.append(part.match ? element('mark', '', {}, part.text) : document.createTextNode(part.text));
  return node;
}

/** Shards of the index on their way. */
const shardsLoading = new Map<string, Promise<void>>();
let prefetched = false;
let shardFailed = false;
let prefetchTimer: ReturnType<typeof setTimeout> | undefined;
const PREFETCH_DELAY_MS = 1000;

/** Fetches shards of the index; the list updates when they are in. */
function fetchShards(keys: Iterable<string>): Promise<unknown> {
  const waits: Promise<void>[] = [];
  for (const key of keys) {
    let wait = shardsLoading.get(key);
    if (!wait) {
      wait = fetch(shardUrl(key))
        .then((response) => (response.ok ? (response.json() as Promise<string>) : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then((text) => loadShard(site!.index, key, text))
        .catch(() => {
          // Said once in the status; the next keystroke tries again.
          shardsLoading.delete(key);
          shardFailed = true;
        });
      shardsLoading.set(key, wait);
    }
    waits.push(wait);
  }
  return Promise.all(waits);
}

/** Text files the results on screen need, fetched once typing pauses (see TEXT_DELAY_MS). */
const wanted = new Set<number>();
let textTimer: ReturnType<typeof setTimeout> | undefined;
/**
 * Snippet text is fetched only for results that stay on screen: while a word is being typed, each letter
 * shows other results, and fetching their text would cost more than the whole index.
 */
const TEXT_DELAY_MS = 150;
/** Results whose snippets are fetched with the list; the rest when the reader moves down it. */
const SNIPPETS_AT_ONCE = 6;
let showAll = false;

function fetchTexts(): void {
  for (const file of wanted) {
    if (texts.has(file)) continue;
    texts.set(
      file,
      fetch(textUrl(file))
        .then((response) => (response.ok ? (response.json() as Promise<string[]>) : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then(
          (list) => {
            texts.set(file, list);
            if (ui?.dialog.open) update();
          },
          // No snippet for these results; a later search tries again.
          () => {
            texts.delete(file);
          },
        ),
    );
  }
}

/** A document's text if its file is loaded; otherwise notes the file for fetching once typing pauses. */
function textOf(n: number): string | undefined {
  const { n: file, offset } = chunkOf(site!, n);
  const loaded = texts.get(file);
  if (Array.isArray(loaded)) return loaded[offset];
  wanted.add(file);
  return undefined;
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

/** The reader goes down the list: every result gets its snippet. */
function moreSnippets(): void {
  if (showAll) return;
  showAll = true;
  update();
}

function move(step: 1 | -1): void {
  if (options.length === 0) return;
  moreSnippets();
  const next = active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
  setActive(next);
}

function update(): void {
  const { input, listbox } = ui!;
  const query = normalizeQuery(input.value);
  // A snippet's text arriving re-renders the same query: the chosen result stays chosen.
  const keep = query === shownQuery ? active : -1;
  if (query !== shownQuery) showAll = false;
  shownQuery = query;
  setActive(-1);
  options = [];
  listbox.replaceChildren();
  showList(false);
  if (!query) {
    setStatus('Type to search guides, scenarios, FAQ and sources');
    return;
  }
  if (!site) {
    if (loadFailed) setStatus('Search could not be loaded. ', allPagesLink('Browse all pages'), ' instead.');
    else setStatus('Loading the search index…');
    return;
  }
  const loaded = (n: number) => {
    const list = texts.get(chunkOf(site!, n).n);
    return Array.isArray(list) ? list[chunkOf(site!, n).offset] : undefined;
  };
  const { hits, total, matched, missing } = searchSite(site, query, undefined, loaded);
  wanted.clear();
  clearTimeout(textTimer);
  if (missing.size) {
    if (shardFailed) {
      shardFailed = false;
      setStatus('Part of the search index could not be loaded. ', allPagesLink('Browse all pages'), ' instead, or try again.');
      return;
    }
    // The words' posting lists are a fetch away: rank once they are in, never on half the index.
    setStatus('Searching…');
    void fetchShards(missing).then(() => {
      if (ui?.dialog.open && normalizeQuery(ui.input.value) === query) update();
    });
    return;
  }
  if (hits.length === 0) {
    const quoted = element('bdi', '', {}, quoteQuery(query.trim()));
    setStatus('No results for “', quoted, '”. Try other words, or ', allPagesLink('browse all pages'), '.');
    announceResults();
    return;
  }
  for (const hit of hits) {
    const { doc } = hit;
    const option = element('a', 'search-option', {
      id: `search-option-${options.length}`,
      role: 'option',
      href: doc.url,
      tabindex: '-1',
      'aria-selected': 'false',
    });
    const head = element('span', 'search-option-head');
    head.append(element('span', 'search-option-kind', {}, KIND_LABELS[doc.kind]), marked('search-option-title', highlightWords(doc.title, matched)));
    option.append(head);
    if (doc.meta) option.append(marked('search-option-meta', highlightWords(doc.meta, matched)));
    // Snippets for the first results at once; the others' text is fetched when the reader moves down the list.
    const text = options.length < SNIPPETS_AT_ONCE || showAll ? textOf(hit.n) : loaded(hit.n);
    option.append(marked('search-option-text', text ? snippet(text, matched) : []));
    options.push(option);
    listbox.append(option);
  }
  if (wanted.size) textTimer = setTimeout(fetchTexts, TEXT_DELAY_MS);
  showList(true);
  if (keep >= 0 && keep < options.length) setActive(keep);
  setStatus(total > hits.length ? `Best ${hits.length} of ${total} results` : `${total} ${total === 1 ? 'result' : 'results'}`);
  announceResults();
  if (!prefetched) {
    // Once typing pauses on results, the rest of the index loads while the reader reads, so later words
    // never wait for a shard.
    clearTimeout(prefetchTimer);
    prefetchTimer = setTimeout(() => {
      prefetched = true;
      if (site!.index.pending.size === 0) return;
      void fetch(ALL_POSTINGS_URL)
        .then((response) => (response.ok ? (response.json() as Promise<string>) : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then((all) => {
          loadAllPostings(site!.index, all);
          if (ui?.dialog.open) update();
        })
        // The shards still come one by one as words need them.
        .catch(() => (prefetched = false));
    }, PREFETCH_DELAY_MS);
  }
}

function load(): void {
  if (site || loading) return;
  loadFailed = false;
  loading = fetch(SEARCH_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => {
      site = loadSite(file);
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
  listbox.addEventListener('scroll', moreSnippets, { passive: true });
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

// The index and the stylesheet load side by side; the module is ready once the styles apply (a file under /_astro/,
// like the page's own: the CSP's 'self').
load();
await new Promise((onload, onerror) =>
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: styles, onload, onerror })),
);

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
