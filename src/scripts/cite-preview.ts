/**
 * Preview cards for citation markers. A card opens on hover, on keyboard focus and on tap, shows a copy
 * of the bibliography entry (cloned DOM, never HTML built from strings) and the source's main claim
 * (fetched once from /research/claims/<id>.json, set as text), and closes on Escape, on a tap
 * outside, or when focus and pointer leave. It is placed below the marker's line (above it near the
 * bottom of the window), so the line being read stays visible.
 */
let card: HTMLElement | null = null;
let owner: HTMLAnchorElement | null = null;
let hideTimer: number | undefined;

function close(returnFocus = false): void {
  window.clearTimeout(hideTimer);
  if (!card || !owner) return;
  owner.removeAttribute('aria-describedby');
  owner.setAttribute('aria-expanded', 'false');
  card.remove();
  if (returnFocus) owner.focus();
  card = null;
  owner = null;
}

function open(marker: HTMLAnchorElement): void {
  if (owner === marker) return;
  close();
  const entry = document.getElementById(`ref-${marker.dataset.cite ?? ''}`);
  if (!entry) return;
  card = document.createElement('div');
  card.className = 'cite-card';
  card.id = 'cite-card';
  card.setAttribute('role', 'note');
  const heading = document.createElement('p');
  heading.className = 'muted';
  heading.textContent = `Source ${marker.textContent ?? ''}`;
  card.append(heading, ...[...entry.children].map((child) => child.cloneNode(true)));
  const claim = document.createElement('p');
  claim.className = 'ref-claim';
  card.insertBefore(claim, card.querySelector('.ref-links'));
  const id = marker.dataset.cite ?? '';
  void claimOf(id).then((text) => {
    if (text && owner === marker) {
      claim.textContent = text;
      position(marker, card!);
    }
  });
  card.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  card.addEventListener('mouseleave', scheduleClose);
  card.addEventListener('focusout', onFocusOut);
  marker.insertAdjacentElement('afterend', card);
  owner = marker;
  marker.setAttribute('aria-describedby', card.id);
  marker.setAttribute('aria-expanded', 'true');
  position(marker, card);
}

const claims = new Map<string, Promise<string | null>>();

/** The source's first claim, fetched once per source; null when it cannot be had. */
function claimOf(id: string): Promise<string | null> {
  if (!/^[a-z0-9-]+$/.test(id)) return Promise.resolve(null);
  let pending = claims.get(id);
  if (!pending) {
    pending = fetch(`/research/claims/${id}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<{ claims: { text: string }[] }>) : null))
      .then((data) => data?.claims[0]?.text ?? null)
      .catch(() => null);
    claims.set(id, pending);
  }
  return pending;
}

function position(marker: HTMLElement, element: HTMLElement): void {
  const rect = marker.getBoundingClientRect();
  const margin = 8;
  const width = element.offsetWidth;
  const left = Math.max(margin, Math.min(rect.left, document.documentElement.clientWidth - width - margin));
  const below = rect.bottom + margin;
  const fitsBelow = below + element.offsetHeight < window.innerHeight;
  const top = fitsBelow ? below : rect.top - element.offsetHeight - margin;
  element.style.left = `${left + window.scrollX}px`;
  element.style.top = `${Math.max(margin, top) + window.scrollY}px`;
}

function scheduleClose(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => close(), 250);
}

function onFocusOut(event: FocusEvent): void {
  const next = event.relatedTarget;
  if (next instanceof Node && (card?.contains(next) || owner === next)) return;
  if (next === null) return; // focus left the document or went to nothing; keep the card until told otherwise
  close();
}

const MARKER = '.cite a[data-cite]';

/** The citation marker an event happened on, if any. */
const markerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(MARKER) : null);

/**
 * Listens on the document rather than on each marker (a long page has a hundred), so loading a page costs
 * one pass that marks the markers as expandable and nothing else. Cards are absolutely positioned against
 * the page (the initial containing block; the body has no margin).
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
    window.clearTimeout(hideTimer);
    open(marker);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const marker = markerOf(event.target);
    if (marker && !(event.relatedTarget instanceof Node && marker.contains(event.relatedTarget))) scheduleClose();
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
    if (marker && marker !== pressed) open(marker);
  });
  document.addEventListener('focusout', (event) => {
    if (markerOf(event.target)) onFocusOut(event);
  });
  document.addEventListener('click', (event) => {
    const marker = markerOf(event.target);
    if (!marker) return;
    // With a card available, a tap or click shows it (focus may already have); the card links on to the
    // full reference. Escape, a tap outside, or leaving it closes it.
    event.preventDefault();
    pressed = null;
    open(marker);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && card) close(true);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!card || !(event.target instanceof Node)) return;
    if (card.contains(event.target) || owner?.contains(event.target)) return;
    close();
  });
}
