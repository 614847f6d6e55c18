/**
 * Broken content fails loudly: each fixture below breaks one rule, and the content check (the same zod
 * schemas and integrity rules as the build) must fail with a message naming the file and the field.
 * One fixture also goes through a real `astro build`, to prove the build itself refuses it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const citation = (over: Record<string, string> = {}) =>
  Object.entries({
    title: '"A real paper"',
    authors: '[Ada Lovelace]',
    year: '2023',
    venue: '"arXiv preprint"',
    venueType: 'preprint',
    arxiv: '"2301.00001"',
    type: 'paper',
    url: 'https://arxiv.org/abs/2301.00001',
    topics: '[prompting]',
    claims: '\n  - text: "It shows something useful."',
    ...over,
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

const guide = (body = 'Text <Cite id="lovelace-2023" />.') =>
  `---\ntitle: "A guide"\ndescription: "A description that is long enough to pass the schema."\norder: 1\nreviewed: 2026-01-01\n---\n\n## Section\n\n${body}\n`;

const scenario = ({ guides = '[a-guide]', quiz = 'q-one' }: { guides?: string; quiz?: string } = {}) => `---
title: "A scenario"
description: "A description that is long enough to pass the schema."
order: 1
reviewed: 2026-01-01
recommendation: prompt
verdict: "Prompt it and measure."
guides: ${guides}
origin: site
quiz: ${quiz}
---

Body.
`;

/**
 * The scenario's quiz, a bank question with one, none or two correct options. Its supporting phrase is not
 * matched against the page here: that is the build's job (src/data/onboarding.ts), not the content check's.
 */
const question = (correct: 'one' | 'none' | 'two' = 'one') => `order: 1
topic: decision
difficulty: basic
guide: a-guide
section: section
supports:
  - "the phrase the key rests on"
quiz:
  question: "What first?"
  options:
${['Measure', 'Tune', 'Wait', 'Guess'].map((text, i) => `    - text: "${text}"\n      correct: ${(i === 0 && correct !== 'none') || (i === 1 && correct === 'two')}\n      feedback: "${text} feedback."`).join('\n')}
  explanation: "Measure first."
  cite: [lovelace-2023]
`;

/** A minimal valid content tree, with `files` overriding or adding paths. */
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'top-content-'));
  made.push(root);
  const all: Record<string, string> = {
    'content/citations/lovelace-2023.yaml': citation(),
    'content/guides/a-guide.mdx': guide(),
    'content/scenarios/s.mdx': scenario(),
    'content/questions/q-one.yaml': question(),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function check(root: string, env: Record<string, string> = {}): { status: number; output: string } {
  const result = spawnSync(process.execPath, [join(project, 'scripts/check-content.mjs'), '--root', root], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

describe('the content check', () => {
  it('passes the valid fixture', () => {
    expect(check(fixture({}))).toEqual({ status: 0, output: '4 content files checked, 0 problem(s)\n' });
  });

  const cases: [string, Record<string, string>, RegExp][] = [
    ['an unknown citation id in a page', { 'content/guides/a-guide.mdx': guide('See <Cite id="ghost-2020" />.') }, /content\/guides\/a-guide\.mdx: <Cite id="ghost-2020"\/> names no source/],
    ['a duplicate source under two ids', { 'content/citations/copy-2023.yaml': citation() }, /content\/citations\/(copy|lovelace)-2023\.yaml: url "arxiv\.org\/abs\/2301\.00001" duplicates content\/citations\/(lovelace|copy)-2023\.yaml/],
    ['the same id twice', { 'content/citations/lovelace-2023.yml': citation({ url: 'https://example.org/other' }) }, /id "lovelace-2023" is defined twice/],
    ['a missing required field', { 'content/citations/lovelace-2023.yaml': citation().replace(/^title:.*\n/, '') }, /content\/citations\/lovelace-2023\.yaml: title: /],
    ['a non-https link', { 'content/citations/lovelace-2023.yaml': citation({ url: 'http://arxiv.org/abs/2301.00001' }) }, /lovelace-2023\.yaml: url: must be an absolute https:\/\/ URL/],
    ['a malformed link', { 'content/citations/lovelace-2023.yaml': citation({ url: 'https//arxiv' }) }, /lovelace-2023\.yaml: url: must be an absolute https:\/\/ URL/],
    ['an unknown topic', { 'content/citations/lovelace-2023.yaml': citation({ topics: '[astrology]' }) }, /lovelace-2023\.yaml: topics\.0: /],
    ['a year out of range', { 'content/citations/lovelace-2023.yaml': citation({ year: '1850' }) }, /lovelace-2023\.yaml: year: year must be 1950 or later/],
    ['a quiz with no correct option', { 'content/questions/q-one.yaml': question('none') }, /content\/questions\/q-one\.yaml: quiz\.options: exactly one option must have "correct: true" \(found 0\)/],
    ['a quiz with two correct options', { 'content/questions/q-one.yaml': question('two') }, /content\/questions\/q-one\.yaml: quiz\.options: exactly one option must have "correct: true" \(found 2\)/],
    ['a bank question that quotes nothing of its section', { 'content/questions/q-one.yaml': question().replace(/^supports:\n.*\n/m, '') }, /content\/questions\/q-one\.yaml: supports: required: quote the words of the linked section that the correct answer rests on/],
    ['a scenario whose quiz names no bank question', { 'content/scenarios/s.mdx': scenario({ quiz: 'q-two' }) }, /content\/scenarios\/s\.mdx: quiz names no question in content\/questions\/ \("q-two"\)/],
    ['a guide with no review day', { 'content/guides/a-guide.mdx': guide().replace('reviewed: 2026-01-01\n', '') }, /content\/guides\/a-guide\.mdx: reviewed: required: the day the page was last reviewed/],
    ['a scenario reviewed after the build day', { 'content/scenarios/s.mdx': scenario().replace('reviewed: 2026-01-01', 'reviewed: 2999-01-01') }, /content\/scenarios\/s\.mdx: reviewed: 2999-01-01 is after the build day/],
    ['a scenario that references a missing guide', { 'content/scenarios/s.mdx': scenario({ guides: '[no-such-guide]' }) }, /content\/scenarios\/s\.mdx: guides\[0\] names unknown guide "no-such-guide"/],
  ];
  for (const [name, files, message] of cases) {
    it(`fails on ${name}, naming file and field`, () => {
      const result = check(fixture(files));
      expect(result.status).toBe(1);
      expect(result.output).toMatch(message);
    });
  }
});

/** A model that shut down on 2026-06-01, priced on 2026-11-01, cited to the fixture's one source. */
const model = (over: { asOf?: string; source?: string; shutdown?: string; historical?: boolean } = {}) => `provider: Acme
family: Acme One
modelId: acme-one
name: Acme One
kind: hosted
prices:
  - where: Acme API
    input: 1
    output: 2
    asOf: ${over.asOf ?? '2026-11-01'}
${over.source === '' ? '' : `    source: ${over.source ?? 'lovelace-2023'}\n`}lifecycle:
  shutdown: ${over.shutdown ?? '2026-06-01'}
  source: lovelace-2023
historical: ${over.historical ?? false}
`;

describe('the model-data gates', () => {
  const onBuildDay = { TOP_BUILD_DATE: '2026-11-24' };
  const withModel = (files: Record<string, string>, over: Parameters<typeof model>[0] = {}) =>
    fixture({ 'content/models/acme-one.yaml': model(over), ...files });

  it('refuses a page that names a shut-down model in plain text, naming file, line and model', () => {
    const result = check(withModel({ 'content/guides/a-guide.mdx': guide('Ship it on Acme One today.') }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/guides\/a-guide\.mdx:\d+: names Acme One \(content\/models\/acme-one\), shut down on 2026-06-01/);
  });

  it('refuses a component that names a shut-down model without marking it historical', () => {
    const result = check(withModel({ 'content/guides/a-guide.mdx': guide('It cost <Price model="acme-one" field="input" /> then.') }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/a-guide\.mdx:\d+: names Acme One/);
  });

  it('reports a shut-down model once per line, however many components on that line name it', () => {
    const line = 'It cost <Price model="acme-one" field="input" /> in and <Price model="acme-one" field="output" /> out, <Calc formula="i / o" i="acme-one.input" o="acme-one.output" format="percent" /> of it.';
    const result = check(withModel({ 'content/guides/a-guide.mdx': guide(line) }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output.match(/a-guide\.mdx:\d+: names Acme One/g)).toHaveLength(1);
    expect(result.output).toMatch(/ 1 problem\(s\)/);
  });

  it('lets a mention pass once it is marked historical', () => {
    const body = 'Back then <ModelName id="acme-one" historical /> cost <Price model="acme-one" field="input" historical />.\n\n<Historical>Acme One was cheap.</Historical>';
    expect(check(withModel({ 'content/guides/a-guide.mdx': guide(body) }), onBuildDay).status).toBe(0);
  });

  it('lets the same page pass before the shutdown day', () => {
    expect(check(withModel({ 'content/guides/a-guide.mdx': guide('Ship it on Acme One today.') }), { TOP_BUILD_DATE: '2026-05-31' }).status).toBe(0);
  });

  it('refuses a page that names a superseded model as current, naming the model that replaced it, and passes once the page names that one', () => {
    const newer = model({ shutdown: '2099-01-01' }).replace(/Acme One/g, 'Acme Two').replace('acme-one', 'acme-two').replace(/lifecycle:[\s\S]*?historical/, 'historical');
    const older = model({ shutdown: '2099-01-01' }).replace(/  shutdown: 2099-01-01\n/, '  supersededBy: acme-two\n');
    const files = (body: string) => fixture({ 'content/models/acme-one.yaml': older, 'content/models/acme-two.yaml': newer, 'content/guides/a-guide.mdx': guide(body) });
    const result = check(files('Cache it on <ModelName id="acme-one" /> at <Price model="acme-one" field="input" />.'), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/a-guide\.mdx:\d+: names Acme One \(content\/models\/acme-one\), superseded by Acme Two \(content\/models\/acme-two\); name Acme Two/);
    expect(check(files('Cache it on <ModelName id="acme-two" /> at <Price model="acme-two" field="input" />.'), onBuildDay).status).toBe(0);
  });

  it('refuses a per-million-token price typed into a page, naming file and line', () => {
    const result = check(fixture({ 'content/guides/a-guide.mdx': guide('Input costs $0.15 per million tokens <Cite id="lovelace-2023" />.') }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/guides\/a-guide\.mdx:10: \$0\.15 per million tokens is typed by hand/);
  });

  it('refuses a component naming a model that does not exist', () => {
    const result = check(fixture({ 'content/guides/a-guide.mdx': guide('<Price model="ghost-model" field="input" />') }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/a-guide\.mdx:\d+: <Price model="ghost-model" field="input" \/> names no model in content\/models\/ \("ghost-model"\)/);
  });

  it('lists a price older than 180 days and passes', () => {
    const result = check(withModel({}, { asOf: '2026-04-01', shutdown: '2027-06-01' }), onBuildDay);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/content\/models\/acme-one\.yaml: prices\[0\]\.asOf 2026-04-01 \(237 days\)/);
  });

  it('fails on a price older than 365 days, naming file and field', () => {
    const result = check(withModel({}, { asOf: '2025-10-01', shutdown: '2027-06-01' }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/models\/acme-one\.yaml: prices\[0\]\.asOf is 2025-10-01, 419 days before the build/);
  });

  it('exempts the prices of a model kept for the record', () => {
    expect(check(withModel({}, { asOf: '2024-07-18', historical: true }), onBuildDay).status).toBe(0);
  });

  it('fails on a price without a citation, naming the field', () => {
    const result = check(withModel({}, { source: '' }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/models\/acme-one\.yaml: prices\.0\.source: /);
  });

  it('fails on a price citing a source that does not exist', () => {
    const result = check(withModel({}, { source: 'nobody-2026-price-list' }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/models\/acme-one\.yaml: prices\[0\]\.source\[0\] names unknown citation id "nobody-2026-price-list"/);
  });

  it('fails on a price without an as-of date, naming the field', () => {
    const result = check(fixture({ 'content/models/acme-one.yaml': model().replace(/^    asOf:.*\n/m, '') }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/models\/acme-one\.yaml: prices\.0\.asOf: /);
  });
});

/** A fine-tuning route for the fixture's model, closed to new jobs from 2027-01-06. */
const tuningRoute = (over: { who?: string; model?: string; source?: string } = {}) => `platform: Acme tuning API
operator: Acme
place: provider-api
family: Acme One
bases:
  - model: ${over.model ?? 'acme-one'}
methods: [supervised]
access:
  - who: ${over.who ?? 'anyone'}
    source: ${over.source ?? 'lovelace-2023'}
  - from: 2027-01-06
    who: closed
    source: lovelace-2023
asOf: 2026-11-01
source: lovelace-2023
`;

describe('dates in prose', () => {
  const files = { 'content/guides/a-guide.mdx': guide('Its tuning API took no new jobs from 6 January 2027 <Cite id="lovelace-2023" />.') };

  it('refuses a past tense before a date after the build day, naming file and line', () => {
    const result = check(fixture(files), { TOP_BUILD_DATE: '2026-12-07' });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/guides\/a-guide\.mdx:10: "took … 6 January 2027" speaks of 6 January 2027 as past/);
  });

  it('passes the same sentence once the date has passed', () => {
    expect(check(fixture(files), { TOP_BUILD_DATE: '2027-01-20' }).status).toBe(0);
  });
});

describe('the tuning-route gates', () => {
  const onBuildDay = { TOP_BUILD_DATE: '2026-11-24' };
  const withRoute = (over: Parameters<typeof tuningRoute>[0] = {}) =>
    fixture({ 'content/models/acme-one.yaml': model({ shutdown: '2027-06-01' }), 'content/routes/acme-api.yaml': tuningRoute(over) });

  it('passes a valid route', () => {
    expect(check(withRoute(), onBuildDay).status).toBe(0);
  });

  it('fails on a route with an unknown eligibility, naming file and field', () => {
    const result = check(withRoute({ who: 'everyone' }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/routes\/acme-api\.yaml: access\.0\.who: /);
  });

  it('fails on a route whose base model has no file, naming file and field', () => {
    const result = check(withRoute({ model: 'ghost-model' }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/routes\/acme-api\.yaml: bases\[0\]\.model names no model in content\/models\/ \("ghost-model"\)/);
  });

  it('fails on a route citing a source that does not exist, naming file and field', () => {
    const result = check(withRoute({ source: 'nobody-2026-notice' }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/routes\/acme-api\.yaml: access\[0\]\.source\[0\] names unknown citation id "nobody-2026-notice"/);
  });

  it('fails on a route still taking jobs whose figures are more than a year old, and exempts it once closed', () => {
    const old = fixture({ 'content/models/acme-one.yaml': model({ shutdown: '2028-06-01', asOf: '2027-12-01' }), 'content/routes/acme-api.yaml': tuningRoute().replace(/  - from: 2027-01-06\n    who: closed\n    source: lovelace-2023\n/, '') });
    const result = check(old, { TOP_BUILD_DATE: '2027-12-02' });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/routes\/acme-api\.yaml: asOf is 2026-11-01, 396 days before the build/);
    expect(check(withRoute(), { TOP_BUILD_DATE: '2027-12-02' }).output).not.toMatch(/acme-api\.yaml: asOf is/);
  });
});

/** An onboarding question on the fixture's guide; `figures` and the question text vary. */
const bankQuestion = (question: string, figures = '') => `order: 1
topic: cost
difficulty: intermediate
guide: a-guide
section: section
supports:
  - "the phrase the key rests on"
${figures}quiz:
  question: "${question}"
  options:
    - text: "A"
      correct: true
      feedback: "a"
    - text: "B"
      feedback: "b"
    - text: "C"
      feedback: "c"
    - text: "D"
      feedback: "d"
  explanation: "Work it out from the price."
`;

describe('questions priced from the model data', () => {
  const onBuildDay = { TOP_BUILD_DATE: '2026-11-24' };
  const current = model({ shutdown: '2027-06-01' });

  it('refuses a per-million-token price typed into a question, naming the file', () => {
    const result = check(fixture({ 'content/questions/q.yaml': bankQuestion('At $0.15 per million input tokens, what does it cost?') }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/questions\/q\.yaml: \$0\.15 per million tokens is typed by hand; name it in `figures`/);
  });

  it('passes the same question once the price comes from the data', () => {
    const figures = 'figures:\n  price: { model: acme-one, field: input }\n  month: { formula: "1200000 * price", format: money }\n';
    const files = { 'content/models/acme-one.yaml': current, 'content/questions/q.yaml': bankQuestion('At {price} per million input tokens, is {month} right?', figures) };
    expect(check(fixture(files), onBuildDay)).toMatchObject({ status: 0 });
  });

  it('refuses a placeholder that names no figure, naming file and field', () => {
    const result = check(fixture({ 'content/questions/q.yaml': bankQuestion('Is {month} right?') }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/questions\/q\.yaml: quiz\.question: \{month\} names no entry of figures/);
  });

  it('refuses a formula that is not arithmetic over the figures above it', () => {
    const figures = 'figures:\n  month: { formula: "1200000 * price" }\n  price: { model: acme-one, field: input }\n';
    const result = check(fixture({ 'content/models/acme-one.yaml': current, 'content/questions/q.yaml': bankQuestion('Is {month} right?', figures) }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/questions\/q\.yaml: figures\.month\.formula: "1200000 \* price": "price" is not a figure defined above it/);
  });

  it('refuses a figure read from a shut-down model, naming file and model', () => {
    const figures = 'figures:\n  price: { model: acme-one, field: input }\n';
    const result = check(fixture({ 'content/models/acme-one.yaml': model(), 'content/questions/q.yaml': bankQuestion('At {price}?', figures) }), onBuildDay);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/questions\/q\.yaml: figures: Acme One shut down on 2026-06-01/);
  });
});

describe('announced price changes', () => {
  const withUntil = (until: string) => ({ 'content/models/acme-one.yaml': model({ shutdown: '2027-06-01' }).replace('    input: 1\n', `    input: 1\n    until: ${until}\n`) });

  it('passes while the announced price still applies', () => {
    expect(check(fixture(withUntil('2026-12-31')), { TOP_BUILD_DATE: '2026-12-31' }).status).toBe(0);
  });

  it('fails the day after, naming file and field', () => {
    const result = check(fixture(withUntil('2026-12-31')), { TOP_BUILD_DATE: '2027-01-01' });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/models\/acme-one\.yaml: prices\[0\]\.until is 2026-12-31, before the build/);
  });

  const followOn = '  - where: Acme API\n    input: 2\n    output: 4\n    from: 2027-01-01\n    asOf: 2026-11-01\n    source: lovelace-2023\n';
  const scheduled = (next: string) => {
    const files = withUntil('2026-12-31');
    const file = files['content/models/acme-one.yaml'];
    return { 'content/models/acme-one.yaml': file.replace('lifecycle:', `${next}lifecycle:`) };
  };

  it('passes the day after when the announced follow-on price is in the file as a block with from:', () => {
    expect(check(fixture(scheduled(followOn)), { TOP_BUILD_DATE: '2027-01-01' }).status).toBe(0);
    expect(check(fixture(scheduled(followOn)), { TOP_BUILD_DATE: '2027-02-01' }).status).toBe(0);
  });

  it('refuses two blocks for one place whose days overlap, naming file and field', () => {
    const result = check(fixture(scheduled(followOn.replace('from: 2027-01-01', 'from: 2026-12-31'))), { TOP_BUILD_DATE: '2026-11-24' });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/content\/models\/acme-one\.yaml[^\n]*prices\.1\.from[^\n]*overlaps prices\[0\] for "Acme API"/);
  });
});

describe('the build', () => {
  it('refuses a page citing an unknown source, naming the page and the id', { timeout: 180_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'top-build-'));
    made.push(root);
    for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(project, entry), join(root, entry), { recursive: true });
    }
    symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
    // The guide keeps its sections, so the quiz questions that link into them still check out and the only error is the citation.
    const overview = join(root, 'content/guides/overview.mdx');
    writeFileSync(overview, `${readFileSync(overview, 'utf8')}\nBroken <Cite id="no-such-source-1999" />.\n`);
    let output = '';
    try {
      execFileSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(output).toMatch(/content\/guides\/overview\.mdx: <Cite id="no-such-source-1999"\/> names no source/);
  });
});
