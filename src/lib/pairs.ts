/** An ordered pair of codes of one protocol, `a < b`: the only order that gets a page. */
export interface Pair {
  a: number;
  b: number;
}

/**
 * Every unordered pair of distinct codes, each once, as `a < b`.
 * @example allPairs([200, 100, 486]) // [{a:100,b:200},{a:100,b:486},{a:200,b:486}]
 */
export function allPairs(codes: number[]): Pair[] {
  const sorted = [...new Set(codes)].sort((x, y) => x - y);
  const pairs: Pair[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push({ a: sorted[i]!, b: sorted[j]! });
  }
  return pairs;
}

/** @example pairSlug(412, 200) // '200-vs-412' — always the canonical order */
export function pairSlug(x: number, y: number): string {
  const [a, b] = x < y ? [x, y] : [y, x];
  return `${a}-vs-${b}`;
}

/**
 * Reads `a-vs-b` in either order. Returns null for anything else, and for a code compared with itself.
 * @example parsePairSlug('412-vs-200') // { a: 200, b: 412, reversed: true }
 */
export function parsePairSlug(slug: string): (Pair & { reversed: boolean }) | null {
  const m = /^(\d{3})-vs-(\d{3})$/.exec(slug);
  if (!m) return null;
  const x = Number(m[1]);
  const y = Number(m[2]);
  if (x === y) return null;
  return { a: Math.min(x, y), b: Math.max(x, y), reversed: x > y };
}
