// Gate: axe-core finds no WCAG 2.1 A/AA violation on any kind of page, in both languages, in the
// light and the dark colour scheme. Pages that navigate away by themselves (reversed-pair
// redirects, language-neutral links) are checked as they stand, with that navigation held back.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pagesOfEveryKind } from '../helpers';
import { servedSite } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const site = servedSite();

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

describe.each(['light', 'dark'] as const)('accessibility (axe-core, %s scheme)', (colorScheme) => {
  it('no WCAG 2.1 A/AA violation on any kind of page', async () => {
    // bypassCSP only lets axe itself be injected; the site's CSP is tested in site.test.ts.
    const context = await site.browser.newContext({ colorScheme, bypassCSP: true });
    const found: string[] = [];
    const urls = pagesOfEveryKind({ allCodes: false });
    for (const url of urls) {
      const page = await context.newPage();
      // The search page is checked with its results shown.
      const search = url.endsWith('/search/');
      const target = site.url + url + (search ? '?q=busy' : '');
      // Hold back self-navigation: serve the document without its meta refresh, and do not run
      // the language-neutral page's redirect script. Everything else loads as usual.
      await page.route('**/*', async (route) => {
        const req = route.request();
        if (req.url() === target) {
          const response = await route.fetch();
          const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
          return route.fulfill({ response, body });
        }
        return /NeutralPage[^/]*\.js$/.test(req.url()) ? route.abort() : route.continue();
      });
      await page.goto(target);
      await page.waitForLoadState('load');
      if (search) await page.waitForSelector('.search-results li');
      await page.evaluate(axeSource);
      const result = (await page.evaluate(
        (tags) =>
          (window as unknown as { axe: { run: (c: unknown) => Promise<unknown> } }).axe.run({
            runOnly: { type: 'tag', values: tags },
          }),
        TAGS,
      )) as AxeResult;
      for (const v of result.violations)
        found.push(`${url} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      await page.close();
    }
    await context.close();
    expect(found).toEqual([]);
    expect(urls.length).toBeGreaterThan(20);
  }, 300_000);
});
