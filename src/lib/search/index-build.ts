/**
 * Building the search index (see search/engine.ts for the whole engine): BM25F weights per term and
 * document, computed once, serialized compactly, and cut into shards for the site search.
 */
import { STOP_WORDS, stem, terms as termsOf, words } from './words.ts';
import { LEVELS, MIN_COMPOUND_PART, decodeTerms, shardOf, type SerializedIndex } from './engine.ts';

/** BM25 saturation and length normalization. */
const K1 = 1.2;
const B = 0.6;

/** A document to index: one text per field, in the order of the field weights. */
export type FieldTexts = readonly (string | readonly string[] | undefined)[];

/** A reader's word or phrase and the site's words it stands for, as terms (see `aliasLines`). */
export interface Alias {
  alias: string;
  means: string;
}

/**
 * Builds the index, weighting each field's terms by `fieldWeights` (title above heading above body); terms of
 * the fields marked in `subjectFields` are flagged as the document's subject: 1 (or true) for what it is about
 * (a description, aliases), 2 for its name (a title, a heading), which counts more. `aliases` travel with it.
 */
export function buildIndex(
  docs: readonly FieldTexts[],
  fieldWeights: readonly number[],
  subjectFields: readonly (boolean | number)[] = [],
  aliases: readonly Alias[] = [],
): SerializedIndex {
  const perDoc: Map<string, number>[] = [];
  const subjects: Map<string, number>[] = [];
  const texts = docs.map((doc) => fieldWeights.map((_, f) => {
    const value = doc[f];
    return value === undefined ? '' : typeof value === 'string' ? value : value.join(' \n ');
  }));
  const compounds = compoundsOf(texts.flat());
  const fieldLengths = fieldWeights.map(() => 0);
  const lengths: number[][] = [];
  for (const fields of texts) {
    const tf = new Map<string, number>();
    const subject = new Map<string, number>();
    const own: number[] = [];
    fieldWeights.forEach((weight, f) => {
      const ts = compoundTerms(fields[f]!, compounds);
      own.push(ts.length);
      fieldLengths[f]! += ts.length;
      for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + weight);
      const band = Number(subjectFields[f] ?? 0);
      if (band) for (const t of ts) subject.set(t, Math.max(band, subject.get(t) ?? 0));
    });
    lengths.push(own);
    perDoc.push(tf);
    subjects.push(subject);
  }
  // BM25F: one length normalization over the weighted length of the document.
  const weighted = lengths.map((own) => own.reduce((sum, len, f) => sum + len * fieldWeights[f]!, 0));
  const average = weighted.reduce((a, b) => a + b, 0) / Math.max(1, weighted.length) || 1;
  const byTerm = new Map<string, number[]>();
  perDoc.forEach((tf, d) => {
    const norm = 1 - B + (B * weighted[d]!) / average;
    for (const [term, freq] of tf) {
      const saturated = (freq * (K1 + 1)) / (freq + K1 * norm);
      const q = Math.max(1, Math.min(LEVELS, Math.round((saturated / (K1 + 1)) * LEVELS)));
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push(d, q + LEVELS * (subjects[d]!.get(term) ?? 0));
    }
  });
  const terms = [...byTerm.keys()].sort();
  const postings = terms.map((t) => {
    const list = byTerm.get(t)!;
    let out = '';
    let previous = -1;
    for (let i = 0; i < list.length; i += 2) {
      const gap = list[i]! - previous;
      out += (gap === 1 ? '' : gap.toString(36)) + String.fromCharCode(64 + list[i + 1]!);
      previous = list[i]!;
    }
    return out;
  });
  let last = '';
  const coded = terms.map((t) => {
    let k = 0;
    while (k < 35 && k < last.length && k < t.length && last[k] === t[k]) k++;
    last = t;
    return k.toString(36) + t.slice(k);
  });
  const out: SerializedIndex = { n: docs.length, terms: coded.join('\n'), postings: postings.join(' ') };
  if (aliases.length) out.aliases = aliases.map((a) => `${a.alias}=${a.means}`).join('\n');
  return out;
}

/**
 * Words the texts write both closed and split ("finetuning" and "fine-tuning", "dataset" and "data set"):
 * each closed form with its two halves. The index keeps them split, so both spellings are one pair of terms
 * and a query in either form finds both (see `interpret`).
 */
export function compoundsOf(texts: readonly string[]): Map<string, [string, string]> {
  const closed = new Set<string>();
  const pairs = new Map<string, [string, string]>();
  for (const text of texts) {
    const ws = words(text);
    for (let i = 0; i < ws.length; i++) {
      closed.add(ws[i]!);
      const a = ws[i]!;
      const b = ws[i + 1];
      if (b && a.length >= MIN_COMPOUND_PART && b.length >= MIN_COMPOUND_PART && !/\d/.test(a + b) && !STOP_WORDS.has(a) && !STOP_WORDS.has(b)) {
        pairs.set(a + b, [a, b]);
      }
    }
  }
  const out = new Map<string, [string, string]>();
  for (const [joined, parts] of pairs) if (closed.has(joined)) out.set(joined, parts);
  return out;
}

/** The index terms of a text, a compound written closed counted as its two halves. */
export function compoundTerms(text: string, compounds: ReadonlyMap<string, readonly [string, string]>): string[] {
  if (compounds.size === 0) return termsOf(text);
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP_WORDS.has(w)) continue;
    const parts = compounds.get(w);
    if (parts) out.push(stem(parts[0]), stem(parts[1]));
    else out.push(stem(w));
  }
  return out;
}

/**
 * The aliases of a vocabulary as the index keeps them: each reader's word or phrase, every word stemmed
 * (stop words kept, so a phrase matches only whole), with the terms of the site's word it stands for. An alias that spells the same terms as its word adds nothing
 * and is left out; a phrase listed twice keeps every meaning.
 */
export function aliasLines(entries: readonly { means: string; aliases: readonly string[] }[]): Alias[] {
  const out = new Map<string, Set<string>>();
  for (const { means, aliases } of entries) {
    const target = termsOf(means).join(' ');
    if (!target) continue;
    for (const alias of aliases) {
      // Every word of the alias, stop words included: "makes things up" is a phrase, not "thing".
      const key = words(alias).map(stem).join(' ');
      if (!key || key === target) continue;
      let set = out.get(key);
      if (!set) out.set(key, (set = new Set()));
      set.add(target);
    }
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([alias, means]) => ({ alias, means: [...means].join(' ') }));
}

/** Cuts a serialized index's postings into shards: for each, its terms' lists in vocabulary order. */
export function splitShards(data: SerializedIndex): Map<string, string> {
  const vocabulary = decodeTerms(data.terms);
  const lists = data.postings.split(' ');
  const shards = new Map<string, string[]>();
  vocabulary.forEach((term, i) => {
    const key = shardOf(term);
    const shard = shards.get(key);
    if (shard) shard.push(lists[i]!);
    else shards.set(key, [lists[i]!]);
  });
  return new Map([...shards].map(([key, shard]) => [key, shard.join(' ')]));
}
