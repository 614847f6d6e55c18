/**
 * The preview card of a citation marker, loaded by src/scripts/cite-preview.ts on the first hover, focus or tap on
 * a marker. It shows a copy of the bibliography entry (cloned DOM, never HTML built from strings) and the source's
 * main claim (fetched once from /research/claims/<id>.json, set as text), and closes on Escape, on a tap outside,
 * or when focus and pointer leave. It is placed below the marker's line (above it near the bottom of the window),
 * so the line being read stays visible, and absolutely positioned against the page (the initial containing block;
 * the body has no margin).
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

/** The source a marker cites, from its link to the bibliography entry: `#ref-<id>`. */
const citedId = (marker: HTMLAnchorElement) => (marker.getAttribute('href') ?? '').slice('#ref-'.length);

export function open(marker: HTMLAnchorElement): void {
  if (owner === marker) return;
  close();
  const id = citedId(marker);
  const entry = document.getElementById(`ref-${id}`);
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
  void claimOf(id).then((text) => {
    if (text && owner === marker) {
      claim.textContent = text;
      position(marker, card!);
    }
  });
  card.addEventListener('mouseenter', keep);
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

/** Cancels a pending close (the pointer came back onto the marker or the card). */
export function keep(): void {
  window.clearTimeout(hideTimer);
}

export function scheduleClose(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => close(), 250);
}

export function onFocusOut(event: FocusEvent): void {
  const next = event.relatedTarget;
  if (next instanceof Node && (card?.contains(next) || owner === next)) return;
  if (next === null) return; // focus left the document or went to nothing; keep the card until told otherwise
  close();
}

/** Escape closes the open card and returns focus to its marker. */
export function onEscape(): void {
  if (card) close(true);
}

/** A press anywhere but on the open card or its marker closes the card. */
export function onPointerDown(target: EventTarget | null): void {
  if (!card || !(target instanceof Node)) return;
  if (card.contains(target) || owner?.contains(target)) return;
  close();
}
