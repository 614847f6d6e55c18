import { describe, expect, it } from 'vitest';
import { findJoinedLinks } from './link-joins.ts';

describe('findJoinedLinks', () => {
  it('finds words glued to a link on either side', () => {
    expect(findJoinedLinks('<p>Read more:<a href="/g/">Fine-tuning</a>.</p>')).toEqual(['more:|Fine-tuning']);
    expect(findJoinedLinks('<p>the <a href="/c/">claim checks</a>page: 5</p>')).toEqual(['claim checks|page:']);
    expect(findJoinedLinks('<p>see<a href="/x/">this</a></p>')).toEqual(['see|this']);
  });
  it('accepts spaces, punctuation that needs none, and links at the edge of an element', () => {
    const fine = [
      '<p>Read more: <a href="/g/">Fine-tuning</a>, <a href="/p/">Prompting</a>.</p>',
      '<li><a href="/">Home</a></li>',
      '<p>(<a href="/x/">x</a>) and "<a href="/y/">y</a>"</p>',
      '<p><a href="/x/">x</a>: y</p>',
      '<script>let a = "x<a>y</a>z";</script><code>a<a>b</a>c</code>',
    ];
    for (const html of fine) expect(findJoinedLinks(html), html).toEqual([]);
  });
});
