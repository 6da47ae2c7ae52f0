// The start of the relevance suite (issue 6): queries a person types, in both languages, and the
// code page each must find in the top three (or first). Each query runs in a fresh page, as a
// reader's first search would.
import { describe, expect, it } from 'vitest';
import { registryCodes } from '../helpers';
import { servedSite } from './browser';

const site = servedSite();

type Case = [lang: 'en' | 'ja', query: string, code: number, rank: 1 | 3];
const CASES: Case[] = [
  // Everyday words (ja: kanji, katakana, and hiragana as typed before conversion).
  ['ja', '話中', 486, 1],
  ['ja', '話し中', 486, 1],
  ['ja', 'ビジー', 486, 3],
  ['ja', '認証', 401, 1],
  ['ja', '認証エラー', 401, 1],
  ['ja', '見つからない', 404, 1],
  ['ja', 'タイムアウト', 408, 1],
  ['ja', '呼び出し中', 180, 1],
  ['ja', '過負荷', 503, 1],
  ['ja', '着信拒否', 603, 1],
  ['ja', '不在', 480, 1],
  ['ja', '圏外', 480, 1],
  ['ja', 'はなしちゅう', 486, 1],
  ['ja', 'にんしょう', 401, 3],
  ['ja', 'みつからない', 404, 1],
  ['ja', 'じかんぎれ', 408, 1],
  ['ja', 'よびだしちゅう', 180, 1],
  ['ja', 'ふざい', 480, 3],
  ['ja', 'かふか', 503, 1],
  ['ja', 'ちゃくしんきょひ', 603, 1],
  ['en', 'busy', 486, 3],
  ['en', 'authentication', 401, 3],
  ['en', 'timeout', 408, 3],
  ['en', 'not found', 404, 1],
  ['en', 'ringing', 180, 1],
  ['en', 'overloaded', 503, 1],
  ['en', 'declined', 603, 1],
  ['en', 'unavailable', 480, 1],
  // Header fields, in wire spelling.
  ['en', 'Retry-After', 503, 3],
  ['en', 'Min-SE', 422, 1],
  ['en', 'WWW-Authenticate', 401, 1],
  // Older names that still circulate.
  ['en', 'Internal Server Error', 500, 1],
  ['en', 'Session in Progress', 183, 1],
  ['en', 'Unsupported Certificate', 437, 1],
];

describe('search relevance', () => {
  const codes = registryCodes('sip');
  it.each(CASES.filter(([, , code]) => codes.includes(code)))(
    '%s "%s" finds %i in the top %i',
    async (lang, query, code, rank) => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}/${lang}/`);
      await page.locator('#search-q').fill(query);
      await page.waitForFunction(
        (q) => document.querySelector<HTMLElement>('.search-results ul')?.dataset.query === q,
        query,
      );
      const urls = await page
        .locator('.search-results a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(urls.slice(0, rank), `${lang} "${query}"`).toContain(`/${lang}/sip/${code}/`);
      await page.close();
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
