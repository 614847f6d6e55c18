// Synthetic research sources for scale tests. Each one recombines real titles, authors, venues and claims,
// so text lengths and vocabulary (and so search costs and match rates) resemble the real index. They are
// generated at bench time and never committed.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { seeded } from './random.mjs';
import { toResearchDoc } from '../../src/lib/search/research-search.ts';

/** @typedef {{ id: string, data: import('../../src/lib/schemas.ts').CitationData }} Citation */

/**
 * The real sources as citation data, read from content/citations/ (the same files the build reads; the
 * build validates them, so they are taken as valid here).
 * @returns {Citation[]}
 */
export function loadRealCitations(projectDir) {
  const dir = join(projectDir, 'content/citations');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ id: name.replace(/\.ya?ml$/, ''), data: /** @type {Citation['data']} */ (yaml.load(readFileSync(join(dir, name), 'utf8'))) }));
}

/** The fields the research browser searches, exactly as the build writes them. */
export const toDoc = toResearchDoc;

const slugify = (text) =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'source';

/**
 * `count` synthetic citations (valid against citationSchema), deterministic for a given seed.
 * @param {Citation[]} real
 * @param {number} count
 * @returns {Citation[]}
 */
export function syntheticCitations(real, count, seed = 1) {
  const rnd = seeded(seed);
  const people = real.flatMap((c) => c.data.authors).filter((a) => a !== 'et al.');
  const firstNames = people.map((a) => a.split(' ')).filter((p) => p.length > 1).map((p) => p.slice(0, -1).join(' '));
  const surnames = people.map((a) => a.split(' ').at(-1));
  const claims = real.flatMap((c) => c.data.claims.map((claim) => claim.text));
  const out = [];
  for (let i = 0; i < count; i++) {
    const a = rnd.pick(real).data;
    const b = rnd.pick(real).data;
    const wa = a.title.split(' ');
    const wb = b.title.split(' ');
    const title = [...wa.slice(0, Math.ceil(wa.length / 2)), ...wb.slice(Math.ceil(wb.length / 2))].join(' ');
    const authorCount = Math.max(1, rnd.pick(real).data.authors.filter((x) => x !== 'et al.').length);
    const authors = Array.from({ length: authorCount }, () =>
      rnd.next() < 0.5 ? rnd.pick(people) : `${rnd.pick(firstNames)} ${rnd.pick(surnames)}`,
    );
    const year = rnd.pick(real).data.year;
    const claimCount = rnd.pick(real).data.claims.length;
    const topics = [...new Set([...a.topics.slice(0, 2), ...b.topics.slice(0, 2)])].slice(0, 5);
    const id = `${slugify(authors[0].split(' ').at(-1))}-${year}-synthetic-${i + 1}`;
    out.push({
      id,
      data: {
        title: title.length >= 3 ? title : a.title,
        authors,
        year,
        venue: rnd.pick(real).data.venue,
        type: a.type,
        ...(a.type === 'paper' ? { venueType: 'conference' } : {}),
        ...(a.type === 'report' ? { institution: 'Synthetic Research Lab' } : {}),
        url: `https://synthetic.example.org/sources/${i + 1}`,
        doi: `10.5555/synthetic.${i + 1}`,
        topics,
        claims: Array.from({ length: claimCount }, () => ({ text: rnd.pick(claims) })),
      },
    });
  }
  return out;
}

/** Writes citations as YAML files into a project copy's content/citations/. */
export function writeCitations(projectDir, citations) {
  const dir = join(projectDir, 'content/citations');
  for (const { id, data } of citations) writeFileSync(join(dir, `${id}.yaml`), yaml.dump(data, { lineWidth: -1 }));
}

/**
 * The JSON /research/index.json would serve for these citations: {docs}, sorted by id as loadContent sorts
 * them.
 */
export function indexJson(citations) {
  const docs = [...citations].sort((a, b) => a.id.localeCompare(b.id)).map(toDoc);
  return { docs, json: JSON.stringify({ docs }) };
}

/**
 * Search queries a reader might type, drawn from the real sources: author surnames, title words and
 * phrases, claim words, a few misspellings and a few that match nothing.
 */
export function makeQueries(real, count, seed = 7) {
  const rnd = seeded(seed);
  const clean = (s) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9 -]/g, '').trim();
  const words = (s) => clean(s).split(/\s+/).filter((w) => w.length >= 4);
  const titleWords = real.flatMap((c) => words(c.data.title));
  const claimWords = real.flatMap((c) => c.data.claims.flatMap((claim) => words(claim.text))).filter((w) => w.length >= 6);
  const surnames = real.flatMap((c) => c.data.authors).filter((a) => a !== 'et al.').map((a) => clean(a.split(' ').at(-1))).filter((w) => w.length >= 3);
  const queries = [];
  while (queries.length < count) {
    const roll = rnd.next();
    let q;
    if (roll < 0.3) q = rnd.pick(surnames);
    else if (roll < 0.6) q = rnd.pick(titleWords);
    else if (roll < 0.75) {
      const title = words(rnd.pick(real).data.title);
      const at = rnd.int(Math.max(1, title.length - 1));
      q = title.slice(at, at + 2).join(' ');
    } else if (roll < 0.9) q = rnd.pick(claimWords);
    else if (roll < 0.96) {
      const w = rnd.pick(titleWords);
      const at = 1 + rnd.int(w.length - 2);
      q = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
    } else q = rnd.pick(['qwxz', 'zzyzx', 'xylophone']);
    if (q && q.length >= 2) queries.push(q.slice(0, 30));
  }
  return queries;
}
