// The search page (/{lang}/search/?q=…): a search a ticket can link to, with protocol and class
// filters kept in the address, and results that show code, name, gloss, summary and badge.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { PROTOCOLS, registry, registryCodes } from '../helpers';
import { servedSite } from './browser';

const site = servedSite();
const names = registry('sip');
const has = (...c: number[]) => c.every((x) => registryCodes('sip').includes(x));

interface Shown {
  path: string;
  badge: string;
  code: string;
  title: string;
  gloss: string;
  summary: string;
  marked: string[];
}

/** Opens a search page address and reads its results once they answer its query. */
async function open(page: Page, address: string): Promise<Shown[]> {
  await page.goto(site.url + address);
  const q = new URL(site.url + address).searchParams.get('q');
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results ul')?.dataset.query === q, q);
  return results(page);
}

function results(page: Page): Promise<Shown[]> {
  return page.locator('.search-results li a').evaluateAll((links) =>
    links.map((a) => {
      const text = (sel: string) => a.querySelector(sel)?.textContent ?? '';
      return {
        path: new URL((a as HTMLAnchorElement).href).pathname,
        badge: text('.badge'),
        code: text('.result-code'),
        title: text('.result-title'),
        gloss: text('.result-gloss'),
        summary: text('.result-summary'),
        marked: [...a.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      };
    }),
  );
}

describe.runIf(has(486, 600))('search page', () => {
  it('shows each result with its protocol badge, code, registered name, summary, and the matched words marked', async () => {
    const page = await site.browser.newPage();
    const shown = await open(page, '/en/search/?q=busy+here');
    expect(shown[0]).toMatchObject({ path: '/en/sip/486/', badge: 'SIP', code: '486', title: names[486]!.name });
    expect(shown[0]!.summary.length).toBeGreaterThan(20);
    expect(shown[0]!.marked.map((m) => m.toLowerCase())).toContain('busy');
    expect(await page.locator('.search-status').textContent()).toMatch(/^\d+ results$/);
    expect(await page.locator('#search-page-q').inputValue()).toBe('busy here');
    await page.close();
  });

  it('on a Japanese page, a result carries the Japanese gloss beside the registered name', async () => {
    const page = await site.browser.newPage();
    const shown = await open(page, `/ja/search/?q=${encodeURIComponent('話中')}`);
    expect(shown[0]).toMatchObject({ path: '/ja/sip/486/', code: '486', title: names[486]!.name, gloss: '話中' });
    expect(shown[0]!.marked).toContain('話中');
    expect(await page.locator('.search-status').textContent()).toMatch(/^\d+件$/);
    await page.close();
  });

  it('the class filter, set from the address, keeps only codes of that class', async () => {
    const page = await site.browser.newPage();
    const shown = await open(page, '/en/search/?q=busy&class=6xx');
    expect(await page.locator('select[name=class]').inputValue()).toBe('6xx');
    expect(shown[0]!.path).toBe('/en/sip/600/');
    expect(shown.map((r) => r.path)).not.toContain('/en/sip/486/');
    for (const r of shown.filter((r) => r.code)) expect(r.code, r.path).toMatch(/^6\d\d$/);
    await page.close();
  });

  it('changing a filter searches again and puts the filter in the address, for a ticket', async () => {
    const page = await site.browser.newPage();
    await open(page, '/en/search/?q=busy+here');
    await page.locator('select[name=class]').selectOption('4xx');
    await page.waitForURL(/class=4xx/);
    await expect.poll(async () => (await results(page)).every((r) => !r.code || r.code.startsWith('4'))).toBe(true);
    expect((await results(page))[0]!.path).toBe('/en/sip/486/');
    await page.locator('select[name=protocol]').selectOption('sip');
    await page.waitForURL(/protocol=sip/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('busy here');
    await expect.poll(async () => (await results(page)).every((r) => r.badge === 'SIP')).toBe(true);
    await page.close();
  });

  it('shows more results on demand', async () => {
    const page = await site.browser.newPage();
    const first = await open(page, '/en/search/?q=request');
    expect(first.length).toBe(20);
    await page.locator('.search-more').click();
    await expect.poll(async () => (await results(page)).length).toBeGreaterThan(20);
    await page.close();
  });

  it('Enter in the header box opens the search page for the words typed; its results link there too', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/ja/sip/`);
    await page.locator('#search-q').fill('busy here');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.search-results ul')?.dataset.query === 'busy here',
    );
    expect(await page.locator('.search-all').getAttribute('href')).toBe('/ja/search/?q=busy+here');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/ja/search/?q=busy+here');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.search-results ul')?.dataset.query === 'busy here',
    );
    expect((await results(page))[0]!.path).toBe('/ja/sip/486/');
    await page.close();
  });

  it.each(['en', 'ja'] as const)(
    'without JavaScript the page says why it shows nothing, and its form leads to the home page and its code indexes (%s)',
    async (lang) => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.url}/${lang}/search/?q=busy`);
      expect(await page.locator('main').innerText()).toContain(dictionaries[lang]['search.noscript']);
      await page.fill('#search-page-q', '486');
      await page.click('.search-page button[type=submit]');
      await page.waitForURL(new RegExp(`/${lang}/\\?q=486`));
      for (const protocol of PROTOCOLS)
        expect(await page.locator(`main a[href="/${lang}/${protocol}/"]`).count()).toBe(1);
      await context.close();
    },
  );
});

describe('Enter on a bare number', () => {
  it('opens the code page when one protocol registers it, the search page when both do', async () => {
    const page = await site.browser.newPage();
    const only = registryCodes('sip').find((c) => !registryCodes('http').includes(c))!;
    const both = registryCodes('sip').find((c) => registryCodes('http').includes(c))!;
    await page.goto(`${site.url}/en/`);
    await page.locator('#search-q').fill(String(only));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/sip/${only}/`);
    await page.locator('#search-q').fill(String(both));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/search/?q=${both}`);
    await page.waitForSelector('.search-results li');
    expect(
      (await results(page))
        .slice(0, 2)
        .map((r) => r.path)
        .sort(),
    ).toEqual([`/en/http/${both}/`, `/en/sip/${both}/`]);
    await page.close();
  });
});

describe('search code', () => {
  it('loads only when a reader starts to search', async () => {
    const page = await site.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/en/sip/`);
    await page.waitForLoadState('load');
    const lazy = (u: string) => u.startsWith('/pagefind/') || /\/_astro\/search\.[^/]*\.js$/.test(u);
    expect(loaded.filter(lazy)).toEqual([]);
    await page.locator('#search-q').focus();
    await expect.poll(() => loaded.filter(lazy).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
