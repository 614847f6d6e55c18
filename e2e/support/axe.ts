/**
 * axe (WCAG 2.2 AA) run inside a page for the every-page walk, at a fraction of AxeBuilder's cost per page:
 * - axe is injected once per page load, not once per run: AxeBuilder.analyze() re-evaluates the whole axe
 *   source (about 0.2 s on this machine) on every call, and the walk runs axe twice per page;
 * - it runs in the page itself, as AxeBuilder's legacy mode does, so no blank page is opened and no partial
 *   results are sent through Node to be merged there (the site has no frames; the walk checks that);
 * - only violations are gathered (resultTypes): axe still runs every rule on every node, but skips building
 *   selectors and snippets for the passing and inapplicable ones, which the walk never reads.
 * It is the axe-core that @axe-core/playwright itself loads, so the rules are the same version as the other specs'.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Result, RunOptions } from 'axe-core';

const fromAxeBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = (fromAxeBuilder('axe-core') as { source: string }).source;

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Loads axe into the page as it is now; call again after the page navigates. */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
}

/** The violations of the rules runOnly names (by tag or by rule id), over the whole document. */
export async function axeViolations(page: Page, runOnly: RunOptions['runOnly']): Promise<Result[]> {
  const options: RunOptions = { runOnly, resultTypes: ['violations'] };
  return page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    return (await axe.run(document, opts)).violations;
  }, options);
}

/** One line per violated rule: its id, how many nodes, and the first three of them. */
export function summarize(violations: Result[]): string[] {
  return violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
