// Browser figures, from Debian's Chromium on the built site served as a static host serves it
// (tests/e2e/server.ts, with _headers): bytes per kind of page, whether the text is all there
// without JavaScript, what the first search costs, and Lighthouse's four scores.
import { get } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../chromium.mjs';
import { median } from './measure.mjs';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

export const launch = () => chromium.launch({ executablePath: chromiumPath(), args: ARGS });

function kindOf(type, url) {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script' || url.endsWith('.js') || url.endsWith('.mjs')) return 'js';
  return 'other';
}

/** Bytes on the wire: the gzipped size where the server compressed the response. */
const sent = (res, body) => (res.headers()['content-encoding'] === 'gzip' ? gzipSync(body).length : body.length);

/** Bytes fetched while loading `url` (before any interaction), by kind: on the wire and decoded. */
export async function weight(browser, base, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { html: 0, css: 0, js: 0, other: 0 };
  const gz = { html: 0, css: 0, js: 0, other: 0 };
  const pending = [];
  page.on('response', (res) =>
    pending.push(
      res.body().then(
        (body) => {
          const k = kindOf(res.request().resourceType(), res.url());
          bytes[k] += body.length;
          gz[k] += sent(res, body);
        },
        () => {},
      ),
    ),
  );
  await page.goto(base + url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const withJs = await page.locator('main').innerText();
  await context.close();
  const off = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await off.newPage();
  await p2.goto(base + url, { waitUntil: 'load' });
  const withoutJs = await p2.locator('main').innerText();
  await off.close();
  const total = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  return { bytes, gz, total: total(bytes), gzTotal: total(gz), textWithoutJs: withoutJs.trim() === withJs.trim() };
}

/** Bytes the server sends for a URL to a client that accepts gzip. */
function wireSize(url) {
  return new Promise((resolve, reject) =>
    get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      let n = 0;
      res.on('data', (d) => (n += d.length));
      res.on('end', () => resolve(n));
    }).on('error', reject),
  );
}

/** A first search in a fresh browser context: bytes fetched for it, and time to the first results. */
export async function firstSearch(browser, base, url, query, runs) {
  const times = [];
  const sizes = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + url, { waitUntil: 'networkidle' });
    let fetched = 0;
    const pending = [];
    page.on('response', (res) =>
      pending.push(
        res.body().then(
          (b) => (fetched += sent(res, b)),
          // A worker's script has no body to read here: ask the server for it the same way.
          () => wireSize(res.url()).then((n) => (fetched += n)),
        ),
      ),
    );
    const start = Date.now();
    await page.locator('#search-q').fill(query);
    await page.waitForFunction(
      (q) =>
        document.querySelector('.search-results ul')?.dataset.query === q &&
        document.querySelector('.search-results li'),
      query,
    );
    times.push(Date.now() - start);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    sizes.push(fetched);
    await context.close();
  }
  return { ms: median(times), bytes: median(sizes) };
}

/** Lighthouse (default mobile settings) on one URL: the four category scores, 0–100. */
export async function lighthouseScores(url, port) {
  const { default: lighthouse } = await import('lighthouse');
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const c = result.lhr.categories;
  const failed = Object.values(result.lhr.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable' &&
        a.scoreDisplayMode !== 'manual',
    )
    .map((a) => a.id);
  return {
    performance: Math.round(c.performance.score * 100),
    accessibility: Math.round(c.accessibility.score * 100),
    bestPractices: Math.round(c['best-practices'].score * 100),
    seo: Math.round(c.seo.score * 100),
    failed,
  };
}

/** Chromium for Lighthouse, listening on a debugging port. */
export async function launchForLighthouse() {
  const { launch: chromeLaunch } = await import('chrome-launcher');
  return chromeLaunch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...ARGS],
  });
}
