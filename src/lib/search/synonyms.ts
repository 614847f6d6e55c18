/**
 * Everyday words a reader uses where the site writes another with the same meaning here: "fewer made-up
 * answers" for "reduce hallucinations", "a big model" for "a large model", "chatbot" for "assistant". Each
 * word of a group also finds the others, at ALIAS (src/lib/search/expand.ts), so the site's own word still
 * ranks first. Only words that mean the same on every page of this site belong in a group; a term of art with
 * reader's words of its own is a glossary entry (its `searchAliases`).
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['reduce', 'fewer', 'less', 'lower', 'decrease', 'cut'],
  ['large', 'big', 'bigger', 'huge'],
  ['small', 'tiny', 'little'],
  ['error', 'mistake', 'wrong', 'incorrect'],
  ['assistant', 'chatbot', 'bot'],
  ['documents', 'docs'],
  ['company', 'organization', 'business', 'enterprise'],
  ['edit', 'tweak', 'adjust'],
  ['choose', 'pick', 'select'],
  ['enforce', 'force', 'constrain'],
  ['introduction', 'intro', 'primer'],
];

/** Each word of each group with the others as its reader's words, as the vocabulary's aliases take them. */
export function synonymEntries(groups: readonly (readonly string[])[] = SYNONYMS): { means: string; aliases: string[] }[] {
  return groups.flatMap((group) => group.map((word) => ({ means: word, aliases: group.filter((other) => other !== word) })));
}
