/**
 * Which capitals in a title must survive a style that changes case, and the sentence-case form APA asks for.
 * Titles are stored as published; BibTeX protects the words found here with braces, CSL-JSON carries the
 * sentence-case form (CSL processors turn it into title case for styles that want that, not the reverse).
 */

/** Proper nouns that appear capitalised in the index's titles and must stay so in sentence case. */
const PROPER_NOUNS = new Set([
  'Claude', 'Gemini', 'Alpaca', 'Llama', 'Mistral', 'Atlas', 'Stanford', 'English', 'Python', 'Transformer',
  'Transformers', 'Bayesian', 'Vertex', 'Firebase', 'Outlines', 'Evals', 'Zenodo', 'GitHub', 'Wikipedia', 'Chinchilla',
]);

/**
 * Words that title case itself often leaves in lower case (articles, conjunctions, short prepositions, and the
 * "are", "not", "than", "using" many authors lower): in a title they say nothing about whether it is in sentence case.
 */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'via', 'vs',
  'as', 'into', 'onto', 'than', 'per', 'up', 'so', 'yet', 'off', 'out', 'is', 'are', 'be', 'not', 'using',
]);

/** A word without the punctuation around it: "(Workers" → "Workers", "Cohere's" → "Cohere's". */
const core = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** A word as a name is written: "Cohere's" → "Cohere". */
const bareName = (word: string) => core(word).replace(/['’]s$/, '');

/**
 * A word that carries capitals of its own: an acronym, a mixed-case name (LoRA, GPT-4o, vLLM), a lone capital or
 * one opening a compound (G-Eval), a word with a digit, a proper noun from the site's list.
 */
export function mustKeepCapitals(word: string): boolean {
  const bare = core(word);
  if (!/\p{Lu}/u.test(bare)) return false;
  if (/^\p{Lu}(?:-|$)/u.test(bare)) return true;
  if (/.\p{Lu}/u.test(bare.replace(/-\p{Lu}/gu, '-x'))) return true;
  if (/\p{N}/u.test(bare)) return true;
  return bare.split('-').some((part) => PROPER_NOUNS.has(bareName(part)));
}

/** The positions of the words that spell `name` ("Chatbot Arena") wherever it stands in `words`, possessive or not. */
function nameAt(words: readonly string[], name: string): number[] {
  const parts = name.split(/\s+/);
  const found: number[] = [];
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((part, j) => bareName(words[i + j]!) === part)) found.push(...parts.map((_, j) => i + j));
  }
  return found;
}

/** Whether a title holds a name as whole words: "Chatbot Arena" in "Chatbot Arena: An Open Platform …". */
export function titleHasName(title: string, name: string): boolean {
  return nameAt(title.trim().split(/\s+/), name).length > 0;
}

/** A word after which a new sentence starts in a title: it ends in ":", "?", "!" or "." but is no "vs." or "A.". */
const endsSentence = (word: string) => /[:?!.]$/.test(word) && !/^(?:\p{Lu}|vs|e\.g|i\.e|et al)\.$/iu.test(word);

export interface TitleWord {
  word: string;
  /** The whitespace that follows the word. */
  space: string;
  /** The word opens the title or a sentence in it (after a colon, question or exclamation mark). */
  first: boolean;
  /** The word's capitals stay in any case. */
  keep: boolean;
}

/**
 * The words of a title and which of them keep their capitals. Beyond the words that carry capitals of their own
 * (`mustKeepCapitals`), a sentence of the title written in sentence case shows its names: there, a capitalised word
 * after the first is a name ("Customize a model with fine-tuning in Amazon Bedrock"). A sentence counts as
 * sentence case when its lower-case words are at least as many as its capitalised ones, minor words and words
 * with capitals of their own aside; title case ("Retrieval meets Long Context Large Language Models") shows
 * nothing, and its names come from `names`: each a word or several in a row ("Chatbot Arena"), kept wherever
 * the title has them.
 */
export function titleWords(title: string, names: readonly string[] = []): TitleWord[] {
  const tokens = title.trim().split(/(\s+)/);
  const words: TitleWord[] = [];
  let first = true;
  for (let i = 0; i < tokens.length; i += 2) {
    const word = tokens[i]!;
    words.push({ word, space: tokens[i + 1] ?? '', first, keep: mustKeepCapitals(word) });
    first = endsSentence(word);
  }
  for (const name of names) for (const i of nameAt(words.map((w) => w.word), name)) words[i]!.keep = true;
  let start = 0;
  for (let end = 1; end <= words.length; end++) {
    if (end < words.length && !words[end]!.first) continue;
    const rest = words.slice(start + 1, end).filter((w) => !w.keep && !MINOR_WORDS.has(core(w.word).toLowerCase()));
    // Only plain words are evidence: "llama.cpp" is lower case by name, not by the title's style.
    const lower = rest.filter((w) => /^\p{Ll}[\p{L}'’-]*$/u.test(core(w.word))).length;
    const capitalised = rest.filter((w) => /^\p{Lu}/u.test(core(w.word)));
    if (lower > 0 && lower >= capitalised.length) {
      // "Instruction-following" is title case's way with a compound, not a name.
      for (const w of capitalised) if (!/-\p{Ll}/u.test(w.word)) w.keep = true;
    }
    start = end;
  }
  return words;
}

/**
 * Sentence case: the first word of the title and of each sentence in it keeps its capital, words that must keep
 * capitals keep them, everything else is lowered ("Low-Rank Adaptation" → "low-rank adaptation").
 */
export function toSentenceCase(title: string, names: readonly string[] = []): string {
  return titleWords(title, names)
    .map(({ word, space, first, keep }) => {
      if (keep) return word + space;
      const cased = word
        .split('-')
        .map((part, i) => (first && i === 0 ? part : part.toLowerCase()))
        .join('-');
      return cased + space;
    })
    .join('');
}
