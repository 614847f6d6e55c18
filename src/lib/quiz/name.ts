/** Names as the quiz stores and shares them (a taker's name, a team quiz's label). */

export const NAME_MAX = 60;

/** Control and direction characters removed, spaces collapsed, at most NAME_MAX characters. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, NAME_MAX);
}
