/** How the research index spells text: lower-case words without diacritics or punctuation. */

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
