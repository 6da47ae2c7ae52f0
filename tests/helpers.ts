// Shared by the site and e2e suites: the built site on disk and the registry it was built from.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { LANGS, PROTOCOLS, type Protocol } from '../src/lib/protocols';
import type { CodeRecord } from '../src/lib/registry';

export const root = new URL('..', import.meta.url).pathname;
export const dist = join(root, 'dist');

export function requireDist(): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm test` (it builds first) or `npm run build`.');
  }
}

/** The registry as the site was built from it. */
export function registry(protocol: Protocol): Record<string, CodeRecord> {
  return parseYaml(readFileSync(join(root, 'content/registry', `${protocol}.yaml`), 'utf8'));
}
export const registryCodes = (protocol: Protocol) =>
  Object.keys(registry(protocol))
    .map(Number)
    .sort((a, b) => a - b);
export { PROTOCOLS };

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') walk(p, out);
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

export interface Page {
  /** URL path, e.g. /en/sip/486/ (directory pages) or /404.html. */
  url: string;
  file: string;
  html: string;
  dom: HTMLElement;
}

let pages: Page[] | undefined;

/** Every HTML page of dist/, parsed once per test file. */
export function allPages(): Page[] {
  requireDist();
  return (pages ??= walk(dist).map((file) => {
    const rel = '/' + relative(dist, file).split('\\').join('/');
    const url = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const html = readFileSync(file, 'utf8');
    return { url, file, html, dom: parse(html) };
  }));
}

let byUrl: Map<string, Page> | undefined;

export function page(url: string): Page {
  const found = (byUrl ??= new Map(allPages().map((p) => [p.url, p]))).get(url);
  if (!found) throw new Error(`no page at ${url}`);
  return found;
}

/** Resolves a site-relative URL path to the file a static host would serve, or null. */
export function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export const isRedirect = (p: Page) => Boolean(p.dom.querySelector('meta[http-equiv="refresh"]'));

/** Visible text of an element, scripts and styles left out. */
export function textOf(el: HTMLElement, { code = true } = {}): string {
  const clone = parse(el.outerHTML);
  clone.querySelectorAll('script, style, template').forEach((n) => n.remove());
  // Without code: each code span becomes a neutral mark, so prose checks see "URN ⟨code⟩", not "URN urn:…".
  if (!code) clone.querySelectorAll('code').forEach((n) => n.replaceWith('⟨code⟩'));
  // Blocks are read apart, as a browser shows them: the minified HTML has no space between them.
  clone
    .querySelectorAll('p, li, dt, dd, th, td, h1, h2, h3, h4, h5, h6, div, section, nav, ul, ol, dl, table, tr')
    .forEach((n) => n.insertAdjacentHTML('afterend', ' '));
  return clone.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * One or more pages of every kind, in both languages, for the gates that are too slow for all of
 * dist/ (HTML validation, accessibility): the root, each 404, each home and protocol index, every
 * code page, every curated comparison, the first comparisons of each protocol (composed text only),
 * a reversed-pair redirect and a language-neutral link page.
 */
export function pagesOfEveryKind({ allCodes = true } = {}): string[] {
  const urls = ['/', '/404.html'];
  for (const protocol of PROTOCOLS) {
    const codes = registryCodes(protocol);
    const [a, b, c] = codes as [number, number, number];
    urls.push(`/${protocol}/${a}/`);
    for (const lang of LANGS) {
      urls.push(`/${lang}/`, `/${lang}/404.html`, `/${lang}/search/`, `/${lang}/${protocol}/`);
      urls.push(`/${lang}/sip/q850/`, `/${lang}/data/`);
      for (const code of allCodes ? codes : codes.slice(0, 3)) urls.push(`/${lang}/${protocol}/${code}/`);
      const curated = curatedSlugs(lang, protocol);
      for (const slug of allCodes ? curated : curated.slice(0, 2)) urls.push(`/${lang}/${protocol}/${slug}/`);
      urls.push(
        `/${lang}/${protocol}/${a}-vs-${b}/`,
        `/${lang}/${protocol}/${b}-vs-${c}/`,
        `/${lang}/${protocol}/${b}-vs-${a}/`,
      );
    }
  }
  return [...new Set(urls)];
}

/** The pairs with a curated note in a language, as `{a}-vs-{b}` slugs, sorted. */
export function curatedSlugs(lang: string, protocol: Protocol): string[] {
  const dir = join(root, 'content', lang, protocol, 'compare');
  return existsSync(dir)
    ? readdirSync(dir)
        .map((f) => f.replace(/\.mdx?$/, ''))
        .sort()
    : [];
}
