/**
 * "Open in ChatGPT" / "Open in Claude" for a tool's result: the prompt carries the decision record (made when the
 * reader reaches the links, so its code still loads only on use) and the link that reproduces the result.
 * Before the record is ready the prompt carries the link alone. Rendered only once hydrated (it needs the URL).
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
  const prompt = recordPrompt(record?.link === link ? record.text : '', link);
  return (
    <div class="assistant-links no-print" onFocusIn={load} onPointerEnter={load}>
      <span>{label}</span>
      <ul>
        {assistantLinks(prompt).map((l) => (
          <li key={l.id}>
            <a href={l.href} data-assistant={l.id}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
