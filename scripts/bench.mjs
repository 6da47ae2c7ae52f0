// `npm run bench`: prints the figures issue 5 asks for and keeps them in bench/results.md.
// Timings are medians of BENCH_RUNS runs (default 3); the scale builds run SCALE_RUNS times
// (default 2). Needs a machine as quiet as possible: it builds the site many times.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { serve } from '../tests/e2e/server.ts';
import { buildOnce, buildRuns, makeFloor, root, scaledCopy, summarize } from './bench/build.mjs';
import { firstSearch, launch, launchForLighthouse, lighthouseScores, weight } from './bench/browser.mjs';
import { median } from './bench/measure.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCALE_RUNS = Number(process.env.SCALE_RUNS ?? 2);
const lines = [];
const say = (s = '') => {
  console.log(s);
  lines.push(s);
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const table = (head, rows) => {
  say(`| ${head.join(' | ')} |`);
  say(`| ${head.map(() => '---').join(' | ')} |`);
  for (const r of rows) say(`| ${r.join(' | ')} |`);
  say();
};

say(`# Benchmark`);
say();
say(`${new Date().toISOString().slice(0, 10)}, ${RUNS} runs per build figure (medians), Node ${process.version}.`);
say();

// 1. The site and the floor, built in turn (site, floor, site, floor …) so that a machine that
// slows down or speeds up during the run affects both alike.
const siteRuns = [];
const floorRunsList = [];
// One untimed build of each first: the first build after a change fills Astro's content cache.
console.error('warm-up builds…');
const warm = await buildOnce(root);
const floorProject = makeFloor(warm.pages);
await floorProject.run();
for (let i = 0; i < RUNS; i++) {
  console.error(`build ${i + 1}/${RUNS}: site…`);
  siteRuns.push(await buildOnce(root));
  console.error(`build ${i + 1}/${RUNS}: floor…`);
  floorRunsList.push(await floorProject.run());
}
floorProject.remove();
const site = summarize(siteRuns);
const floor = summarize(floorRunsList);
const ratios = siteRuns.map((r, i) => r.ms / floorRunsList[i].ms);
say('## Build');
say();
table(
  ['', 'pages', 'wall time', 'ms per page', 'peak memory'],
  [
    [
      'site (`astro build`, search index included)',
      site.pages,
      s(site.ms),
      (site.ms / site.pages).toFixed(2),
      `${site.peakMb.toFixed(0)} MB`,
    ],
    [
      'floor (bare Astro + Pagefind, one paragraph a page)',
      floor.pages,
      s(floor.ms),
      (floor.ms / floor.pages).toFixed(2),
      `${floor.peakMb.toFixed(0)} MB`,
    ],
  ],
);
say(
  `**site / floor = ${median(ratios).toFixed(2)}** (target ≤ 1.5), the median of the ratio in each pair of runs (${ratios.map((r) => r.toFixed(2)).join(', ')}); ratio of the medians ${(site.ms / floor.ms).toFixed(2)}. One untimed warm-up build of each came first.`,
);
say();
const same = site.hashes.every((h) => h === site.hashes[0]);
say(
  `Reproducible: ${same ? 'yes' : '**no**'}, ${site.hashes.length} builds of this tree gave ${same ? 'byte-identical dist/ trees' : 'different trees'} (${[...new Set(site.hashes)].join(', ')}).`,
);
say();

// Social cards: their share of the build, rendered alone.
const { cardPng } = await import('../src/lib/card.ts');
const reg = parse(readFileSync(join(root, 'content/registry/sip.yaml'), 'utf8'));
const cardTimes = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  for (const [code, r] of Object.entries(reg))
    await cardPng({
      protocol: 'SIP',
      code: Number(code),
      name: r.name,
      spec: `${r.rfc ? `RFC ${r.rfc}` : r.draft} §${r.section}`,
      classLabel: '4xx Client Error',
      site: 'status-codes.example',
    });
  cardTimes.push(performance.now() - t);
}
const cards = Object.keys(reg).length;
say(
  `Social cards: ${cards} PNGs take ${s(median(cardTimes))} (${(median(cardTimes) / cards).toFixed(0)} ms each), ${((median(cardTimes) / site.ms) * 100).toFixed(0)}% of the build.`,
);
say();

// 2–4. In the browser.
const server = await serve(join(root, 'dist'));
const browser = await launch();
const kinds = [
  ['home (en)', '/en/'],
  ['protocol index (ja)', '/ja/sip/'],
  ['code page (en)', '/en/sip/486/'],
  ['code page (ja)', '/ja/sip/486/'],
  ['comparison, curated (en)', '/en/sip/480-vs-486/'],
  ['comparison, composed (ja)', '/ja/sip/486-vs-488/'],
  ['404 (ja)', '/ja/404.html'],
];
const rows = [];
for (const [name, url] of kinds) {
  const w = await weight(browser, server.url, url);
  rows.push([
    name,
    `\`${url}\``,
    kb(w.bytes.html),
    kb(w.bytes.css),
    `${kb(w.bytes.js)} (${kb(w.gz.js)})`,
    kb(w.bytes.other),
    `**${kb(w.total)}**`,
    kb(w.gzTotal),
    w.textWithoutJs ? 'yes' : '**no**',
  ]);
}
say('## Page weight (bytes on load, before the search is opened)');
say();
table(['kind', 'URL', 'HTML', 'CSS', 'JS', 'other', 'total', 'on the wire', 'all text without JS'], rows);
say(
  'Targets for a code page: ≤ 25 KB in all, ≤ 2 KB of JavaScript. The kinds are decoded sizes (JS on the wire in brackets); "total" adds them up; "on the wire" is what a host that gzips text (as the test server does) sends.',
);
say();

const searches = [
  ['en, "486"', '/en/sip/486/', '486'],
  ['en, "busy here"', '/en/sip/200/', 'busy here'],
  ['ja, "話中"', '/ja/sip/486/', '話中'],
];
say('## Search (first query in a fresh browser)');
say();
const srows = [];
for (const [name, url, q] of searches) {
  const r = await firstSearch(browser, server.url, url, q, RUNS + 2);
  srows.push([name, kb(r.bytes), `${r.ms} ms`]);
}
table(['query', 'bytes fetched (on the wire)', 'time to first results'], srows);
say(
  "Target: ≤ 150 KB. Everything the first query loads counts: Pagefind's script, its WebAssembly, the metadata, the index chunks and the result fragments.",
);
say();

// The relevance suite (tests/relevance/queries.yaml), each query typed into a fresh page.
const { loadQueries, judge, resultsFor } = await import('../tests/relevance/suite.ts');
const judged = [];
for (const x of loadQueries()) {
  const page = await browser.newPage();
  const results = await resultsFor(page, server.url, x);
  await page.close();
  judged.push({ x, results, ...judge(x, results) });
}
say('## Search relevance');
say();
const share = (list, key) => (list.reduce((a, j) => a + j[key], 0) / list.length).toFixed(2);
table(
  ['queries', 'count', 'precision at 1', 'recall at 3', 'passing'],
  [
    ['en', judged.filter((j) => j.x.lang === 'en')],
    ['ja', judged.filter((j) => j.x.lang === 'ja')],
    ['all', judged],
  ].map(([name, list]) => [
    name,
    list.length,
    share(list, 'p1'),
    share(list, 'r3'),
    `${list.filter((j) => j.pass).length}/${list.length}`,
  ]),
);
const failing = judged.filter((j) => !j.pass);
say(
  failing.length
    ? `Failing: ${failing.map((j) => `${j.x.lang} "${j.x.q}" (first three: ${j.results.slice(0, 3).join(' ')})`).join('; ')}.`
    : 'Every query finds its pages where the suite asks.',
);
say(
  'Precision at 1: the share of queries whose first result is one of their pages. Recall at 3: the share of their pages among the first three results, out of as many as fit there.',
);
say();
await browser.close();

const port = Number(new URL(server.url).port);
const chrome = await launchForLighthouse();
const lrows = [];
for (const [name, url] of [
  ['code page (en)', '/en/sip/486/'],
  ['comparison (en)', '/en/sip/480-vs-486/'],
  ['home (en)', '/en/'],
  ['code page (ja)', '/ja/sip/486/'],
]) {
  // localhost, which browsers treat as a secure origin, as they would the HTTPS site.
  const r = await lighthouseScores(`http://localhost:${port}${url}`, chrome.port);
  lrows.push([name, r.performance, r.accessibility, r.bestPractices, r.seo, r.failed.join(', ') || '–']);
}
await chrome.kill();
await server.close();
say('## Lighthouse (mobile defaults, on the local server)');
say();
table(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'audits below 1'], lrows);

// 5. Scale.
say('## Scale (SIP registry shrunk or multiplied with synthetic codes, in a temporary copy)');
say();
const scale = [];
for (const factor of [0.5, 2]) {
  console.error(`building at ${factor}× the codes…`);
  const copy = scaledCopy(factor);
  const r = await buildRuns(copy.dir, SCALE_RUNS);
  scale.push({ factor, codes: copy.codes, ...r });
  rmSync(copy.dir, { recursive: true, force: true });
}
scale.splice(1, 0, { factor: 1, codes: Object.keys(reg).length, ...site });
table(
  ['codes', 'pages', 'wall time', 'ms per page', 'peak memory'],
  scale.map((r) => [
    `${r.codes} (${r.factor}×)`,
    r.pages,
    s(r.ms),
    (r.ms / r.pages).toFixed(2),
    `${r.peakMb.toFixed(0)} MB`,
  ]),
);
say('Pages grow with the square of the codes (every pair has a comparison page in each language).');

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.md'), lines.join('\n') + '\n');
console.error('\nwritten to bench/results.md');
