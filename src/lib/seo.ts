import { parsePairSlug } from './pairs';
import { DEFAULT_LANG, LANGS, PROTOCOLS } from './protocols';

const NEUTRAL = new RegExp(`^/(${PROTOCOLS.join('|')})/\\d{3}/$`);
const SEARCH = new RegExp(`^/(${LANGS.join('|')})/search/$`);
const LOCALIZED_SLUG = new RegExp(`^/(${LANGS.join('|')})/(${PROTOCOLS.join('|')})/([^/]+)/$`);

/**
 * Whether a page belongs in the sitemap: canonical pages only. Reversed comparison URLs are
 * redirects, language-neutral links pick a language, and the 404 and search pages are not destinations.
 * @example isCanonicalPath('/en/sip/412-vs-200/') // false
 */
export function isCanonicalPath(pathname: string): boolean {
  if (/^\/(?:(?:en|ja)\/)?404(?:\/|\.html)$/.test(pathname) || NEUTRAL.test(pathname)) return false;
  if (SEARCH.test(pathname)) return false;
  const slug = LOCALIZED_SLUG.exec(pathname)?.[3];
  const pair = slug ? parsePairSlug(slug) : null;
  return !pair?.reversed;
}

interface Crumb {
  name: string;
  url: string;
}

/** schema.org BreadcrumbList for search engines, from the same crumbs the page shows. */
export function breadcrumbJsonLd(crumbs: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** schema.org TechArticle: what the page is, in which language, about which code. */
export function articleJsonLd(a: { headline: string; description: string; url: string; lang: string; about?: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: a.headline,
    description: a.description,
    url: a.url,
    inLanguage: a.lang,
    ...(a.about ? { about: { '@type': 'Thing', name: a.about } } : {}),
  };
}

/**
 * hreflang alternates of a page: its twin in every language plus x-default (English), or none
 * for pages outside the language trees (`/`). The same set the pages' own <link>s carry.
 * @example alternates('https://x.example/ja/sip/486/')
 *   // [{lang:'en',url:'https://x.example/en/sip/486/'},{lang:'ja',url:'…/ja/sip/486/'},{lang:'x-default',url:'…/en/sip/486/'}]
 */
export function alternates(url: string): Array<{ lang: string; url: string }> {
  const u = new URL(url);
  const m = new RegExp(`^/(${LANGS.join('|')})(/.*)$`).exec(u.pathname);
  if (!m) return [];
  const twin = (lang: string) => new URL(`/${lang}${m[2]}`, u).href;
  return [...LANGS.map((lang) => ({ lang, url: twin(lang) })), { lang: 'x-default', url: twin(DEFAULT_LANG) }];
}
