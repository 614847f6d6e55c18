import { describe, expect, it } from 'vitest';
import { citedIdsInOrder, citeOccurrences, splitCiteIds } from './cite.ts';

const body = `Intro <Cite id="a-2020" />.

## First section

Text <Cite id="b-2021, a-2020" /> and <Cite id='c-2022'/>.

\`\`\`mdx
<Cite id="in-code" />
\`\`\`

### Sub *part*

More <Cite id={"d-2023"} />.
`;

describe('cite parsing', () => {
  it('splits several ids', () => {
    expect(splitCiteIds(' a, b  c ')).toEqual(['a', 'b', 'c']);
  });
  it('lists ids in order of first appearance, once each, ignoring code blocks', () => {
    expect(citedIdsInOrder(body)).toEqual(['a-2020', 'b-2021', 'c-2022', 'd-2023']);
    // A block showing a fenced example: the inner fence does not end it, so the marker inside is not cited.
    expect(citedIdsInOrder('````md\n```\n<Cite id="shown" />\n```\n````\n<Cite id="cited" />')).toEqual(['cited']);
  });
  it('records the section of each occurrence with its anchor', () => {
    const found = citeOccurrences(body);
    expect(found[0]).toEqual({ id: 'a-2020' });
    expect(found[1]).toEqual({ id: 'b-2021', heading: { text: 'First section', slug: 'first-section' } });
    expect(found.at(-1)).toEqual({ id: 'd-2023', heading: { text: 'Sub part', slug: 'sub-part' } });
  });
});
