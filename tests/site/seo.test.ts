import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, dist, fileFor, isRedirect, page, type Page } from '../helpers';

import config from '../../astro.config.mjs';

const SITE = config.site!.replace(/\/$/, '');
const attr = (p: Page, sel: string, name = 'href') => p.dom.querySelector(sel)?.getAttribute(name) ?? null;
const indexable = (p: Page) => !p.dom.querySelector('meta[name="robots"][content*="noindex"]');

describe('search-engine metadata', () => {
  const pages = allPages();
  const canonicalPages = pages.filter(indexable);

  it('every indexable page has an absolute, self-referencing canonical URL', () => {
    for (const p of canonicalPages) expect(attr(p, 'link[rel="canonical"]'), p.url).toBe(SITE + p.url);
  });

  it('redirect pages are noindex with a canonical to their target', () => {
    for (const p of pages.filter(isRedirect)) {
      expect(indexable(p), p.url).toBe(false);
      const target = attr(p, 'meta[http-equiv="refresh"]', 'content')!.replace(/^0; url=/, '');
      expect(attr(p, 'link[rel="canonical"]'), p.url).toBe(SITE + target);
    }
  });

  it('hreflang alternates are reciprocal and resolve', () => {
    for (const p of canonicalPages.filter((x) => /^\/(en|ja)\//.test(x.url))) {
      const links = p.dom.querySelectorAll('link[rel="alternate"][hreflang]');
      const map: Record<string, string> = Object.fromEntries(
        links.map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]),
      );
      expect(Object.keys(map).sort(), p.url).toEqual(['en', 'ja', 'x-default']);
      expect(map[p.url.slice(1, 3)], `${p.url} lists itself`).toBe(SITE + p.url);
      for (const href of Object.values(map)) {
        const twin = page(new URL(href).pathname);
        const back = twin.dom.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('href'));
        expect(back, `${twin.url} links back to ${p.url}`).toContain(SITE + p.url);
      }
    }
  });

  it('titles and descriptions are unique among indexable pages', () => {
    for (const [what, sel, name] of [
      ['title', 'title', null],
      ['description', 'meta[name="description"]', 'content'],
    ] as const) {
      const seen = new Map<string, string>();
      const dupes: string[] = [];
      for (const p of canonicalPages) {
        const el = p.dom.querySelector(sel);
        const value = (name ? el?.getAttribute(name) : el?.textContent)?.trim() ?? '';
        expect(value.length, `${p.url} ${what}`).toBeGreaterThan(10);
        if (seen.has(value)) dupes.push(`${p.url} = ${seen.get(value)}: ${value.slice(0, 60)}`);
        else seen.set(value, p.url);
      }
      expect(dupes.slice(0, 10), what).toEqual([]);
    }
  });

  it('the sitemap lists every canonical page exactly once and nothing else', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const urls = parts.flatMap((part) => {
      expect(existsSync(join(dist, part)), part).toBe(true);
      return [...readFileSync(join(dist, part), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    });
    expect(new Set(urls).size, 'no URL twice').toBe(urls.length);
    expect(urls.map((u) => u.replace(SITE, '')).sort()).toEqual(canonicalPages.map((p) => p.url).sort());
    for (const u of urls) expect(fileFor(new URL(u).pathname), u).not.toBeNull();
  });

  it('robots.txt points at the sitemap', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('code and comparison pages carry BreadcrumbList and an article in their language', () => {
    for (const p of canonicalPages.filter((x) => /^\/(en|ja)\/\w+\/[\d-vs]+\/$/.test(x.url))) {
      const ld = p.dom.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
      expect(ld.map((x) => x['@type']).sort(), p.url).toEqual(['BreadcrumbList', 'TechArticle']);
      expect(ld.find((x) => x['@type'] === 'TechArticle').inLanguage).toBe(p.url.slice(1, 3));
    }
  });

  it('every page has Open Graph and Twitter title and description matching its own', () => {
    for (const p of pages) {
      const description = attr(p, 'meta[name="description"]', 'content');
      expect(description, p.url).toBeTruthy();
      expect(attr(p, 'meta[property="og:description"]', 'content'), p.url).toBe(description);
      expect(attr(p, 'meta[name="twitter:description"]', 'content'), p.url).toBe(description);
      expect(attr(p, 'meta[name="twitter:title"]', 'content'), p.url).toBe(
        attr(p, 'meta[property="og:title"]', 'content'),
      );
      expect(attr(p, 'meta[property="og:url"]', 'content'), p.url).toBe(attr(p, 'link[rel="canonical"]'));
    }
  });

  it('every code page unfurls with its own 1200×630 PNG card; other pages use the small card', () => {
    const cards = new Set<string>();
    for (const p of canonicalPages) {
      const m = /^\/(en|ja)\/(\w+)\/(\d{3})\/$/.exec(p.url);
      const image = attr(p, 'meta[property="og:image"]', 'content');
      if (!m) {
        expect(image, p.url).toBeNull();
        expect(attr(p, 'meta[name="twitter:card"]', 'content'), p.url).toBe('summary');
        continue;
      }
      expect(image, p.url).toBe(`${SITE}/og/${m[2]}/${m[3]}.png`);
      expect(attr(p, 'meta[name="twitter:card"]', 'content'), p.url).toBe('summary_large_image');
      expect(attr(p, 'meta[property="og:image:alt"]', 'content'), p.url).toBe(
        p.dom.querySelector('h1')!.textContent.trim(),
      );
      cards.add(image!.slice(SITE.length));
    }
    expect(cards.size).toBeGreaterThan(0);
    for (const path of cards) {
      const png = readFileSync(join(dist, path));
      // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
      expect(png.subarray(0, 8).toString('hex'), path).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
      expect(png.length, path).toBeGreaterThan(5_000);
    }
  });

  it('_redirects sends every reversed pair to its page, and _headers sets the CSP', () => {
    const redirects = readFileSync(join(dist, '_redirects'), 'utf8').trim().split('\n');
    const reversed = pages.filter(isRedirect);
    for (const p of reversed) {
      const target = attr(p, 'meta[http-equiv="refresh"]', 'content')!.replace(/^0; url=/, '');
      expect(redirects, p.url).toContain(`${p.url} ${target} 301`);
    }
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(/Content-Security-Policy: .*script-src 'self'/);
  });
});
