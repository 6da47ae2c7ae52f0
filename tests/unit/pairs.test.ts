import { describe, expect, it } from 'vitest';
import { allPairs, pairSlug, parsePairSlug } from '../../src/lib/pairs';
import { compareTargets, slugPages } from '../../src/lib/routes';

describe('pairs', () => {
  it('makes every unordered pair once, smaller code first', () => {
    const pairs = allPairs([486, 200, 100, 200]);
    expect(pairs).toEqual([
      { a: 100, b: 200 },
      { a: 100, b: 486 },
      { a: 200, b: 486 },
    ]);
  });

  it('counts n(n-1)/2 pairs', () => {
    const codes = Array.from({ length: 75 }, (_, i) => 100 + i);
    expect(allPairs(codes)).toHaveLength((75 * 74) / 2);
  });

  it('writes slugs in canonical order whatever the argument order', () => {
    expect(pairSlug(412, 200)).toBe('200-vs-412');
    expect(pairSlug(200, 412)).toBe('200-vs-412');
  });

  it('parses both orders and rejects anything else', () => {
    expect(parsePairSlug('200-vs-412')).toEqual({ a: 200, b: 412, reversed: false });
    expect(parsePairSlug('412-vs-200')).toEqual({ a: 200, b: 412, reversed: true });
    expect(parsePairSlug('200-vs-200')).toBeNull();
    expect(parsePairSlug('200-412')).toBeNull();
    expect(parsePairSlug('2000-vs-412')).toBeNull();
  });
});

describe('routes', () => {
  it('gives each code a page, each pair one page and its reverse a redirect', () => {
    const pages = slugPages([412, 200, 486]);
    const slugs = pages.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(pages.filter((p) => p.page.kind === 'code')).toHaveLength(3);
    expect(pages.filter((p) => p.page.kind === 'compare').map((p) => p.slug)).toEqual([
      '200-vs-412',
      '200-vs-486',
      '412-vs-486',
    ]);
    expect(pages.find((p) => p.slug === '412-vs-200')?.page).toEqual({ kind: 'redirect', a: 200, b: 412 });
  });

  it('lists curated comparisons first, then related codes, each once', () => {
    expect(compareTargets(486, ['480-vs-486', '486-vs-600', '200-vs-412'], [600, 603, 480])).toEqual([
      { code: 480, curated: true },
      { code: 600, curated: true },
      { code: 603, curated: false },
    ]);
  });
});
