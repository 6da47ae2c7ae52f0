// The relevance suite's queries (queries.yaml), how a query is run in the browser, and how its
// results are judged: one reader for the test (tests/e2e/relevance.test.ts) and the benchmark.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';

export interface Query {
  lang: 'en' | 'ja';
  q: string;
  /** The pages that answer it, as paths after /{lang}/ (`sip/486`). */
  find: string[];
  within: 1 | 3;
  why?: string;
}

export function loadQueries(): Query[] {
  const queries = parse(readFileSync(new URL('./queries.yaml', import.meta.url), 'utf8')) as Query[];
  for (const [i, x] of queries.entries()) {
    const where = `tests/relevance/queries.yaml, query ${i + 1} (${JSON.stringify(x?.q)})`;
    if (!x || !['en', 'ja'].includes(x.lang)) throw new Error(`${where}: lang must be en or ja`);
    if (typeof x.q !== 'string' || !x.q.trim()) throw new Error(`${where}: q must be a non-empty string`);
    if (!Array.isArray(x.find) || !x.find.length) throw new Error(`${where}: find must list pages`);
    if (x.within !== 1 && x.within !== 3) throw new Error(`${where}: within must be 1 or 3`);
  }
  return queries;
}

/** The page paths a query's `find` names, in its language. */
export const answers = (x: Query) => x.find.map((p) => `/${x.lang}/${p}/`);

/**
 * Judges the result paths of a query: whether it passes, whether the first result answers it
 * (precision at 1), and the share of its answers among the first three, out of as many as fit
 * there (recall at 3).
 */
export function judge(x: Query, results: string[]): { pass: boolean; p1: number; r3: number } {
  const wanted = new Set(answers(x));
  const hits = (n: number) => results.slice(0, n).filter((r) => wanted.has(r)).length;
  const p1 = hits(1);
  const r3 = hits(3) / Math.min(3, wanted.size);
  return { pass: x.within === 1 ? p1 === 1 : r3 === 1, p1, r3 };
}

/** Types a query into the header search box of a fresh page and reads the result paths. */
export async function resultsFor(page: Page, base: string, x: Query): Promise<string[]> {
  await page.goto(`${base}/${x.lang}/`);
  await page.locator('#search-q').fill(x.q);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('.search-results ul')?.dataset.query === q,
    x.q.trim(),
  );
  return page
    .locator('.search-results ul a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
