import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ja } from '../../src/i18n/ja';
import { PROTOCOLS, registry, registryCodes } from '../helpers';
import { servedSite } from './browser';

const site = servedSite();

const codes = registryCodes('sip');
const names = registry('sip');
// The codes people meet most, where present; the first codes otherwise (small fixture builds).
const probe = [486, 100, 603, 200].filter((c) => codes.includes(c));
const sample = probe.length ? probe : codes.slice(0, 2);

async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#search-q');
  await input.fill(query);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('.search-results ul')?.dataset.query === q,
    query,
  );
  return page
    .locator('.search-results a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

// The pages of a code in every protocol that registers it, and of a name in every protocol that uses it.
const pagesOfCode = (lang: string, code: number) =>
  PROTOCOLS.filter((p) => registryCodes(p).includes(code)).map((p) => `/${lang}/${p}/${code}/`);
const pagesOfName = (lang: string, name: string) =>
  PROTOCOLS.flatMap((p) =>
    Object.entries(registry(p))
      .filter(([, r]) => r.name === name)
      .map(([c]) => `/${lang}/${p}/${c}/`),
  );

describe('search', () => {
  it.each(['en', 'ja'] as const)(
    'a bare code number finds that code page first, beside its namesake in the other protocol (%s)',
    async (lang) => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}/${lang}/`);
      for (const code of sample) {
        const want = pagesOfCode(lang, code);
        const results = await search(page, String(code));
        expect(results.slice(0, want.length).sort(), `query ${code}`).toEqual(want.sort());
      }
      await page.close();
    },
  );

  it.each(['en', 'ja'] as const)('the registered name finds the code page first (%s)', async (lang) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/${lang}/sip/`);
    for (const code of sample) {
      const want = pagesOfName(lang, names[code]!.name);
      const results = await search(page, names[code]!.name);
      expect(results.slice(0, want.length).sort(), `query "${names[code]!.name}"`).toEqual(want.sort());
    }
    await page.close();
  });

  it.each(['en', 'ja'] as const)('two codes in a query offer their comparison page first (%s)', async (lang) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/${lang}/`);
    const [a, b] = [sample[0]!, sample[1]!].sort((x, y) => x - y);
    for (const q of [`${b} ${a}`, `${a} vs ${b}`, `${b}と${a}`]) {
      const results = await search(page, q);
      expect(results[0], `query "${q}"`).toBe(`/${lang}/sip/${a}-vs-${b}/`);
    }
    // Not a pair of registered codes: no comparison is offered.
    expect((await search(page, `${a} 999`)).some((u) => u.includes('-vs-'))).toBe(false);
    await page.close();
  });

  it('without JavaScript the search form leads to the code index', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/ja/sip/${sample[0]}/`);
    await page.fill('#search-q', String(sample[0]));
    await page.click('.search button[type=submit]');
    await page.waitForURL(/\/ja\/sip\/\?q=/);
    expect(await page.locator('h1').textContent()).toContain('SIP');
    await context.close();
  });

  it("a missing address inside a language gets that language's 404 page, with working search", async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}/ja/sip/999/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('h1').textContent()).toBe(ja['notFound.title']);
    await expect.poll(() => page.locator('a[href="/ja/sip/"]').count()).toBeGreaterThan(0);
    expect((await search(page, '486'))[0]).toBe('/ja/sip/486/');
    await page.close();
  });
});

describe('language switch', () => {
  it('keeps the page and the section', async () => {
    const page = await site.browser.newPage();
    const code = sample[0]!;
    await page.goto(`${site.url}/en/sip/${code}/#fix`);
    await page.click('a.lang-switch');
    await page.waitForURL(`**/ja/sip/${code}/#fix`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.click('a.lang-switch');
    await page.waitForURL(`**/en/sip/${code}/#fix`);
    await page.close();
  });
});

describe('links for tickets', () => {
  it.each([
    ['ja-JP', 'ja'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
  ])('the language-neutral link sends a %s reader to /%s/, keeping the section', async (locale, lang) => {
    const context = await site.browser.newContext({ locale });
    const page = await context.newPage();
    const code = sample[0]!;
    await page.goto(`${site.url}/sip/${code}/#when`);
    await page.waitForURL(`**/${lang}/sip/${code}/#when`);
    await context.close();
  });

  it('a reversed comparison URL leads to the ordered one', async () => {
    const [a, b] = [codes[0]!, codes[1]!];
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/sip/${b}-vs-${a}/`);
    await page.waitForURL(`**/en/sip/${a}-vs-${b}/`);
    expect(await page.locator('h1').textContent()).toContain(' vs ');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it.each(['en', 'ja'] as const)('a code page reads in full (%s)', async (lang) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const code = sample[0]!;
    await page.goto(`${site.url}/${lang}/sip/${code}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(`SIP ${code} ${names[code]!.name}`);
    for (const id of ['description', 'when', 'fix', 'spec']) {
      const section = page.locator(`section:has(> h2#${id})`);
      expect(await section.isVisible(), id).toBe(true);
      expect((await section.innerText()).length, id).toBeGreaterThan(40);
    }
    await context.close();
  });
});

describe('section links', () => {
  it('copy the URL with the section, and say so', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const code = sample[0]!;
    await page.goto(`${site.url}/en/sip/${code}/`);
    await page.locator('h2#fix a.anchor').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/sip/${code}/#fix`);
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site.url}/en/sip/${code}/#fix`);
    expect(await page.locator('#live-status').textContent()).toBe('Link to this section copied');
    await context.close();
  });
});

describe('under the Content-Security-Policy of _headers', () => {
  it('is actually served with it', async () => {
    const res = await fetch(`${site.url}/en/`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });

  it('every kind of page loads, and searches, without a console error', async () => {
    const [a, b] = [codes[0]!, codes[1]!];
    const urls = [
      '/',
      '/en/',
      '/ja/',
      '/en/sip/',
      `/ja/sip/${a}/`,
      `/en/sip/${a}-vs-${b}/`,
      `/ja/sip/${b}-vs-${a}/`,
      `/sip/${a}/`,
      '/nowhere/',
      '/ja/sip/999/',
      `/ja/search/?q=${a}`,
    ];
    for (const url of urls) {
      const page = await site.browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.url + url);
      await page.waitForLoadState('load');
      if (await page.locator('#search-q').isVisible()) await search(page, String(a));
      else if (url.includes('/search/')) await page.waitForSelector('.search-results li');
      // The 404 page's own status line is the one error a browser logs there by design.
      expect(
        errors.filter((e) => !(/nowhere|999/.test(url) && /status of 404/.test(e))),
        url,
      ).toEqual([]);
      await page.close();
    }
  });
});
