/**
 * Sortable tables: a table with `data-sortable` gets a button in each header cell whose `data-sort` says how to
 * compare ("number" reads each cell's `data-value`, else its text). The server-rendered order stays the
 * reading order without JavaScript; aria-sort tells assistive technology which column sorts the table. The
 * sorting itself (src/scripts/table-sort.ts) loads on the first press, as the page is often only read.
 */
export function initSortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const body = table.tBodies[0];
    if (!body) continue;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      if (!th.dataset.sort) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', async () => {
        // A bare import(), so the build can leave out Vite's preload helper (astro.config.mjs).
        const sort = await import('./table-sort.ts');
        sort.sortBy(body, headers, column);
      });
    });
  }
}
