// Turns a bench run's results into bench/RESULTS.md: tables, the targets with met or missed by how much,
// and what the numbers suggest.
import { int, kb, mb, ms, seconds } from './stats.mjs';

const TARGETS = { lighthouse: 100, searchRealP95: 16, search10kP95: 50, longTask: 50, linearSlack: 1.25, hit1: 0.85, hit3: 0.95, noResult: 0, firstSearchKB: 70 };
const CATEGORY_LABELS = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best practices', seo: 'SEO' };

/** A Markdown table; the first `left` columns are left-aligned, the rest right-aligned. */
function grid(head, rows, left = 1) {
  const align = head.map((_, i) => (i < left ? '---' : '---:'));
  return [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** How busy the CPUs were with other work just before a measurement. */
const load = (value) => (Number.isFinite(value) ? `${Math.round(value * 100)}%` : '–');

function lighthouseVerdict(routes) {
  const misses = [];
  for (const r of routes) {
    for (const [key, label] of Object.entries(CATEGORY_LABELS)) {
      const score = r.lighthouse[key];
      if (score < TARGETS.lighthouse) misses.push(`${r.name} ${label} ${score} (−${TARGETS.lighthouse - score})`);
    }
  }
  const perfect = routes.filter((r) => Object.keys(CATEGORY_LABELS).every((k) => r.lighthouse[k] >= TARGETS.lighthouse)).length;
  return misses.length === 0
    ? `met: all ${routes.length} route types score 100 in all four`
    : `missed: ${perfect} of ${routes.length} route types score 100 in all four; short: ${misses.join('; ')}`;
}

/**
 * Build time per added source between consecutive sizes. Growth counts as at most linear when the cost of
 * an added source does not rise (within TARGETS.linearSlack for noise); when fixed costs dominate the small
 * sizes (an earlier slope at or below zero), when the time per page does not rise.
 */
export function buildGrowth(scale) {
  const measured = scale.filter((r) => !r.timedOut);
  const slopes = [];
  for (let i = 1; i < measured.length; i++) {
    const a = measured[i - 1];
    const b = measured[i];
    slopes.push({ from: a.sources, to: b.sources, msPerSource: ((b.seconds - a.seconds) / (b.sources - a.sources)) * 1000 });
  }
  const perPage = measured.map((r) => (r.seconds / r.pages) * 1000);
  let linear = null;
  let ratio = null;
  let basis = null;
  if (slopes.length >= 2) {
    const [earlier, later] = slopes.slice(-2).map((x) => x.msPerSource);
    if (earlier > 0) {
      ratio = later / earlier;
      basis = 'slope';
    } else {
      ratio = perPage.at(-1) / perPage.at(-2);
      basis = 'per-page';
    }
    linear = ratio <= TARGETS.linearSlack;
  }
  return { slopes, perPage, ratio, basis, linear, timedOut: scale.filter((r) => r.timedOut) };
}

/** Where a measure that grows with the sources would pass a limit, by linear interpolation (or extrapolation). */
function crossing(rows, key, limit) {
  const points = rows.filter((r) => Number.isFinite(r[key]));
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if ((a[key] <= limit && b[key] > limit) || (i === points.length - 1 && b[key] <= limit && b[key] > a[key])) {
      return Math.round(a.sources + ((limit - a[key]) * (b.sources - a.sources)) / (b[key] - a[key]));
    }
  }
  return null;
}

/**
 * @param {object} results this run's bench/results.json
 * @param {object} [baseline] bench/baseline.json: the first run's numbers, before the design changes it describes
 */
export function renderReport(results, baseline) {
  const { system: s, options } = results;
  const out = [];
  out.push('# Benchmark results', '');
  out.push(
    `Measured by \`npm run bench\` (scripts/bench.mjs) on ${s.date.slice(0, 10)}, starting ${s.date.slice(11, 16)} UTC. ` +
      `Machine: ${s.nproc} CPUs (\`nproc\`), ${s.memoryGiB.toFixed(1)} GiB memory, ${s.cpuModel}; Node ${s.node}; ${s.chromium}; ` +
      `Astro ${s.versions.astro}, Lighthouse ${s.versions.lighthouse}, playwright-core ${s.versions['playwright-core']}` +
      (s.versions['fuse.js'] ? `, fuse.js ${s.versions['fuse.js']} (typo tolerance in the research search, until the search counted edits itself).` : '.'),
    '',
    `Other work on a machine slows every measurement (up to three times on a busy 2-CPU machine, which this one was, ` +
      'shared with other jobs). Before each measurement the bench sampled for 3 s how busy the CPUs were while it did ' +
      `nothing itself, and waited up to ${options.maxWait} minutes for that to fall under ${load(options.maxBusy)}; the "Busy" ` +
      `columns give the share measured just before each measurement. Load average (1, 5, 15 min) at the start: ` +
      `${s.loadAverage.map((x) => x.toFixed(1)).join(', ')}; at the end: ${(s.loadAverageEnd ?? []).map((x) => x.toFixed(1)).join(', ')}.`,
    '',
  );

  // Targets.
  const verdicts = [];
  if (results.routes) verdicts.push(['Lighthouse 100 in all four categories on every route type', lighthouseVerdict(results.routes)]);
  if (results.search) {
    const realRow = results.search.find((r) => !r.synthetic);
    const big = results.search.find((r) => r.sources === 10000) ?? results.search.at(-1);
    const against = (r, limit, tasks) => {
      const part = (name, x) => {
        const over = x.p95 - limit;
        const taskText = tasks ? `, ${int(x.longTasks)} tasks over ${TARGETS.longTask} ms${x.longTasks ? ` (longest ${ms(x.longestTask)})` : ''}` : '';
        return `${name} p95 ${ms(x.p95)}${over < 0 ? '' : ` (${ms(over)} over)`}${taskText}`;
      };
      const met = [r.lastKey, r.typing].every((x) => x.p95 < limit && (!tasks || x.longTasks === 0));
      return `${met ? 'met' : 'missed'}: ${part('last keystroke', r.lastKey)}; ${part(`every keystroke${r.typing.complete ? '' : ` (${r.typing.queries} queries typed)`}`, r.typing)}`;
    };
    if (realRow) verdicts.push([`Search p95 < ${TARGETS.searchRealP95} ms on the real index (${int(realRow.sources)} sources)`, against(realRow, TARGETS.searchRealP95, false)]);
    if (big && big.synthetic) verdicts.push([`Search p95 < ${TARGETS.search10kP95} ms at ${int(big.sources)} sources, no task over ${TARGETS.longTask} ms`, against(big, TARGETS.search10kP95, true)]);
  }
  if (results.relevance) {
    const r = results.relevance;
    const on = (x) => `hit@1 ${x.hit1.toFixed(2)}, hit@3 ${x.hit3.toFixed(2)}`;
    const met = r.judged.heldOut.hit1 >= TARGETS.hit1 && r.judged.heldOut.hit3 >= TARGETS.hit3 && r.noResult <= TARGETS.noResult;
    verdicts.push([
      `Site search relevance on the held-out half: hit@1 ≥ ${TARGETS.hit1}, hit@3 ≥ ${TARGETS.hit3}, ${TARGETS.noResult} queries without results (${int(r.heldOut.queries)} of ${int(r.queries)} queries)`,
      `${met ? 'met' : 'missed'}: judged ${on(r.judged.heldOut)}; listed answers only ${on(r.heldOut)}; ${int(r.noResult)} without results`,
    ]);
  }
  if (results.siteSearch) {
    const x = results.siteSearch;
    verdicts.push([
      `Site search dialog p95 < ${TARGETS.searchRealP95} ms, no task over ${TARGETS.longTask} ms`,
      `${x.p95 < TARGETS.searchRealP95 && x.longTasks === 0 ? 'met' : 'missed'}: last keystroke p95 ${ms(x.p95)}, ${int(x.longTasks)} long tasks`,
    ]);
    verdicts.push([
      `At most ${TARGETS.firstSearchKB} KB gzip fetched for the first search`,
      `${x.firstSearchGzip / 1024 <= TARGETS.firstSearchKB ? 'met' : 'missed'}: ${kb(x.firstSearchGzip)} in ${int(x.files.length)} files`,
    ]);
  }
  if (results.scale) {
    const g = buildGrowth(results.scale);
    const slopes = g.slopes.map((x) => `${int(x.from)}→${int(x.to)}: ${x.msPerSource.toFixed(1)} ms per added source`).join('; ');
    let text;
    if (g.linear === null) text = `not enough sizes built to judge (${slopes || 'none'})`;
    else if (g.basis === 'slope') {
      text = `${g.linear ? 'met' : 'missed'}: ${slopes}; the later cost per added source is ${g.ratio.toFixed(2)}× the earlier` +
        (g.linear ? ` (up to ${TARGETS.linearSlack}× counts as linear within noise)` : ' (more than linear)');
    } else {
      text = `${g.linear ? 'met' : 'missed'}: ${slopes}; fixed costs dominate the smaller sizes, and the time per page ` +
        `${g.linear ? 'does not rise' : 'rises'} (${g.perPage.map((x) => ms(x)).join(' → ')})`;
    }
    if (g.timedOut.length) text += `; not measured: ${g.timedOut.map((r) => `${int(r.sources)} sources (stopped after ${seconds(r.seconds)})`).join(', ')}, trend from the smaller sizes`;
    verdicts.push(['Build time grows at most linearly with sources', text]);
  }
  out.push('## Targets', '', grid(['Target', 'Result'], verdicts, 2), '');

  // Build.
  if (results.build) {
    const row = (label, b) => [label, seconds(b.seconds), b.runs.map((x) => x.toFixed(1)).join(', '), int(b.pages), load(b.load)];
    out.push(
      '## Build time',
      '',
      grid(
        ['Build', 'Fastest', 'All runs (s)', 'Pages', 'Busy'],
        [
          row('Cold: `rm -rf dist .astro node_modules/.astro`, then `npx astro build`', results.build.cold),
          row('Warm: the same build again', results.build.warm),
        ],
      ),
      '',
      `Wall-clock time of \`npx astro build\` in a fresh copy of the working tree (see Method), ${options.buildRepeats} of each, alternating cold and warm.`,
      '',
    );
  }

  // Routes.
  if (results.routes) {
    out.push(
      '## Route types: page weight and Lighthouse (mobile)',
      '',
      grid(
        ['Route type', 'Path', 'HTML gz', 'CSS gz', 'JS gz', 'Perf.', 'A11y', 'Best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'Busy'],
        results.routes.map((r) => [
          r.name,
          `\`${r.route}\``,
          kb(r.html),
          kb(r.css),
          kb(r.js),
          `${r.lighthouse.performance}${r.lighthouse.perfRange[0] !== r.lighthouse.perfRange[1] ? ` (${r.lighthouse.perfRange[0]}–${r.lighthouse.perfRange[1]})` : ''}`,
          r.lighthouse.accessibility,
          r.lighthouse.bestPractices,
          r.lighthouse.seo,
          ms(r.lighthouse.lcp),
          ms(r.lighthouse.tbt),
          r.lighthouse.cls.toFixed(3),
          load(r.load),
        ]),
        2,
      ),
      '',
      'Sizes are gzip (level 9) of the page\'s HTML and of the CSS and JavaScript it loads, measured as ' +
        '`scripts/check-budgets.mjs` does (shared code in `scripts/page-weight.mjs`). Lighthouse scores are from the median ' +
        `of ${options.lighthouseRuns} runs (Lighthouse's own \`computeMedianRun\`); the performance range over the runs is in brackets.`,
      '',
    );
    const failing = results.routes.filter((r) => r.lighthouse.failing.length);
    if (failing.length) {
      out.push('Audits that cost points in the median run, with where layout shifts and long tasks came from:', '');
      for (const r of failing) {
        const extra = [];
        if (r.lighthouse.cls > 0 && r.lighthouse.shifts?.length) extra.push(`shifted: ${r.lighthouse.shifts.map((x) => `\`${x}\``).join(', ')}`);
        if (r.lighthouse.tbt > 0 && r.lighthouse.longTasks?.length) extra.push(`long tasks (simulated): ${r.lighthouse.longTasks.join(', ')}`);
        out.push(`- ${r.name} (\`${r.route}\`): ${r.lighthouse.failing.join(', ')}${extra.length ? `. ${extra.join('; ')}` : ''}`);
      }
      out.push('');
    }
  }

  // Search.
  if (results.search) {
    const tasks = (r, x) => (r.longTaskObserved ? [int(x.longTasks), ms(x.longestTask)] : ['n/a', 'n/a']);
    out.push(
      '## Search latency (keystroke to rendered results)',
      '',
      `### Last keystroke of each query (${int(results.queries.length)} queries)`,
      '',
      grid(
        ['Index', 'Sources', 'Index JSON gz', 'Search ready', 'p50', 'p95', 'Max', 'Search alone p50 / p95', 'Tasks > 50 ms', 'Longest task', 'Mean matches', 'Busy'],
        results.search.map((r) => [
          r.synthetic ? 'synthetic' : 'real',
          int(r.sources),
          kb(r.indexGzip),
          ms(r.readyMs),
          ms(r.lastKey.p50),
          ms(r.lastKey.p95),
          ms(r.lastKey.max),
          `${ms(r.lastKey.engineP50)} / ${ms(r.lastKey.engineP95)}`,
          ...tasks(r, r.lastKey),
          int(Math.round(r.meanResults)),
          load(r.load),
        ]),
      ),
      '',
      '### Every keystroke while typing',
      '',
      grid(
        ['Index', 'Sources', 'Queries typed', 'Keystrokes', 'p50', 'p95', 'Max', 'Search alone p50 / p95', 'Tasks > 50 ms', 'Longest task', 'Matches after 1st letter'],
        results.search.map((r) => [
          r.synthetic ? 'synthetic' : 'real',
          int(r.sources),
          `${int(r.typing.queries)}${r.typing.complete ? '' : ` (stopped after ${options.typingBudgetMin} min)`}`,
          int(r.typing.samples),
          ms(r.typing.p50),
          ms(r.typing.p95),
          ms(r.typing.max),
          `${ms(r.typing.engineP50)} / ${ms(r.typing.engineP95)}`,
          ...tasks(r, r.typing),
          int(Math.round(r.typing.oneLetterResults)),
        ]),
      ),
      '',
      'Queries go into "Search titles, authors, venues and claims" on `/research/`, each replacing the previous one. ' +
        '"Last keystroke": the query minus its last character is inserted as one input event (like a paste; its cost is not ' +
        'timed, but its long tasks count), then the last character is typed and timed: one sample per query. "Every keystroke": ' +
        'the queries typed one character at a time, each keystroke a sample, so one-letter queries that match most of the index ' +
        `are included; this run stops starting new queries after ${options.typingBudgetMin} min per index. "Search ready": time ` +
        'from navigation until the first query, typed as soon as the search box is enabled, has its results on screen (focusing ' +
        'the box starts the worker, which fetches the index and builds its word index). "Search alone": the same searches with ' +
        'the engine the worker runs (src/lib/search/research-engine.ts), in Node, without the worker round trip or rendering. ' +
        '"Mean matches": sources matching a completed query, on average (at most 20 are rendered at once); "Matches after 1st ' +
        'letter": the same after the first keystroke of a query.',
      '',
    );
  }

  if (results.siteSearch) {
    const x = results.siteSearch;
    out.push(
      '## Site search dialog',
      '',
      grid(
        ['Queries', 'Last key p50', 'p95', 'Max', 'Tasks > 50 ms', 'Longest task', 'First search fetched (gzip)', 'Busy'],
        [[int(x.queries), ms(x.p50), ms(x.p95), ms(x.max), int(x.longTasks), ms(x.longestTask), kb(x.firstSearchGzip), load(x.busy ?? x.load)]],
      ),
      '',
      `First search: ${x.files.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ')}.`,
      '',
      'The evaluation set\'s queries (bench/queries.json) typed into the dialog opened on /guides/, each replacing the previous ' +
        'one; the query minus its last character is inserted, then the last character typed and timed to the results on screen ' +
        '(layout forced). "First search": every file fetched from the click that opens the dialog until the first query, typed ' +
        'letter by letter, has its results and snippets on screen (the dialog\'s code, the index, the posting shards of the words ' +
        'typed, the text files of the results shown); gzip level 9 of each body. The rest of the index is fetched a second later.',
      '',
    );
  }
  if (results.relevance) out.push(renderRelevance(results.relevance, false), '');
  if (results.siteScale) {
    out.push(
      '### Site search index as sources grow',
      '',
      grid(
        ['Sources', 'Documents', 'Index file gz', 'Largest posting shard gz', 'All shards gz', 'Text files', 'Build', 'Rank + 6 snippets p50 / p95'],
        results.siteScale.map((r) => [int(r.sources), int(r.docs), kb(r.indexGzip), kb(r.largestShardGzip), kb(r.shardsGzip), int(r.textFiles), ms(r.buildMs), `${ms(r.p50)} / ${ms(r.p95)}`]),
      ),
      '',
      'The built site\'s documents plus synthetic sources, indexed as the build does and searched with the evaluation set\'s ' +
        'queries in Node (the engine and snippets, without the dialog\'s rendering). The index file lists every document\'s ' +
        'title and address, so it grows with the number of sources.',
      '',
    );
  }

  // Scale.
  if (results.scale) {
    out.push(
      '## How cost grows with the number of sources',
      '',
      grid(
        ['Sources', 'Index JSON', 'Index JSON gz', 'Research page HTML gz', 'Pages built', 'Cold build (fastest)', 'All runs (s)', 'Build per page', 'Busy'],
        results.scale.map((r) => [
          int(r.sources),
          mb(r.indexBytes),
          kb(r.indexGzip),
          r.researchHtml ? kb(r.researchHtml) : 'not built',
          r.pages ? int(r.pages) : '–',
          r.timedOut ? `stopped after ${seconds(r.seconds)}` : seconds(r.seconds),
          (r.runs ?? [r.seconds]).map((x) => x.toFixed(1)).join(', '),
          r.pages ? ms((r.seconds / r.pages) * 1000) : '–',
          load(r.load),
        ]),
        0,
      ),
      '',
    );
    const first = results.scale[0];
    const g = buildGrowth(results.scale);
    const notes = [];
    if (g.slopes.length) notes.push(`Build time per added source: ${g.slopes.map((x) => `${int(x.from)}→${int(x.to)} ${x.msPerSource.toFixed(1)} ms`).join(', ')}.`);
    const last = results.scale.filter((r) => !r.timedOut).at(-1);
    if (last && last !== first) {
      notes.push(
        `From ${int(first.sources)} to ${int(last.sources)} sources (×${(last.sources / first.sources).toFixed(1)}), the index JSON grew ` +
          `×${(last.indexBytes / first.indexBytes).toFixed(1)} and the research page's HTML ×${(last.researchHtml / first.researchHtml).toFixed(1)} ` +
          '(it lists every source for readers without JavaScript).',
      );
    }
    const budget = results.researchHtmlBudget;
    const at = budget ? crossing(results.scale, 'researchHtml', budget) : null;
    if (at) notes.push(`The research page's HTML passes its ${kb(budget)} budget (scripts/page-weight.mjs) at about ${int(at)} sources.`);
    if (g.timedOut.length && g.slopes.length) {
      const slope = g.slopes.at(-1);
      for (const r of g.timedOut) {
        const estimate = last.seconds + (slope.msPerSource / 1000) * (r.sources - last.sources);
        notes.push(`${int(r.sources)} sources: the build was stopped after ${seconds(r.seconds)}; the linear trend from the smaller sizes predicts ${seconds(estimate)}.`);
      }
    }
    const checked = results.scale.filter((r) => r.indexMatchesGenerated !== undefined && r.sources !== first.sources);
    if (checked.length) {
      notes.push(
        checked.every((r) => r.indexMatchesGenerated)
          ? 'The synthetic indexes the search test serves are byte-identical to the /research/index.json these builds produced.'
          : 'Warning: a built /research/index.json differs from the generated one the search test serves.',
      );
    }
    notes.push('Synthetic sources reuse real claim texts, so their gzip sizes are lower than new text of the same length would give.');
    out.push(notes.join(' '), '');
  }

  if (baseline) out.push(...compare(results, baseline));

  const reading = findings(results);
  if (reading.length) out.push('## What the numbers say', '', ...reading.map((r) => `- ${r}`), '');

  out.push(
    '## Method',
    '',
    '- Everything is built in temporary copies of the working tree (tracked and untracked files, not ignored ones) with a ' +
      'private `node_modules/` whose entries link to the real one. Astro keeps its content cache in `node_modules/.astro`, so ' +
      'a cold build (or a build of 10,000 synthetic sources) never deletes or fills the cache other checkouts share; the ' +
      "checkout's own `dist/` is left alone.",
    `- Pages are served by \`npx astro preview\` on 127.0.0.1. Lighthouse ${s.versions.lighthouse} runs its default mobile ` +
      "configuration (emulated mid-range phone, simulated slow 4G, 4× CPU slowdown) in a fresh profile of Debian's Chromium " +
      'with `--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking ' +
      '--disable-component-update --disable-sync`.',
    '- Search: headless Chromium through playwright-core, desktop viewport, no CPU throttling. A script added before the ' +
      "page's own takes the keydown event's time stamp and the search box's value at its `input` event. The search runs in a " +
      'Web Worker; when the results for a query are in the DOM, the research browser dispatches a `research:results` event ' +
      "naming the query, and the script forces layout and reads the clock. Long tasks (the page's main thread only: the " +
      "worker's work does not block typing) come from a `PerformanceObserver` on `longtask` entries that start during the run. " +
      'Synthetic indexes are served in place of `/research/index.json` by request interception, so the page under test is the built one.',
    '- Synthetic sources (bench/lib/synthetic.mjs, seeded, never committed) recombine real titles, authors, venues and claims, ' +
      'so lengths and vocabulary match the real index; each has its own URL and DOI and validates against `citationSchema`. ' +
      'The N-source index holds the real sources plus N minus that many synthetic ones.',
    '- Queries (bench/lib/synthetic.mjs `makeQueries`, seeded) are author surnames, title words and two-word title phrases, ' +
      'claim words, a few misspellings and a few that match nothing.',
    '- `npm run bench -- --report-only` re-renders this file from bench/results.json.',
    '',
  );
  return out.join('\n');
}

/** Plain-language reading of the results, with the numbers. */
function findings(results) {
  const lines = [];
  if (results.routes) {
    const worstTbt = [...results.routes].sort((a, b) => b.lighthouse.tbt - a.lighthouse.tbt)[0];
    const shifts = results.routes.filter((r) => r.lighthouse.cls > 0.1);
    if (worstTbt && worstTbt.lighthouse.tbt > 200)
      lines.push(`Lighthouse: the highest total blocking time is ${worstTbt.name} (\`${worstTbt.route}\`) at ${ms(worstTbt.lighthouse.tbt)} under 4× CPU slowdown.`);
    if (shifts.length)
      lines.push(`Layout shift above 0.1 (Lighthouse's "good" limit) costs the most performance points: ${shifts.map((r) => `${r.name} ${r.lighthouse.cls.toFixed(3)}`).join(', ')}.`);
  }
  if (!results.search) return lines;
  for (const r of results.search) {
    const x = r.lastKey;
    lines.push(
      `${int(r.sources)} sources: a query's last keystroke takes p50 ${ms(x.p50)} (p95 ${ms(x.p95)}) to rendered results ` +
        `(${int(Math.round(r.meanResults))} matches per query on average, at most 20 rendered). The search itself takes ` +
        `p50 ${ms(x.engineP50)} (p95 ${ms(x.engineP95)}) in Node; building the word index from the JSON ` +
        `${ms(r.indexBuildMs)}, in the worker. While typing, p95 is ${ms(r.typing.p95)} and the slowest keystroke ` +
        `${ms(r.typing.max)}. The first search is on screen ${ms(r.readyMs)} after navigation.`,
    );
  }
  return lines;
}

/** Before and after: this run against bench/baseline.json, the first run's numbers under the earlier design. */
function compare(results, baseline) {
  const out = ['## Before and after', '', `Before: the first run, ${baseline.date.slice(0, 10)}, with ${baseline.design}. After: this run.`, ''];
  if (results.routes && baseline.routes) {
    const rows = results.routes
      .map((r) => [r, baseline.routes.find((b) => b.route === r.route)])
      .filter(([, b]) => b)
      .map(([r, b]) => [
        r.name,
        `${b.lighthouse.performance} → ${r.lighthouse.performance}`,
        `${ms(b.lighthouse.tbt)} → ${ms(r.lighthouse.tbt)}`,
        `${b.lighthouse.cls.toFixed(3)} → ${r.lighthouse.cls.toFixed(3)}`,
        `${kb(b.js)} → ${kb(r.js)}`,
      ]);
    out.push(grid(['Route type', 'Performance', 'TBT', 'CLS', 'JS gz'], rows), '');
  }
  if (results.search && baseline.search) {
    const rows = results.search
      .map((r) => [r, baseline.search.find((b) => b.sources === r.sources)])
      .filter(([, b]) => b)
      .map(([r, b]) => [
        int(r.sources),
        `${ms(b.lastKey.p50)} → ${ms(r.lastKey.p50)}`,
        `${ms(b.lastKey.p95)} → ${ms(r.lastKey.p95)}`,
        `${ms(b.typing.p95)} → ${ms(r.typing.p95)}`,
        `${int(b.lastKey.longTasks + b.typing.longTasks)} → ${int(r.lastKey.longTasks + r.typing.longTasks)}`,
        `${ms(Math.max(b.lastKey.longestTask, b.typing.longestTask))} → ${ms(Math.max(r.lastKey.longestTask, r.typing.longestTask))}`,
        `${kb(b.indexGzip)} → ${kb(r.indexGzip)}`,
        `${ms(b.readyMs)} → ${ms(r.readyMs)}`,
      ]);
    out.push(
      grid(['Sources', 'Last key p50', 'Last key p95', 'Every key p95', 'Tasks > 50 ms', 'Longest task', 'Index JSON gz', 'Ready'], rows, 0),
      '',
      'Before, "Ready" was the time until the index was loaded and every source listed on page load; after, the index loads ' +
        'when the search box is focused, and "Ready" is the time until the first query typed after load shows results.',
      '',
    );
  }
  return out;
}

/**
 * The relevance section: hit@1, hit@3, MRR@10 and queries without results on the evaluation set, by kind of
 * query; `verbose` adds every query that missed the first place, with its top three.
 */
export function renderRelevance(r, verbose) {
  const kinds = [...new Set(r.rows.map((row) => row.kind ?? 'other'))];
  const hit = (rows, key, k) => (rows.filter((x) => x[key] >= 1 && x[key] <= k).length / rows.length).toFixed(2);
  const line = (label, rows) => {
    const n = rows.length;
    return [
      label,
      int(n),
      hit(rows, 'rank', 1),
      hit(rows, 'rank', 3),
      hit(rows, 'judgedRank', 1),
      hit(rows, 'judgedRank', 3),
      (rows.reduce((sum, x) => sum + (x.judgedRank ? 1 / x.judgedRank : 0), 0) / n).toFixed(2),
      int(rows.filter((x) => x.total === 0).length),
    ];
  };
  const unjudged = r.rows.reduce((sum, x) => sum + (x.unjudged ?? 0), 0);
  const out = [
    '## Site search relevance',
    '',
    grid(
      ['Queries', 'Count', 'hit@1 listed', 'hit@3 listed', 'hit@1 judged', 'hit@3 judged', 'MRR@10 judged', 'No result'],
      [
        ...kinds.map((k) => line(k, r.rows.filter((x) => (x.kind ?? 'other') === k))),
        line('development half', r.rows.filter((x) => (x.split ?? 'dev') === 'dev')),
        line('held-out half', r.rows.filter((x) => x.split === 'held-out')),
        line('all', r.rows),
      ],
    ),
    '',
    'bench/queries.json: questions, keywords, typos, synonyms and paraphrases of the FAQ\'s questions, each with the pages ' +
      'that answer it (a page counts with any of its sections; an address with an anchor only itself). Ranked by the site ' +
      'search as the dialog runs it, on the built index files. Rank of the first answering result; MRR@10 counts 1/rank within ' +
      'the first ten. "Listed" counts only the answers the query\'s writer listed; "judged" also counts results that a blind ' +
      'judge, shown the query and the result but not the engine or the rank, found answer it (bench/judged.json). The ' +
      'held-out half was written before the engine was tuned on the development half and is never tuned on: its numbers ' +
      'are the honest ones, and its misses are not listed.',
    ...(unjudged ? ['', `${int(unjudged)} results in the first three, above the first answer, have no verdict yet: pool and judge them (bench/README.md).`] : []),
    ...(r.typos
      ? [
          '',
          `Typos, made up (measureTypos): ${int(r.typos.typo.queries)} development queries with one word misspelled as typists do, ` +
            `${r.typos.seeds} seeds: hit@1 ${r.typos.typo.hit1.toFixed(3)}, hit@3 ${r.typos.typo.hit3.toFixed(3)}; ` +
            `the same queries as written: hit@1 ${r.typos.clean.hit1.toFixed(3)}, hit@3 ${r.typos.clean.hit3.toFixed(3)}.`,
        ]
      : []),
  ];
  // Only the development half's misses are shown: listing the held-out ones would invite tuning on them.
  const misses = r.rows.filter((x) => x.judgedRank !== 1 && x.split !== 'held-out');
  if (verbose && misses.length) {
    out.push('', grid(['Rank', 'Query', 'Top three'], misses.map((x) => [x.judgedRank ? String(x.judgedRank) : '–', x.q, x.top.join(' ')]), 2));
  }
  return out.join('\n');
}
