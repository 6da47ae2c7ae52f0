import type { Lang, Protocol } from './protocols';
import { pairSlug } from './pairs';

// Every URL ends in a slash: the URL contract in DESIGN.md, and what `trailingSlash: 'always'` serves.

export const homeUrl = (lang: Lang) => `/${lang}/`;
export const protocolUrl = (lang: Lang, protocol: Protocol) => `/${lang}/${protocol}/`;
export const codeUrl = (lang: Lang, protocol: Protocol, code: number) => `/${lang}/${protocol}/${code}/`;
/** Comparison URL, always in the canonical `a < b` order whatever order the codes are given in. */
export const compareUrl = (lang: Lang, protocol: Protocol, x: number, y: number) =>
  `/${lang}/${protocol}/${pairSlug(x, y)}/`;
/** Language-neutral link for tickets: the page picks the reader's language. */
export const neutralCodeUrl = (protocol: Protocol, code: number) => `/${protocol}/${code}/`;

/** The search page of a language; `?q=…` (and `protocol`, `class`) make a search linkable. */
export const searchUrl = (lang: Lang) => `/${lang}/search/`;

/** RFC 3398's cause mapping as a whole, beside the SIP codes. */
export const q850Url = (lang: Lang) => `/${lang}/sip/q850/`;

/** The page documenting the open-data files (/data/{protocol}.json). */
export const dataPageUrl = (lang: Lang) => `/${lang}/data/`;

/** A language's 404 page: a file, so that static hosts find it by name. */
export const notFoundUrl = (lang: Lang) => `/${lang}/404.html`;

/** Social card image of a code page (language-neutral: both languages share it). */
export const cardUrl = (protocol: Protocol, code: number) => `/og/${protocol}/${code}.png`;

/**
 * The same page in another language: swaps the leading language segment.
 * @example switchLangUrl('/en/sip/486/', 'ja') // '/ja/sip/486/'
 */
export function switchLangUrl(path: string, to: Lang): string {
  const m = /^\/(en|ja)(\/.*)?$/.exec(path);
  if (!m) return `/${to}/`;
  return `/${to}${m[2] ?? '/'}`;
}
