import { describe, expect, it } from 'vitest';
import { pageCsp, sha256Source } from './page-csp.ts';

// Worked by hand with `printf 'x()' | openssl dgst -sha256 -binary | base64` and likewise for the others.
const X = "'sha256-D6IGS8VMvCoyaR/l0h9tERrBTATY01CoPS7l6xDv0kI='";
const RED = "'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='";
const THEME = "'sha256-Rfr3GgHZFiXm+TmNr+li+0sZ4J9FGllo8jsXcJF5XZ8='";
const UNUSED = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";

const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
const SITE_WIDE = `default-src 'self';object-src 'none'; script-src 'self' ${X} ${THEME} ${UNUSED}; style-src 'self' ${RED} ${UNUSED};`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1];

describe('sha256Source', () => {
  it('hashes a text as a CSP source', () => {
    expect(sha256Source('x()')).toBe(X);
    expect(sha256Source('a{color:red}')).toBe(RED);
  });
});

describe('pageCsp', () => {
  it('keeps the hashes of inline scripts and styles after the <meta>, and every other source', () => {
    const html = `<head><script>theme()</script>${meta(SITE_WIDE)}</head><body><style>a{color:red}</style><script>x()</script></body>`;
    const out = pageCsp(html);
    expect(policyOf(out)).toBe(`default-src 'self';object-src 'none'; script-src 'self' ${X}; style-src 'self' ${RED};`);
    expect(out.replace(policyOf(out)!, '')).toBe(html.replace(SITE_WIDE, ''));
  });

  it('drops every hash from a page whose only inline script stands before the <meta>', () => {
    const html = `<head><script>theme()</script>${meta(SITE_WIDE)}<script type="module" src="/_astro/a.js"></script></head>`;
    expect(policyOf(pageCsp(html))).toBe(`default-src 'self';object-src 'none'; script-src 'self'; style-src 'self';`);
  });

  it('needs no hash for a JSON-LD block, which is data, and keeps one for an inline module script', () => {
    const html = `${meta(SITE_WIDE)}<script type="application/ld+json">x()</script>`;
    expect(policyOf(pageCsp(html))).toContain("script-src 'self';");
    expect(policyOf(pageCsp(`${meta(SITE_WIDE)}<script type="module">x()</script>`))).toContain(`script-src 'self' ${X};`);
  });

  it('never adds a hash the policy did not list', () => {
    const html = `${meta("script-src 'self'")}<script>x()</script>`;
    expect(pageCsp(html)).toBe(html);
  });

  it('leaves a page without a policy as it is', () => {
    expect(pageCsp('<p>x</p><script>x()</script>')).toBe('<p>x</p><script>x()</script>');
  });
});
