/**
 * Preview cards for citation markers: a card opens on hover, on keyboard focus and on tap, and closes on Escape,
 * on a tap outside, or when focus and pointer leave (the card itself: src/scripts/cite-card.ts). This part, loaded
 * with the page, only listens; the card's code loads on the first hover, focus or tap on a marker, as the search
 * dialog's does on first open, so a page that is only read never fetches it.
 */
type Cards = typeof import('./cite-card.ts');
let cards: Promise<Cards> | undefined;
let loaded: Cards | undefined;

/**
 * Acts on the cards, loading their code on first use. Acts run in the order asked for, while it loads and after;
 * if it cannot be had, `failed` runs instead (and the next act tries again).
 */
function withCards(act: (cards: Cards) => void, failed?: () => void): void {
  if (loaded) return act(loaded);
  if (!cards) {
    // A bare import(), so the build can leave out Vite's preload helper (astro.config.mjs).
    cards = import('./cite-card.ts');
    cards.then(
      (module) => (loaded = module),
      () => (cards = undefined),
    );
  }
  cards.then(act, () => failed?.());
}

/** The same for acts that only matter once a card may be open: nothing until a card has been asked for. */
function ifCards(act: (cards: Cards) => void): void {
  if (cards) withCards(act);
}

/** A marker: a link to a bibliography entry, right in its `.cite` (an open card's links sit deeper in it). */
const MARKER = '.cite > a[href^="#ref-"]';

/** The citation marker an event happened on, if any. */
const markerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(MARKER) : null);

/**
 * Listens on the document rather than on each marker (a long page has a hundred), so loading a page costs
 * one pass that marks the markers as expandable and nothing else.
 */
export function initCitePreviews(): void {
  const markers = document.querySelectorAll<HTMLAnchorElement>(MARKER);
  if (markers.length === 0) return;
  for (const marker of markers) marker.setAttribute('aria-expanded', 'false');
  // Hover means a mouse: a touch also fires over events, and a card opened by one would slide under the finger
  // before the tap's click, which would then land on the card's link.
  document.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const marker = markerOf(event.target);
    if (!marker) return;
    withCards((c) => {
      c.keep();
      c.open(marker);
    });
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const marker = markerOf(event.target);
    if (marker && !(event.relatedTarget instanceof Node && marker.contains(event.relatedTarget))) ifCards((c) => c.scheduleClose());
  });
  // A tap focuses the marker before its click: opening the card on that focus could slide the card under the
  // finger, so the click would land on the card's link. Focus from a pointer waits for the click instead.
  let pressed: Element | null = null;
  document.addEventListener(
    'pointerdown',
    (event) => {
      pressed = markerOf(event.target);
    },
    { capture: true },
  );
  document.addEventListener('focusin', (event) => {
    const marker = markerOf(event.target);
    if (marker && marker !== pressed) withCards((c) => c.open(marker));
  });
  document.addEventListener('focusout', (event) => {
    if (markerOf(event.target)) ifCards((c) => c.onFocusOut(event));
  });
  document.addEventListener('click', (event) => {
    const marker = markerOf(event.target);
    if (!marker) return;
    // With a card available, a tap or click shows it (focus may already have); the card links on to the
    // full reference. Escape, a tap outside, or leaving it closes it. Without the card's code, the marker's
    // own link to the reference is followed.
    event.preventDefault();
    pressed = null;
    withCards(
      (c) => c.open(marker),
      () => location.assign(marker.href),
    );
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') ifCards((c) => c.onEscape());
  });
  document.addEventListener('pointerdown', (event) => ifCards((c) => c.onPointerDown(event.target)));
}
