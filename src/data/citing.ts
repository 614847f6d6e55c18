/** Numbers a page's citations and returns its bibliography, in order of first citation. */
import { citedIdsInOrder } from '../lib/citations/cite.ts';
import type { Citation } from './content.ts';

export function numberCitations(
  locals: App.Locals,
  bodies: readonly (string | undefined)[],
  citationsById: ReadonlyMap<string, Citation>,
  extraIds: readonly string[] = [],
): Citation[] {
  const ids = [...new Set([...bodies.flatMap((body) => citedIdsInOrder(body ?? '')), ...extraIds])];
  locals.citeNumbers = new Map(ids.map((id, i) => [id, i + 1]));
  return ids.map((id) => {
    const source = citationsById.get(id);
    if (!source) throw new Error(`Unknown citation id "${id}"`);
    return source;
  });
}
