// Percentiles and number formatting for the tables.

/** The p-th percentile (0 to 100) with linear interpolation between closest ranks. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : '–');
export const seconds = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} s` : '–');
export const int = (value) => value.toLocaleString('en-US');
