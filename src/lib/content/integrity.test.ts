import { describe, expect, it } from 'vitest';
import { ContentIntegrityError, findIntegrityProblems } from './integrity.ts';

const citations = [
  { id: 'hu-2021-lora', file: 'content/citations/hu-2021-lora.yaml', url: 'https://arxiv.org/abs/2106.09685', arxiv: '2106.09685' },
  { id: 'lewis-2020-rag', file: 'content/citations/lewis-2020-rag.yaml', url: 'https://arxiv.org/abs/2005.11401' },
];

describe('content integrity', () => {
  it('passes consistent content', () => {
    expect(
      findIntegrityProblems({
        citations,
        guideIds: ['overview'],
        documents: [{ file: 'content/guides/overview.mdx', body: 'x <Cite id="hu-2021-lora" />', guideFields: [{ field: 'guides', ids: ['overview'] }] }],
      }),
    ).toEqual([]);
  });
  it('names the page and the id of an unknown citation', () => {
    expect(findIntegrityProblems({ citations, guideIds: [], documents: [{ file: 'content/guides/x.mdx', body: '<Cite id="nope-2020" />' }] })).toEqual([
      'content/guides/x.mdx: <Cite id="nope-2020"/> names no source in content/citations/',
    ]);
  });
  it('names the field of an unknown id in frontmatter', () => {
    expect(
      findIntegrityProblems({ citations, guideIds: [], documents: [{ file: 'content/scenarios/s.mdx', citationFields: [{ field: 'quiz.cite', ids: ['hu-2021-lora', 'ghost'] }] }] }),
    ).toEqual(['content/scenarios/s.mdx: quiz.cite[1] names unknown citation id "ghost"']);
  });
  it('catches a scenario that references a missing guide', () => {
    expect(
      findIntegrityProblems({ citations, guideIds: ['overview'], documents: [{ file: 'content/scenarios/s.mdx', guideFields: [{ field: 'guides', ids: ['missing'] }] }] }),
    ).toEqual(['content/scenarios/s.mdx: guides[0] names unknown guide "missing"']);
  });
  it('catches a scenario whose quiz names no question of the bank', () => {
    const doc = (id: string) => ({ file: 'content/scenarios/s.mdx', questionFields: [{ field: 'quiz', ids: [id] }] });
    expect(findIntegrityProblems({ citations, guideIds: [], questionIds: ['batch-for-overnight'], documents: [doc('batch-for-overnight')] })).toEqual([]);
    expect(findIntegrityProblems({ citations, guideIds: [], questionIds: ['batch-for-overnight'], documents: [doc('batch-overnight')] })).toEqual([
      'content/scenarios/s.mdx: quiz names no question in content/questions/ ("batch-overnight")',
    ]);
  });
  it('catches the same source entered twice under two ids', () => {
    const twice = [...citations, { id: 'lora-again', file: 'content/citations/lora-again.yaml', url: 'https://www.arxiv.org/abs/2106.09685/' }];
    expect(findIntegrityProblems({ citations: twice, guideIds: [], documents: [] })).toEqual([
      'content/citations/lora-again.yaml: url "arxiv.org/abs/2106.09685" duplicates content/citations/hu-2021-lora.yaml (one file per source)',
    ]);
  });
  it('catches one id saved as .yaml and .yml', () => {
    expect(findIntegrityProblems({ citations, guideIds: [], documents: [], citationFiles: ['a.yaml', 'a.yml', 'b.yaml'] })).toEqual([
      'content/citations/: id "a" is defined twice (a.yaml, a.yml)',
    ]);
  });
  it('reports every problem at once', () => {
    expect(new ContentIntegrityError(['one', 'two']).message).toBe('Content check failed (2 problems):\n  - one\n  - two');
  });
});
