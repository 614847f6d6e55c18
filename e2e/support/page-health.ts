/** Collects console errors and CSP violations while a page is used. */
import type { Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
}

export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) problems.cspViolations.push(text);
    else problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  return problems;
}

/** Installs a listener that records CSP violation events in the page itself. */
export async function recordCspEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}

export async function cspEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}
