/** The mobile menu is a native <details>; this adds Escape to close it and return focus to its toggle. */
export function initMobileMenu(): void {
  for (const menu of document.querySelectorAll<HTMLDetailsElement>('[data-mobile-menu]')) {
    const summary = menu.querySelector('summary');
    menu.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && menu.open) {
        menu.open = false;
        summary?.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
    });
  }
}
