/** Text with matched parts wrapped in <mark>: built as elements, never as HTML strings. */
import type { TextPart } from '../lib/search/highlight.ts';

export function Highlighted({ parts }: { parts: readonly TextPart[] }) {
  return <>{parts.map((part) => (part.match ? <mark>{part.text}</mark> : part.text))}</>;
}
