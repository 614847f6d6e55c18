/**
 * "Open in ChatGPT" / "Open in Claude" for a tool's result: the prompt carries the decision record (made when the
 * reader reaches the links, so its code still loads only on use) and the link that reproduces the result.
 * Before the record is ready the href carries the link alone; a plain click then waits for the record. Rendered
 * only once hydrated (it needs the URL).
 */
import { useState } from 'preact/hooks';
import { assistantLinks, recordPrompt } from '../lib/agent/assistant-links.ts';

interface Props {
  /** The address that reproduces the result (the tool keeps its state in it). */
  link: string;
  /** The decision record as Markdown. */
  makeRecord: () => Promise<string>;
  label: string;
}

export function AssistantLinks({ link, makeRecord, label }: Props) {
  const [record, setRecord] = useState<{ link: string; text: string } | null>(null);
  const load = () => {
    if (record?.link === link) return;
    makeRecord()
      .then((text) => setRecord({ link, text }))
      .catch(() => undefined);
  };
  const ready = record?.link === link;
  const prompt = recordPrompt(ready ? record.text : '', link);
  // A tap reaches the links and follows one at once, before the record is made: make it, then follow.
  // A click that opens a new tab or window keeps the browser's own handling.
  const follow = (event: MouseEvent, id: string) => {
    if (ready || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const fallback = (event.currentTarget as HTMLAnchorElement).href;
    makeRecord()
      .then((text) => {
        setRecord({ link, text });
        window.location.assign(assistantLinks(recordPrompt(text, link)).find((l) => l.id === id)?.href ?? fallback);
      })
      .catch(() => window.location.assign(fallback));
  };
  return (
    <div class="assistant-links no-print" onFocusIn={load} onPointerEnter={load}>
      <span>{label}</span>
      <ul>
        {assistantLinks(prompt).map((l) => (
          <li key={l.id}>
            <a href={l.href} data-assistant={l.id} onClick={(e) => follow(e, l.id)}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
