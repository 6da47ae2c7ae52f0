// The relevance suite (issue 6): the queries of tests/relevance/queries.yaml, in both languages,
// each typed into the search box of a fresh page, as a reader's first search would be.
import { describe, expect, it } from 'vitest';
import { registryCodes } from '../helpers';
import { answers, judge, loadQueries, resultsFor } from '../relevance/suite';
import { servedSite } from './browser';

const site = servedSite();
const queries = loadQueries();

describe('search relevance', () => {
  it('has at least 40 queries across both languages', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'ja']) expect(queries.filter((x) => x.lang === lang).length).toBeGreaterThan(10);
  });

  // Small fixture builds lack some codes: a query runs when every page it names exists.
  const codes = new Set(registryCodes('sip').map(String));
  const runnable = queries.filter((x) =>
    x.find.every((p) =>
      p
        .split('/')[1]!
        .split('-vs-')
        .every((c) => codes.has(c)),
    ),
  );
  it.each(runnable.map((x) => [x.lang, x.q, x.within, x] as const))(
    '%s "%s" finds its pages within %i',
    async (_lang, _q, _within, x) => {
      const page = await site.browser.newPage();
      const results = await resultsFor(page, site.url, x);
      await page.close();
      expect(
        judge(x, results).pass,
        `${x.lang} "${x.q}": got ${results.slice(0, 3).join(' ')}; wanted ${answers(x).join(' ')}`,
      ).toBe(true);
    },
  );
});

describe('search by keyboard', () => {
  it('"/" and Ctrl+K focus the box; arrows walk the results; Escape closes them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/sip/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('busy');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.search-results ul')?.dataset.query === 'busy',
    );
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('Escape');
    expect(await page.locator('.search-results').isHidden()).toBe(true);
    await page.close();
  });

  it('Enter on a bare registered number opens that code page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/ja/`);
    const code = registryCodes('sip').at(-1)!;
    await page.locator('#search-q').fill(String(code));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/ja/sip/${code}/`);
    await page.close();
  });
});
