/**
 * Marks the table-of-contents entry of the section being read: the last heading above a line 120 px below
 * the top of the window (the first entry while none is). An IntersectionObserver reports headings crossing
 * that line, so nothing reads layout while the page loads or scrolls.
 */
const LINE = 120;

export function initTableOfContents(): void {
  const toc = document.querySelector<HTMLElement>('[data-toc]');
  if (!toc) return;
  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (target) links.set(target, link);
  }
  const targets = [...links.keys()]; // in document order, as the contents list them
  if (targets.length === 0) return;

  const above = new Set<Element>();
  let current: HTMLAnchorElement | undefined;
  const mark = () => {
    const link = links.get(targets.findLast((target) => above.has(target)) ?? targets[0]!)!;
    if (link === current) return;
    current?.classList.remove('is-current');
    current?.removeAttribute('aria-current');
    link.classList.add('is-current');
    link.setAttribute('aria-current', 'location');
    current = link;
  };

  let observer: IntersectionObserver | undefined;
  let height = -1;
  const observe = () => {
    if (innerHeight === height) return;
    height = innerHeight;
    observer?.disconnect();
    above.clear();
    // The root runs from far above the page down to the line, so a heading intersects it exactly while it
    // is above the line, and a jump from below the line to above it (or back) is reported too.
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) above.add(entry.target);
          else above.delete(entry.target);
        }
        mark();
      },
      { rootMargin: `1000000px 0px ${LINE - height}px 0px` },
    );
    for (const target of targets) observer.observe(target);
  };
  const start = () => {
    observe();
    addEventListener('resize', observe, { passive: true });
  };
  // Reading the window height forces a layout while the page is still being laid out (this runs as soon as
  // it is parsed), so wait until the browser is idle; the mark is not needed before the reader scrolls.
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 200);
}
