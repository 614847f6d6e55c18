/**
 * A small corpus the search engine's tests in src/lib/search/ share: seven documents with a title and a
 * body, indexed with the title weighing three times the body.
 */
import { loadIndex } from './engine.ts';
import { buildIndex } from './index-build.ts';

export const DOCS = [
  { title: 'Fine-tuning in depth', body: 'When tuning a model pays off, and when it does not.' },
  { title: 'Forgetting what it knew', body: 'A tuned model can forget general skills: catastrophic forgetting.' },
  { title: 'How many examples do I need?', body: 'Vendors suggest starting with 50 to 100 examples.' },
  { title: 'Prompt caching', body: 'Cached input tokens cost half. The prompt prefix must repeat exactly.' },
  { title: 'Retrieval', body: 'Retrieval augmented generation fetches documents at request time.' },
  { title: 'Metrics', body: 'Macro F1 counts every class the same, which suits imbalanced classes.' },
  { title: 'Caching examples', body: 'Few examples; caching is about prompts that repeat word for word.' },
];
export const serialized = buildIndex(
  DOCS.map((d) => [d.title, d.body]),
  [3, 1],
);
export const index = loadIndex(JSON.parse(JSON.stringify(serialized)));
