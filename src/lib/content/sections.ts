/**
 * A Sätteri hast plugin that wraps what follows each top-level `##` heading, up to the next one, in
 * `<div class="doc-section">`. The wrappers give long pages units the browser can skip rendering while they
 * are off screen (`content-visibility: auto` in src/styles/components.css). Headings stay outside, so they
 * are always rendered: the on-page contents can find them and links to them land without waiting. Content
 * before the first `##` stays where it is, and so do MDX `import`/`export` statements.
 */

interface HastLike {
  type: string;
  tagName?: string;
  children?: HastLike[];
}

interface Ctx {
  replaceNode(node: unknown, replacement: unknown): void;
}

const isH2 = (node: HastLike) => node.type === 'element' && node.tagName === 'h2';
const isBlank = (node: HastLike) => node.type === 'text' && !(node as { value?: string }).value?.trim();

/** The top-level nodes with what follows each `h2` wrapped, leaving out wrappers that would hold nothing. */
export function sectionize<T extends HastLike>(children: readonly T[]): (T | HastLike)[] {
  const out: (T | HastLike)[] = [];
  const sections = new Set<HastLike>();
  let section: HastLike | null = null;
  for (const node of children) {
    if (isH2(node)) {
      out.push(node);
      section = { type: 'element', tagName: 'div', properties: { className: ['doc-section'] }, children: [] } as HastLike;
      sections.add(section);
      out.push(section);
    } else if (section && node.type !== 'mdxjsEsm') section.children!.push(node);
    else out.push(node);
  }
  return out.filter((node) => !sections.has(node) || !node.children!.every(isBlank));
}

/** The Sätteri hast plugin. */
export function sectionsPlugin() {
  return {
    name: 'sections',
    after(root: HastLike, ctx: Ctx) {
      if (!root.children?.some(isH2)) return;
      ctx.replaceNode(root, { ...root, children: sectionize(root.children) });
    },
  };
}
