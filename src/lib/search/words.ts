/**
 * How the search spells text: lower-case words without diacritics or punctuation, common English words set
 * aside, and each word cut to its stem so "examples" finds "example" and "forgetting" finds "forget".
 */

/** The words of a text, as the index and queries are cut into them. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** One word of a text as the index spells it; plain ASCII words skip Unicode normalization. */
export function indexWord(word: string): string {
  const lower = word.toLowerCase();
  return /^[a-z0-9]+$/.test(lower) ? lower : words(word).join('');
}

/**
 * Words that say nothing about what a reader looks for: "how many examples do I need" is a question about
 * examples and needing them. Negations and quantities that change the meaning (no, not, more, less) stay;
 * the filler of a typed question ("whether", "still", "actually", the "much" of "how much") goes, and so does
 * the "vs" of a comparison, a joint like "and", the "sense" of "does it make sense to", the "inside" of "examples inside the prompt"; "many" stays, as headings say "How many examples".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again am an and any are as at be been before being below between both but by can ' +
    'could did do does doing down during each for from further had has have having he her here hers him his how ' +
    'i if in into is it its itself just let me my myself of off on once only or other our ours out over own ' +
    'same she should so some such than that the their theirs them then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours s t don doesn isn aren get got gets getting go goes going want wants really also use used ' +
    'using make makes made whether still ever actually anyone someone something anything everything maybe ' +
    'please much vs versus sense inside within'
  ).split(' '),
);

const VOWEL = /[aeiou]/;

/** Consonant–vowel sequences in a word (Porter's m): "tree" 0, "trouble" 1, "troubles" 2. */
function measure(word: string): number {
  const shape = word.replace(/[^aeiouy]/g, 'c').replace(/[aeiou]|(?<=c)y/g, 'v').replace(/^y/, 'c');
  return (shape.replace(/c+/g, 'C').replace(/v+/g, 'V').match(/VC/g) ?? []).length;
}

/** Ends consonant–vowel–consonant, the last not w, x or y: "hop", "tun" (Porter's *o). */
const endsCvc = (word: string) => /[^aeiou][aeiouy][^aeiouwxy]$/.test(word) && word.length >= 3;

/** Stems already worked out: the same words come back in every query, snippet and highlight. */
const STEMS = new Map<string, string>();
/** Enough for every word of a large index; past it, words are stemmed afresh each time. */
const MAX_REMEMBERED_STEMS = 200_000;

/**
 * A light English stemmer: Porter's first step (plurals, -ed, -ing), plus -ies/-ied to -y and a few
 * derivational endings that readers mix up in queries (-ly, -ness, -ation → -ate/-e). Short words, numbers
 * and words with digits are left alone; the stem is only a key for matching, never shown.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let out = STEMS.get(word);
  if (out === undefined) {
    out = stemWord(word);
    if (STEMS.size < MAX_REMEMBERED_STEMS) STEMS.set(word, out);
  }
  return out;
}

/** British spellings the site and its sources mix with American ones, as the American: "licence", "labelled", "optimise". */
function americanSpelling(word: string): string {
  return word
    .replace(/^(lic|def|off|pret)ence/, '$1ense')
    .replace(/(?<=^.{2,}(?:al|im|ar|an|en|gn|ic))is(?=(?:e|ed|es|ing|er|ers|ation|ations)$)/, 'iz')
    .replace(/(?<=.(?:i|av|ol|b|on|um))our/, 'or');
}

/** Nouns in -ance or -ence that are not the quality of the adjective in -ant or -ent beside them. */
const NOT_QUALITIES = new Set(['variance', 'variances', 'instance', 'instances']);

export function stemWord(word: string): string {
  if (/\d/.test(word)) return word;
  let w = americanSpelling(word);
  // Plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/[^aeiou]ies$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // -ed, -ing: only when what is left has a vowel ("bed", "sing" stay).
  if (/[^aeiou]ied$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else {
    const cut = /(?:ed|ing)$/.exec(w);
    const rest = cut ? w.slice(0, cut.index) : '';
    if (cut && VOWEL.test(rest.replace(/^y/, '')) && rest.length >= 2) {
      w = rest;
      if (/(?:at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
      // The British double l: "labelled", "modelling" as "labeled", "modeling".
      else if (w.length > 5 && /[^aeiou]ell$/.test(w)) w = w.slice(0, -1);
      else if (measure(w) === 1 && endsCvc(w)) w += 'e';
    }
  }
  // Derivations readers use interchangeably with the base word.
  if (w.length > 8 && w.endsWith('ness')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('ly') && !w.endsWith('ply')) w = w.slice(0, -2);
  // The noun of a verb as the verb: "retrieval" and "retrieve", "refusal" and "refuse", "quantization" and
  // "quantize", "documentation" and "document", "distillation" and "distill", "citation" and "cite",
  // "imitation" and "imitate"; other nouns
  // in -ation as the verb in -ate. Other nouns in -al stay: "final" is not "fine".
  if (w.length > 6 && /[sv]al$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 7 && /iz(?:ation|er)$/.test(w)) w = w.replace(/(?:ation|er)$/, 'e');
  else if (w.length > 10 && w.endsWith('mentation')) w = w.slice(0, -5);
  else if (w.length > 9 && /[ai]llation$/.test(w)) w = w.slice(0, -5);
  else if (w.length > 6 && /it(?:ation|ate)$/.test(w)) w = w.replace(/(?:ation|ate)$/, 'e');
  else if (w.length > 7 && w.endsWith('ation')) w = `${w.slice(0, -5)}ate`;
  // A final e goes as Porter's step 5 drops it ("generate", "generated" and "generation" meet at "generat"), but
  // not after one consonant-vowel-consonant syllable: "tune", "tuning" and "tuned" meet at "tune" (the -ing rule
  // gives its e back), and "plane" stays apart from "plan", "rate" from "rat", "note" from "not".
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) {
    const rest = w.slice(0, -1);
    const m = measure(rest);
    if (m > 1 || (m === 1 && !endsCvc(rest))) w = rest;
  }
  // The noun of a quality as its adjective: "significance" and "significant", "confidence" and "confident".
  // Nouns in -ancy and -ency stay ("latency"): rewritten, their typos ("latnecy") would be too far to find.
  if (w.length > 6 && /[ae]nc$/.test(w) && !NOT_QUALITIES.has(word)) w = `${w.slice(0, -1)}t`;
  return w;
}

/** The index terms of a text: its words without stop words, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOP_WORDS.has(w)) out.push(stem(w));
  return out;
}

/**
 * Everyday words a reader's question carries without saying what it is about ("where do the prices on this site come
 * from", "how long does a job take"). Unlike stop words they still match, but a page without them loses little: in the
 * site's formal text they are rare, so by their rarity alone they would count as the question's key words.
 * Kept as terms, stemmed as the index stems them.
 */
export const WEAK_TERMS: ReadonlySet<string> = new Set(
  'come take give put keep say tell look find thing way lot good idea site know think happen help able kind sort stuff start stop try'
    .split(' ')
    .map(stem),
);

