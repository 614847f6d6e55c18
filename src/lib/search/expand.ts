/**
 * The query in the index's words (see search/engine.ts for the whole engine): query words parsed, the word
 * being typed matched as a prefix, compounds split and joined, the vocabulary's aliases, typos.
 */
import { STOP_WORDS, stem, words } from './words.ts';
import { MIN_COMPOUND_PART, hasPrefix, lowerBound, type SearchIndex } from './engine.ts';
import { MIN_FUZZY_LENGTH, MIN_ONE_EDIT_LENGTH, closestSpellings, fuzzyOpening, fuzzyPrefix, oneEditTerms, oneEdits } from './typo.ts';

/** How much each kind of word match counts. */
const EXACT = 1;
const PREFIX = 0.8;
const FUZZY = 0.6;
/** A site word found through an alias the reader typed: below the reader's own word, above a typo. */
export const ALIAS = 0.5;
/** A prefix shorter than this expands to too many words to mean anything. */
const MIN_PREFIX = 2;
/** A term of art is at most this many words ("in-context learning", "time to first token" are three). */
const MAX_TERM_WORDS = 3;
/** Only the first query words count; a pasted paragraph must not cost a second per keystroke. */
const MAX_QUERY_WORDS = 12;

/** One word of a query: as typed, its term, and whether it may be a prefix of a longer word. */
export interface QueryWord {
  word: string;
  term: string;
  prefix: boolean;
  /** Its position among all the query's words (stop words included), to find its neighbours. */
  at?: number;
  /**
   * Other index terms that count for this word, with how well they match: the compound it forms with a
   * neighbour ("data set" → "dataset"), the site's words for an alias the reader typed ("slow" → latency).
   */
  also?: Map<string, number>;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** Quoted phrases, as lists of words. */
  phrases: string[][];
  /** Every word of the query, stop words included. */
  all?: string[];
  /** The query asks what a term means ("what is a token", "what does SFT stand for", "define drift"). */
  defines?: boolean;
}

/**
 * The words of a question that only ask for a definition, by position in the query's words: "what does LoRA
 * mean", "what does SFT stand for", "define distillation", "the meaning of drift". They say what kind of
 * answer the reader wants, not what it is about, like stop words; a definition the site has is found by its
 * term alone.
 */
export function definitionWords(all: readonly string[]): Set<number> {
  const out = new Set<number>();
  const n = all.length;
  if (n < 2) return out;
  const asks = all[0] === 'what' && /^(?:does|do|is|are|did)$/.test(all[1]!);
  if (asks && /^means?$/.test(all[n - 1]!)) out.add(n - 1);
  if (n >= 3 && /^stands?$/.test(all[n - 2]!) && all[n - 1] === 'for') out.add(n - 2);
  if (/^(?:define|explain)$/.test(all[0]!)) out.add(0);
  for (let i = 0; i < n - 1; i++) if (/^(?:definition|meaning)$/.test(all[i]!) && all[i + 1] === 'of') out.add(i);
  return out;
}

/**
 * Cuts a query into words: stop words and a definition's question words dropped (unless nothing else is
 * left), the last word marked as still being typed unless a space or quote follows it, quoted phrases
 * collected for the phrase boost.
 */
export function parseQuery(raw: string): ParsedQuery {
  const phrases: string[][] = [];
  for (const m of raw.matchAll(/"([^"]+)"/g)) {
    const phrase = words(m[1]!);
    if (phrase.length > 1) phrases.push(phrase);
  }
  const all = words(raw);
  const typing = /[\p{L}\p{N}]$/u.test(raw);
  const asking = definitionWords(all);
  const kept = all.flatMap((w, at) => (STOP_WORDS.has(w) || asking.has(at) ? [] : [at]));
  // "What is X" for a short X asks for a definition as much as "what does X mean" does.
  const defines = kept.length > 0 && (asking.size > 0 || (all[0] === 'what' && /^(?:is|are)$/.test(all[1] ?? '') && kept.length <= MAX_TERM_WORDS));
  const chosen = (kept.length ? kept : all.map((_, at) => at)).slice(0, MAX_QUERY_WORDS);
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  chosen.forEach((at, i) => {
    const word = all[at]!;
    const last = i === chosen.length - 1 && at === all.length - 1;
    const term = stem(word);
    if (seen.has(term) && !last) return;
    seen.add(term);
    out.push({ word, term, prefix: typing && last, at });
  });
  return defines ? { words: out, phrases, all, defines } : { words: out, phrases, all };
}

/** The index term a word is indexed as, if the index has it. */
function knownTerm(index: SearchIndex, word: string): string | undefined {
  const term = stem(word);
  return index.known.has(term) ? term : index.known.has(word) ? word : undefined;
}

/**
 * The word as the reader meant it: a word the index has in no form, one edit from one it has, is that word
 * ("pappers" is "papers"), so that the phrases and question words it is part of still count ("isntruct model"
 * is the alias "instruct model"). Its own match still counts as a typo's (expandWord).
 */
export function spelled(index: SearchIndex, word: string): string {
  if (word.length < MIN_ONE_EDIT_LENGTH || /\d/.test(word) || STOP_WORDS.has(word) || knownTerm(index, word) || hasPrefix(index, word)) return word;
  return oneEdits(index, word)[0]?.spelling ?? word;
}

/**
 * A word the index does not have, cut into two words it has ("finetuning" → "fine" "tuning"), the cut
 * nearest the middle first; the second half may be a word still being typed.
 */
export function splitCompound(index: SearchIndex, word: string, typing = false): [string, string] | undefined {
  if (word.length < 2 * MIN_COMPOUND_PART || /\d/.test(word)) return undefined;
  const cuts: number[] = [];
  for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) cuts.push(i);
  cuts.sort((a, b) => Math.abs(a - word.length / 2) - Math.abs(b - word.length / 2) || a - b);
  for (const i of cuts) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (STOP_WORDS.has(left) || STOP_WORDS.has(right) || !knownTerm(index, left)) continue;
    if (knownTerm(index, right) || (typing && hasPrefix(index, right))) return [left, right];
  }
  return undefined;
}

/**
 * A compound whose ending is misspelled ("finetunig"): the two words its opening splits into, once up to three
 * letters of mangled ending are set aside ("finetun" → "fine" "tun"), for a word the index has in no form and
 * that no single typo explains.
 */
function mangledCompound(index: SearchIndex, word: string): [string, string] | undefined {
  // A word one typo from a word of the index is that word ("lattency"), not a compound.
  if (word.length < 8 || knownTerm(index, word) || closestSpellings(index, stem(word)).length) return undefined;
  for (let cut = 1; cut <= 3; cut++) {
    // What is left of the mangled ending is the start of a word ("tun" of "tune"), as if still being typed.
    const parts = splitCompound(index, word.slice(0, -cut), true);
    if (parts) return parts;
  }
  return undefined;
}

function addAlso(q: QueryWord, term: string, quality: number): void {
  q.also ??= new Map();
  if ((q.also.get(term) ?? 0) < quality) q.also.set(term, quality);
}

/**
 * The query in the index's words: a compound the index does not know is split into the two words it does
 * ("finetuning"), two neighbours the index knows joined ("data set" → "dataset") also count as that word,
 * and a word or phrase the vocabulary lists as an alias also finds the site's words for it, at ALIAS.
 */
export function interpret(index: SearchIndex, parsed: ParsedQuery): ParsedQuery {
  const all = parsed.all ?? parsed.words.map((w) => w.word);
  const out: QueryWord[] = [];
  for (const q of parsed.words) {
    const own = knownTerm(index, q.word) ?? (q.prefix && hasPrefix(index, q.word) ? q.word : undefined);
    // One typo from a word the index has is that word, not a compound: "cheapset" is "cheapest", not "cheap set".
    const typo = own === undefined && spelled(index, q.word) !== q.word;
    const split = own || typo ? undefined : splitCompound(index, q.word, q.prefix);
    const mangled = own || split ? undefined : mangledCompound(index, q.word);
    const parts = split ?? mangled;
    if (!parts) {
      out.push({ ...q, also: undefined });
      continue;
    }
    out.push({ word: parts[0], term: stem(parts[0]), prefix: false, at: q.at });
    out.push({ word: parts[1], term: stem(parts[1]), prefix: q.prefix || mangled !== undefined, at: q.at });
  }
  // Split forms that the index holds as one word: "data set", "cut off", "fine tuning" where written "finetuning".
  for (const q of out) {
    if (q.at === undefined) continue;
    const next = all[q.at + 1];
    if (!next || q.prefix) continue;
    const joined = knownTerm(index, q.word + next);
    if (!joined) continue;
    addAlso(q, joined, EXACT);
    const partner = out.find((w) => w.at === q.at! + 1);
    if (partner) addAlso(partner, joined, EXACT);
  }
  // Aliases, on all the words as typed (stop words too). The word being typed counts once it spells the
  // alias's word in full: the search runs as the reader types, and most queries end on the word they are
  // about ("why is my model slow"). The site's words count for the query words of the phrase, or for the
  // phrase itself if it is all stop words. A misspelled word counts as typed or as meant ("isntruct model").
  const typed = all.map(stem);
  const meant = all.map((word) => stem(spelled(index, word)));
  for (let i = 0; i < typed.length; i++) {
    const first = new Set([typed[i]!, meant[i]!]);
    for (const { phrase, means } of [...first].flatMap((t) => index.aliases.get(t) ?? [])) {
      const end = i + phrase.length;
      if (end > typed.length || phrase.some((t, k) => typed[i + k] !== t && meant[i + k] !== t)) continue;
      const span = out.filter((w) => w.at !== undefined && w.at >= i && w.at < end);
      if (span.length === 0) {
        const stand: QueryWord = { word: phrase.join(' '), term: phrase.join(' '), prefix: false, at: i };
        out.push(stand);
        span.push(stand);
      }
      // An alias that only spells the words already typed ("finetuning", split into "fine tuning") adds nothing.
      if (means.every((term) => span.some((w) => w.term === term))) continue;
      for (const w of span) for (const term of means) addAlso(w, term, ALIAS);
    }
  }
  return { ...parsed, words: out };
}

/**
 * A typo stands for the word typists mean most often: of the spellings equally close to it, the ones in fewer
 * documents count for less, by the square root of their share of the most common one's documents ("tokne" is
 * "token", in hundreds of sections, far more than "tone", in a few, which as the rarer word would otherwise
 * score higher). Spellings whose posting lists are not loaded yet keep their quality until they are.
 */
function preferCommonSpellings(index: SearchIndex, found: Map<string, number>): void {
  if (found.size < 2) return;
  const counts = [...found.keys()].map((term) => index.postings.get(term)?.docs.length);
  if (counts.some((n) => n === undefined)) return;
  const most = Math.max(...(counts as number[]));
  [...found].forEach(([term, quality], i) => found.set(term, quality * Math.sqrt(counts[i]! / most)));
}

/** The index terms a query word stands for, each with how well it matches (0–1]. */
export function expandWord(index: SearchIndex, q: QueryWord, onlyWord = false): Map<string, number> {
  const found = new Map<string, number>();
  if (index.known.has(q.term)) found.set(q.term, EXACT);
  if (q.word !== q.term && index.known.has(q.word)) found.set(q.word, EXACT);
  const exact = found.size > 0;
  if (q.prefix && (q.word.length >= MIN_PREFIX || onlyWord)) {
    // The word being typed: every term that starts with it (or with its stem, as "tuni" → "tun…").
    for (const start of new Set([q.word, q.term])) {
      for (let i = lowerBound(index.vocabulary, start); i < index.vocabulary.length; i++) {
        const candidate = index.vocabulary[i]!;
        if (!candidate.startsWith(start)) break;
        // A word already complete in the index ("tune") counts its longer neighbours ("tunable") for less.
        if (!found.has(candidate)) found.set(candidate, exact ? PREFIX / 2 : PREFIX);
      }
    }
  }
  // A word the vocabulary knows as a reader's word, or as half of a compound, is not a typo: "tweaks" is not "weak".
  if (found.size === 0 && !q.also?.size && q.word.length >= MIN_ONE_EDIT_LENGTH && !/[\d ]/.test(q.word)) {
    const t = q.term;
    // One edit in a long word leaves little doubt about the word meant: "hallucinaton" counts nearly as "hallucination".
    for (const term of oneEditTerms(index, q.word)) found.set(term, 1 - 2 / q.word.length);
    if (found.size === 0 && q.word.length >= MIN_FUZZY_LENGTH) for (const hit of closestSpellings(index, t)) found.set(hit.term, FUZZY * (1 - hit.distance / (t.length + 1)));
    if (found.size === 0 && q.prefix) for (const term of fuzzyPrefix(index, q.word)) found.set(term, FUZZY * PREFIX);
    if (found.size === 0) for (const term of fuzzyOpening(index, q.word)) found.set(term, FUZZY * PREFIX);
    preferCommonSpellings(index, found);
  }
  for (const [term, quality] of q.also ?? []) if (index.known.has(term) && (found.get(term) ?? 0) < quality) found.set(term, quality);
  return found;
}
