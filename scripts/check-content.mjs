#!/usr/bin/env node
// Fast content check without a full build: validates every content file against the same zod schemas the
// build uses, compiles every MDX body, and runs the same cross-file integrity check as the build.
// Usage: npm run check:content [-- [--root DIR] files...]   (DIR defaults to the project; it holds content/)
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import yaml from 'js-yaml';
import { COLLECTIONS, CONTENT_DIR } from '../src/lib/content/collections.ts';
import { findIntegrityProblems, integrityInput } from '../src/lib/content/integrity.ts';
import { buildDate, isoDay } from '../src/lib/content/build-day.ts';
import { PRICE_FAIL_DAYS, PRICE_WARN_DAYS, stalePrices } from '../src/lib/models/model-data.ts';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = rootFlag >= 0 ? resolve(args.splice(rootFlag, 2)[1]) : new URL('..', import.meta.url).pathname;
const collections = Object.entries(COLLECTIONS).map(([name, { dir, format, schema }]) => ({ name, dir: `${CONTENT_DIR}/${dir}`, schema, mdx: format === 'mdx' }));
const only = args.map((f) => relative(root, join(process.cwd(), f)));
const valid = {};
let failures = 0;
let checked = 0;
for (const { name: collection, dir, schema, mdx } of collections) {
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
    let bodyLine = 1;
    try {
      if (mdx) {
        const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
        if (!match) throw new Error('no frontmatter block (--- ... ---) at the top');
        data = yaml.load(match[1]);
        body = match[2];
        bodyLine = text.slice(0, text.length - body.length).split('\n').length;
      } else {
        data = yaml.load(text);
      }
    } catch (error) {
      failures++;
      console.error(`✗ ${file}: cannot parse: ${error.message}`);
      continue;
    }
    const result = schema.safeParse(data);
    if (result.success) (valid[collection] ??= []).push({ id: name.replace(/\.(mdx|ya?ml)$/, ''), file, data: result.data, body, bodyLine });
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
    const set = Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, valid[name] ?? []]));
  let citationFiles = [];
  try {
    citationFiles = readdirSync(join(root, 'content/citations')).filter((f) => /\.ya?ml$/.test(f));
  } catch {}
  const today = buildDate();
  const problems = findIntegrityProblems(integrityInput(set, citationFiles, today));
  for (const problem of problems) console.error(`✗ ${problem}`);
  failures += problems.length;
  const ageing = stalePrices(set.models, set.gpus, today, PRICE_WARN_DAYS, set.routes).filter((p) => p.days <= PRICE_FAIL_DAYS);
  if (ageing.length > 0) {
    console.warn(`Prices older than ${PRICE_WARN_DAYS} days on ${isoDay(today)} (they fail after ${PRICE_FAIL_DAYS}): re-read them on their sources.`);
    for (const p of ageing) console.warn(`  ${p.file}: ${p.field} ${isoDay(p.asOf)} (${p.days} days)`);
  } else if (set.models.length + set.gpus.length > 0) {
    console.log(`No price is older than ${PRICE_WARN_DAYS} days on ${isoDay(today)}.`);
  }
}
console.log(`${checked} content files checked, ${failures} problem(s)`);
process.exit(failures ? 1 : 0);
