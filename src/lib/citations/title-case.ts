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

/** A word that carries capitals of its own: an acronym, a mixed-case name (LoRA, GPT-4o, vLLM), a lone capital, a proper noun. */
export function mustKeepCapitals(word: string): boolean {
  const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!/\p{Lu}/u.test(core)) return false;
  if (/^\p{Lu}$/u.test(core)) return true;
  if (/.\p{Lu}/u.test(core.replace(/-\p{Lu}/gu, '-x'))) return true;
  if (/\p{N}/u.test(core)) return true;
  return core.split('-').some((part) => PROPER_NOUNS.has(part.replace(/'s$/, '')));
}

/**
 * Sentence case: first word and the first word after a colon, question or exclamation mark keep their capital,
 * words that must keep capitals keep them, everything else is lowered ("Low-Rank Adaptation" → "low-rank adaptation").
 */
export function toSentenceCase(title: string): string {
  let startOfSentence = true;
  return title
    .split(/(\s+)/)
    .map((token) => {
      if (/^\s+$/.test(token) || token === '') return token;
      const first = startOfSentence;
      startOfSentence = /[:?!.]$/.test(token) && !/^\p{Lu}\.$/u.test(token);
      if (mustKeepCapitals(token)) return token;
      return token
        .split('-')
        .map((part, i) => ((first && i === 0) || PROPER_NOUNS.has(part.replace(/^\W+|\W+$/g, '')) ? part : part.toLowerCase()))
        .join('-');
    })
    .join('');
}
