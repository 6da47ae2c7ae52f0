import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPairs } from '../../src/lib/pairs';
import { dictionaries } from '../../src/i18n';
import { LANGS } from '../../src/lib/protocols';
import {
  allPages,
  curatedSlugs,
  dist,
  fileFor,
  isRedirect,
  page,
  PROTOCOLS,
  registry,
  registryCodes,
  textOf,
} from '../helpers';

describe.each(PROTOCOLS)('%s pages in dist/', (protocol) => {
  const codes = registryCodes(protocol);
  const reg = registry(protocol);
  const label = protocol.toUpperCase();

  it.each(LANGS)('every registry code has its %s page, titled with the registered name', (lang) => {
    for (const code of codes) {
      const p = page(`/${lang}/${protocol}/${code}/`);
      expect(p.dom.querySelector('h1')?.textContent.trim(), p.url).toBe(`${label} ${code} ${reg[code]!.name}`);
      expect(p.dom.querySelector('html')?.getAttribute('lang')).toBe(lang);
      const ids = p.dom.querySelectorAll('h2[id]').map((h) => h.id);
      expect(ids, p.url).toEqual(expect.arrayContaining(['description', 'when', 'fix', 'spec']));
      const spec = p.dom.querySelector('#spec')!.parentNode!;
      // The defining RFC section, or for a temporary registration the draft's section, linked.
      const r = reg[code]!;
      const href = r.rfc
        ? `https://www.rfc-editor.org/rfc/rfc${r.rfc}.html#section-${r.section}`
        : `https://datatracker.ietf.org/doc/html/${r.draft}#section-${r.section}`;
      expect(spec.querySelector(`a[href="${href}"]`), p.url).not.toBeNull();
    }
  });

  it('section ids are the same in both languages, so #fragment links survive a language switch', () => {
    for (const code of codes) {
      const ids = LANGS.map((lang) =>
        page(`/${lang}/${protocol}/${code}/`)
          .dom.querySelectorAll('[id]')
          .map((e) => e.id)
          .join(' '),
      );
      expect(ids[1], `${protocol} ${code}`).toBe(ids[0]);
    }
  });

  it.each(LANGS)('every pair has exactly one %s comparison page and one redirect for the reverse', (lang) => {
    const pairs = allPairs(codes);
    for (const { a, b } of pairs) {
      const p = page(`/${lang}/${protocol}/${a}-vs-${b}/`);
      expect(isRedirect(p), p.url).toBe(false);
      const r = page(`/${lang}/${protocol}/${b}-vs-${a}/`);
      expect(isRedirect(r), r.url).toBe(true);
      expect(r.dom.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
        `0; url=/${lang}/${protocol}/${a}-vs-${b}/`,
      );
      expect(r.dom.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(r.dom.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
        new RegExp(`/${lang}/${protocol}/${a}-vs-${b}/$`),
      );
      expect(r.dom.querySelector(`main a[href="/${lang}/${protocol}/${a}-vs-${b}/"]`), r.url).not.toBeNull();
    }
    const comparisons = allPages().filter((p) => new RegExp(`^/${lang}/${protocol}/\\d{3}-vs-\\d{3}/$`).test(p.url));
    expect(comparisons.filter((p) => !isRedirect(p))).toHaveLength(pairs.length);
    expect(comparisons.filter(isRedirect)).toHaveLength(pairs.length);
  });

  it('comparison pages carry both codes, the composed differences and links to both code pages', () => {
    const [a, b] = codes;
    for (const lang of LANGS) {
      const p = page(`/${lang}/${protocol}/${a}-vs-${b}/`);
      const h1 = p.dom.querySelector('h1')!.textContent;
      expect(h1).toContain(`${a} ${reg[a!]!.name}`);
      expect(h1).toContain(`${b} ${reg[b!]!.name}`);
      for (const id of ['side-by-side', 'differences', 'choose', 'more'])
        expect(p.dom.getElementById(id), `${p.url}#${id}`).not.toBeNull();
      expect(p.dom.querySelectorAll('[data-generated] li').length).toBeGreaterThan(2);
      expect(p.dom.querySelector(`a[href="/${lang}/${protocol}/${a}/"]`)).not.toBeNull();
      expect(p.dom.querySelector(`a[href="/${lang}/${protocol}/${b}/"]`)).not.toBeNull();
    }
    expect(page(`/en/${protocol}/${a}-vs-${b}/`).dom.querySelector('title')!.textContent).toMatch(
      new RegExp(`^${label} ${a} .+ vs ${b} .+ \\| `),
    );
  });

  it('curated notes: the same pairs in both languages, shown first on their comparison page and listed first on both code pages', () => {
    const notes = LANGS.map((lang) => curatedSlugs(lang, protocol));
    expect(notes[1], 'curated notes in ja vs en').toEqual(notes[0]);
    if (protocol === 'sip')
      expect(notes[0]!.length, 'issue 3: at least 25 curated SIP pairs').toBeGreaterThanOrEqual(25);
    if (protocol === 'http')
      expect(notes[0]!.length, 'issue 7: at least 20 curated HTTP pairs').toBeGreaterThanOrEqual(20);
    for (const lang of LANGS) {
      for (const slug of notes[0]!) {
        const p = page(`/${lang}/${protocol}/${slug}/`);
        const first = p.dom.querySelector('main section[aria-labelledby]');
        expect(first?.getAttribute('aria-labelledby'), p.url).toBe('note');
        expect(textOf(first!).length, p.url).toBeGreaterThan(lang === 'ja' ? 80 : 200);
        for (const code of slug.split('-vs-')) {
          const items = page(`/${lang}/${protocol}/${code}/`).dom.querySelectorAll(
            'section[aria-labelledby="compare"] li',
          );
          const flags = items.map((li) => Boolean(li.querySelector('.badge')));
          const at = items.findIndex((li) => li.querySelector(`a[href="/${lang}/${protocol}/${slug}/"]`));
          expect(at, `${lang} ${code} lists ${slug}`).toBeGreaterThanOrEqual(0);
          expect(flags[at], `${lang} ${code}: ${slug} marked curated`).toBe(true);
          expect(flags.slice(0, flags.lastIndexOf(true) + 1).every(Boolean), `${lang} ${code}: curated first`).toBe(
            true,
          );
        }
      }
    }
  });

  it('a code the other protocol registers too links to it, with the sentence on how they differ', () => {
    const others = PROTOCOLS.filter((p) => p !== protocol);
    let shared = 0;
    for (const lang of LANGS) {
      for (const code of codes) {
        const twin = others.find((o) => registryCodes(o).includes(code));
        const section = page(`/${lang}/${protocol}/${code}/`).dom.querySelector('#same-number')?.parentNode;
        expect(Boolean(section), `${lang} ${protocol} ${code}`).toBe(Boolean(twin));
        if (!twin) continue;
        shared++;
        expect(
          section!.querySelector(`a[href="/${lang}/${twin}/${code}/"]`),
          `${lang} ${protocol} ${code}`,
        ).not.toBeNull();
        // The sentence, written once in the HTTP entry, is on both pages.
        const sentence = textOf(section!.querySelectorAll('p').at(-1)!);
        const other = page(`/${lang}/${twin}/${code}/`).dom.querySelector('#same-number')!.parentNode;
        expect(sentence.length, `${lang} ${protocol} ${code}`).toBeGreaterThan(20);
        expect(textOf(other!), `${lang} ${twin} ${code}`).toContain(sentence);
      }
    }
    if (PROTOCOLS.length > 1) expect(shared, 'numbers both protocols register').toBeGreaterThan(0);
  });

  it('has the language-neutral link page for every code, with both languages linked', () => {
    for (const code of codes) {
      const p = page(`/${protocol}/${code}/`);
      for (const lang of LANGS)
        expect(p.dom.querySelector(`a[href="/${lang}/${protocol}/${code}/"]`), p.url).not.toBeNull();
    }
  });

  it('indexes list every code, grouped by class', () => {
    for (const lang of LANGS) {
      const p = page(`/${lang}/${protocol}/`);
      for (const code of codes)
        expect(p.dom.querySelector(`a[href="/${lang}/${protocol}/${code}/"]`), `${p.url} → ${code}`).not.toBeNull();
      const classes = [...new Set(codes.map((c) => Math.floor(c / 100)))];
      expect(p.dom.querySelectorAll('h2[id]').map((h) => h.id)).toEqual(classes.map((c) => `c${c}xx`));
    }
  });
});

describe('every page', () => {
  it('has the right <html lang> and a language switch to its twin', () => {
    for (const p of allPages()) {
      const m = /^\/(en|ja)\//.exec(p.url);
      const lang = p.dom.querySelector('html')!.getAttribute('lang');
      if (!m) {
        expect(lang, p.url).toBe('en');
        continue;
      }
      expect(lang, p.url).toBe(m[1]);
      const other = m[1] === 'en' ? 'ja' : 'en';
      const sw = p.dom.querySelector('a.lang-switch');
      expect(sw?.getAttribute('href'), p.url).toBe(p.url.replace(/^\/(en|ja)\//, `/${other}/`));
      expect(fileFor(sw!.getAttribute('href')!), p.url).not.toBeNull();
    }
  });

  it('exists at the top-level URLs of the contract', () => {
    for (const url of [
      '/',
      '/en/',
      '/ja/',
      '/404.html',
      '/en/search/',
      '/ja/search/',
      ...PROTOCOLS.flatMap((p) => [`/en/${p}/`, `/ja/${p}/`]),
    ]) {
      expect(fileFor(url), url).not.toBeNull();
    }
    const root = page('/');
    expect(root.dom.querySelector('a[href="/en/"]')).not.toBeNull();
    expect(root.dom.querySelector('a[href="/ja/"]')).not.toBeNull();
    expect(textOf(page('/404.html').dom.querySelector('main')!)).toMatch(/not found/i);
  });

  it.each(LANGS)(
    '/%s/404.html is a noindex 404 page in its own language, with search and every protocol index',
    (lang) => {
      const file = fileFor(`/${lang}/404.html`);
      expect(file).toMatch(new RegExp(`/${lang}/404\\.html$`));
      const p = page(`/${lang}/404.html`);
      expect(p.dom.querySelector('html')!.getAttribute('lang')).toBe(lang);
      expect(p.dom.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(p.dom.querySelector('h1')!.textContent.trim()).toBe(dictionaries[lang]['notFound.title']);
      expect(p.dom.querySelector('form[role="search"] input[name="q"]')).not.toBeNull();
      for (const protocol of PROTOCOLS)
        expect(p.dom.querySelector(`main a[href="/${lang}/${protocol}/"]`), protocol).not.toBeNull();
      expect(fileFor(`/${lang}/404/`), 'no directory twin').toBeNull();
      const redirects = readFileSync(join(dist, '_redirects'), 'utf8').trim().split('\n');
      expect(redirects.at(-LANGS.length + LANGS.indexOf(lang))).toBe(`/${lang}/* /${lang}/404.html 404`);
    },
  );
});

describe('scripts', () => {
  // astro.config.mjs turns Vite's preload helper into a plain import(): right only while no
  // lazily loaded chunk brings CSS or other chunks of its own, which the helper would have loaded.
  it('lazily loaded chunks exist and stand alone: no CSS, no further chunk', () => {
    const dir = join(dist, '_astro');
    const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const lazy = js.flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(/import\(`\.\/([^`]+)`\)/g)].map((m) => m[1]!),
    );
    expect(lazy.length, 'the search code is loaded lazily').toBeGreaterThan(0);
    for (const chunk of lazy) {
      expect(js, chunk).toContain(chunk);
      const code = readFileSync(join(dir, chunk), 'utf8');
      expect(code, chunk).not.toMatch(/\.css\b/);
      expect(code, chunk).not.toMatch(/\bimport\s*[{*\w]|import\(`\.\//);
    }
  });
});
