/**
 * Sorts a sortable table (src/scripts/sortable-table.ts) by one column: ascending on the first press, then
 * alternating. Cells with no figure sort last in both directions.
 */
export function sortBy(body: HTMLTableSectionElement, headers: readonly HTMLTableCellElement[], column: number): void {
  const th = headers[column]!;
  const kind = th.dataset.sort;
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
    if (x === Number.POSITIVE_INFINITY || y === Number.POSITIVE_INFINITY) return x === y ? 0 : x === Number.POSITIVE_INFINITY ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en');
    return ascending ? order : -order;
  });
  body.append(...rows);
}
