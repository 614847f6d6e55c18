/**
 * "Download these results": the research browser's current results as BibTeX, RIS, CSL-JSON or CSV. The
 * per-source records (/research/exports.json) are fetched on the first click, joined in the results' order
 * by src/lib/citations/export-files.ts (the same joining as the whole-index files) and saved through a Blob link.
 */
import { useRef, useState } from 'preact/hooks';
import { EXPORT_FILES, exportSelection, type ExportFile, type ExportRecord } from '../lib/citations/export-files.ts';

interface Props {
  /** The ids of the results on screen, in their order. */
  ids: readonly string[];
  /** How many sources match; more than `ids` when only the first page is shown. */
  total: number;
  /** Shows every match, so that the export can cover them all. */
  onShowAll?: () => void;
}

let records: Promise<Record<string, ExportRecord>> | undefined;
function loadRecords(): Promise<Record<string, ExportRecord>> {
  records ??= fetch('/research/exports.json')
    .then((response) => {
      if (!response.ok) throw new Error(`exports.json: HTTP ${response.status}`);
      return response.json() as Promise<{ records: Record<string, ExportRecord> }>;
    })
    .then((body) => body.records)
    .catch((error: unknown) => {
      records = undefined; // let the next click try again
      throw error;
    });
  return records;
}

export default function ExportResults({ ids, total, onShowAll }: Props) {
  const [status, setStatus] = useState('');
  const busy = useRef(false);
  if (total === 0) return null;
  const partial = ids.length < total;

  const download = async (file: ExportFile) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const text = exportSelection(file.format, await loadRecords(), ids);
      const url = URL.createObjectURL(new Blob([text], { type: `${file.mediaType};charset=utf-8` }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.name.replace('tune-or-prompt', 'tune-or-prompt-results');
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setStatus(`Saved ${ids.length} ${ids.length === 1 ? 'source' : 'sources'} as ${file.label}.`);
    } catch {
      setStatus('The export could not be loaded. Check the connection and try again, or download the whole index below.');
    } finally {
      busy.current = false;
    }
  };

  return (
    <div class="export-results">
      <p id="export-results-label">
        {partial ? `Download the ${ids.length} results shown:` : `Download ${total === 1 ? 'this result' : `these ${total} results`}:`}
      </p>
      <ul class="inline-list" aria-labelledby="export-results-label">
        {EXPORT_FILES.map((file) => (
          <li>
            <button type="button" class="button secondary" aria-label={`Download results as ${file.label}`} onClick={() => download(file)}>
              {file.label}
            </button>
          </li>
        ))}
      </ul>
      {partial && onShowAll && (
        <p>
          <button type="button" class="button secondary" onClick={onShowAll}>
            Show all {total} to export them
          </button>
        </p>
      )}
      <p class="muted" role="status">
        {status}
      </p>
    </div>
  );
}
