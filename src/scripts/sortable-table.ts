/**
 * Sortable tables: a table with `data-sortable` gets a button in each header cell whose `data-sort` says how to
 * compare ("number" reads each cell's `data-value`, else its text). The server-rendered order stays the
 * reading order without JavaScript; aria-sort tells assistive technology which column sorts the table.
 */
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0];
  if (!body) continue;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  headers.forEach((th, column) => {
    const kind = th.dataset.sort;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column];
        if (kind === 'number') {
          const value = Number.parseFloat(cell?.dataset.value ?? '');
          return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
        }
        return (cell?.textContent ?? '').trim().toLowerCase();
      };
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        // Cells with no figure sort last in both directions.
        if (x === Number.POSITIVE_INFINITY || y === Number.POSITIVE_INFINITY) return x === y ? 0 : x === Number.POSITIVE_INFINITY ? 1 : -1;
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en');
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}
