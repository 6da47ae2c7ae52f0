import { describe, expect, it } from 'vitest';
import { alternates, breadcrumbJsonLd, isCanonicalPath } from '../../src/lib/seo';

describe('isCanonicalPath', () => {
  it('keeps canonical pages, code 404 and its comparisons included', () => {
    for (const p of ['/', '/en/', '/ja/sip/', '/en/sip/404/', '/ja/sip/200-vs-404/', '/en/sip/404-vs-480/']) {
      expect(isCanonicalPath(p), p).toBe(true);
    }
  });

  it('drops redirects, language-neutral links, the 404 page and the search page', () => {
    for (const p of ['/en/sip/412-vs-200/', '/sip/486/', '/404.html', '/404/', '/en/search/', '/ja/search/'])
      expect(isCanonicalPath(p), p).toBe(false);
  });
});

describe('alternates', () => {
  it('pairs every language and adds x-default in English', () => {
    expect(alternates('https://x.example/ja/sip/486/')).toEqual([
      { lang: 'en', url: 'https://x.example/en/sip/486/' },
      { lang: 'ja', url: 'https://x.example/ja/sip/486/' },
      { lang: 'x-default', url: 'https://x.example/en/sip/486/' },
    ]);
  });

  it('gives none outside the language trees', () => {
    expect(alternates('https://x.example/')).toEqual([]);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1', () => {
    const ld = breadcrumbJsonLd([
      { name: 'Home', url: 'https://x.example/en/' },
      { name: '486', url: 'https://x.example/en/sip/486/' },
    ]);
    expect(ld.itemListElement.map((i) => i.position)).toEqual([1, 2]);
    expect(ld['@type']).toBe('BreadcrumbList');
  });
});
