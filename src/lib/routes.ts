import { allPairs, parsePairSlug, pairSlug } from './pairs';

/** What a `/{lang}/{protocol}/{slug}/` URL shows. */
export type SlugPage =
  | { kind: 'code'; code: number }
  | { kind: 'compare'; a: number; b: number }
  | { kind: 'redirect'; a: number; b: number };

/**
 * Every page under a protocol for one language: one per code, one per pair in `a < b` order, and
 * a redirect page for each reversed pair, so a hand-typed `412-vs-200` still lands.
 * @example slugPages([200, 412]).map(p => p.slug) // ['200', '412', '200-vs-412', '412-vs-200']
 */
export function slugPages(codes: number[]): Array<{ slug: string; page: SlugPage }> {
  const codePages = [...codes]
    .sort((x, y) => x - y)
    .map((code) => ({ slug: String(code), page: { kind: 'code', code } as SlugPage }));
  const pairs = allPairs(codes);
  const compares = pairs.map(({ a, b }) => ({ slug: pairSlug(a, b), page: { kind: 'compare', a, b } as SlugPage }));
  const redirects = pairs.map(({ a, b }) => ({ slug: `${b}-vs-${a}`, page: { kind: 'redirect', a, b } as SlugPage }));
  return [...codePages, ...compares, ...redirects];
}

/**
 * The comparisons a code page offers: curated notes first, then related codes, each once.
 * @example compareTargets(486, ['480-vs-486', '200-vs-412'], [600, 480]) // [480, 600]
 */
export function compareTargets(
  code: number,
  curatedSlugs: string[],
  related: number[],
): Array<{ code: number; curated: boolean }> {
  const curated = curatedSlugs
    .map(parsePairSlug)
    .filter((p) => p && (p.a === code || p.b === code))
    .map((p) => (p!.a === code ? p!.b : p!.a))
    .sort((x, y) => x - y);
  const rest = related.filter((r) => !curated.includes(r));
  return [...curated.map((c) => ({ code: c, curated: true })), ...rest.map((c) => ({ code: c, curated: false }))];
}
