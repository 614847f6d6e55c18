#!/usr/bin/env node
// Fast content check without a full build: validates every content file against the same zod schemas the
// build uses, compiles every MDX body, and runs the same cross-file integrity check as the build.
// Usage: npm run check:content [-- [--root DIR] files...]   (DIR defaults to the project; it holds content/)
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import yaml from 'js-yaml';
import {
  citationSchema,
  claimCheckSchema,
  faqSchema,
  glossarySchema,
  guideSchema,
  questionSchema,
  scenarioSchema,
  slug,
} from '../src/lib/schemas.ts';
import { findIntegrityProblems, integrityInput } from '../src/lib/integrity.ts';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = rootFlag >= 0 ? resolve(args.splice(rootFlag, 2)[1]) : new URL('..', import.meta.url).pathname;
const collections = [
  { dir: 'content/guides', schema: guideSchema, mdx: true },
  { dir: 'content/scenarios', schema: scenarioSchema(slug), mdx: true },
  { dir: 'content/faq', schema: faqSchema(slug), mdx: true },
  { dir: 'content/glossary', schema: glossarySchema },
  { dir: 'content/citations', schema: citationSchema },
  { dir: 'content/claim-checks', schema: claimCheckSchema },
  { dir: 'content/questions', schema: questionSchema },
];
const only = args.map((f) => relative(root, join(process.cwd(), f)));
const valid = {};
let failures = 0;
let checked = 0;
for (const { dir, schema, mdx } of collections) {
  let files = [];
  try {
    files = readdirSync(join(root, dir)).filter((f) => /\.(mdx|ya?ml)$/.test(f));
  } catch {
    continue;
  }
  for (const name of files) {
    const file = join(dir, name);
    if (only.length && !only.includes(file)) continue;
    checked++;
    const text = readFileSync(join(root, file), 'utf8');
    let data;
    let body = '';
    try {
      if (mdx) {
        const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
        if (!match) throw new Error('no frontmatter block (--- ... ---) at the top');
        data = yaml.load(match[1]);
        body = match[2];
      } else {
        data = yaml.load(text);
      }
    } catch (error) {
      failures++;
      console.error(`✗ ${file}: cannot parse: ${error.message}`);
      continue;
    }
    const result = schema.safeParse(data);
    if (result.success) (valid[dir] ??= []).push({ id: name.replace(/\.(mdx|ya?ml)$/, ''), file, data: result.data, body });
    if (!result.success) {
      failures++;
      for (const issue of result.error.issues) console.error(`✗ ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    if (mdx) {
      try {
        await compile(body);
      } catch (error) {
        failures++;
        console.error(`✗ ${file}: MDX error at line ${error.line ?? '?'}: ${error.reason ?? error.message}`);
      }
    }
  }
}
if (only.length === 0) {
    const set = Object.fromEntries(
    Object.entries({ guides: 'content/guides', scenarios: 'content/scenarios', faq: 'content/faq', glossary: 'content/glossary', citations: 'content/citations', claimChecks: 'content/claim-checks', questions: 'content/questions' }).map(
      ([key, dir]) => [key, valid[dir] ?? []],
    ),
  );
  let citationFiles = [];
  try {
    citationFiles = readdirSync(join(root, 'content/citations')).filter((f) => /\.ya?ml$/.test(f));
  } catch {}
  const problems = findIntegrityProblems(integrityInput(set, citationFiles));
  for (const problem of problems) console.error(`✗ ${problem}`);
  failures += problems.length;
}
console.log(`${checked} content files checked, ${failures} problem(s)`);
process.exit(failures ? 1 : 0);
