import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import type { Q850Data } from '../../src/lib/q850';
import { allPages, PROTOCOLS, registry, root, textOf, type Page } from '../helpers';

/**
 * The fixed text of every dictionary value: plain strings, strings inside records, and the
 * literal pieces of template functions (called with markers, then split on them).
 */
function fragments(dict: Record<string, unknown>): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') out.push(...v.split(/\u0000|\{code\}|\{n\}/));
    else if (typeof v === 'function') {
      const args = Array.from({ length: 6 }, () => '\u0000');
      for (const n of [1, 2])
        add((v as (...a: unknown[]) => string)(...args.map((a, i) => (i === 0 && v.length === 1 ? n : a))));
    } else if (v && typeof v === 'object') Object.values(v).forEach(add);
  };
  Object.values(dict).forEach(add);
  return [...new Set(out.map((s) => s.trim()).filter((s) => s.length >= 4))];
}

// Registered names and aliases are English by design (the name is the name); they are not UI text.
// Nor are Q.850's cause names, which a Japanese page shows beside its own ("（Redirection to new destination）").
const causeNames = Object.values(
  (parseYaml(readFileSync(join(root, 'content/q850.yaml'), 'utf8')) as Q850Data).causes,
).map((c) => c.en);
const names = [
  ...PROTOCOLS.flatMap((p) => Object.values(registry(p)).flatMap((r) => [r.name, ...r.aliases])),
  ...causeNames,
].sort((a, b) => b.length - a.length);

const visible = (p: Page) => {
  const attrs = p.dom
    .querySelectorAll(
      '[aria-label], [placeholder], [title], [alt], [data-loading], [data-none], [data-one], [data-many], [data-unavailable]',
    )
    .flatMap((e) =>
      Object.entries(e.attributes)
        .filter(([k]) => /^(aria-label|placeholder|title|alt|data-)/.test(k))
        .map(([, v]) => v),
    );
  // Code (header fields, methods, configuration) is allowed English on a Japanese page: left out.
  const body = p.dom.querySelector('body')!.clone() as HTMLElement;
  body.querySelectorAll('code, pre').forEach((c) => c.remove());
  const text = [textOf(body), p.dom.querySelector('title')?.textContent ?? '', ...attrs].join('\n');
  // A URL shown as text (the link for tickets) is an address, not UI text: its "status-codes" is no word.
  // So is a product's own message quoted in 「」, as the glossary asks ("Page not found" from Django).
  const quotedMessages = text.replace(/「[^」\u3040-\u30ff\u4e00-\u9fff]*」/g, ' ');
  const addresses = quotedMessages.replace(/(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*/gi, ' ');
  return names.reduce((t, name) => t.split(name).join(' '), addresses);
};

describe('language', () => {
  const pages = allPages();
  const jaPages = pages.filter((p) => p.url.startsWith('/ja/'));
  const enPages = pages.filter((p) => p.url.startsWith('/en/'));

  it('no English interface string on a /ja/ page', () => {
    const english = fragments(en).filter((s) => !fragments(ja).includes(s) && /[a-z]{3}/i.test(s));
    expect(english.length).toBeGreaterThan(50);
    // Whole words only: "Home" is UI text, "Homer" (a SIP capture tool) is a name, and so is
    // "Request-URI" (a term of the protocol, hyphen-joined as on the wire).
    const patterns = english.map((s) => ({
      s,
      re: new RegExp(`(?<![A-Za-z-])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z-])`),
    }));
    const found: string[] = [];
    for (const p of jaPages) {
      const text = visible(p);
      for (const { s, re } of patterns) if (re.test(text)) found.push(`${p.url}: "${s}"`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('no Japanese interface string on an /en/ page, but for the language switch', () => {
    const japanese = fragments(ja).filter(
      (s) => !fragments(en).includes(s) && s !== ja['lang.switchText'] && s !== ja['lang.name'],
    );
    const found: string[] = [];
    for (const p of enPages) {
      const text = visible(p).replace(en['lang.switchText'], '');
      for (const s of japanese) if (text.includes(s)) found.push(`${p.url}: "${s}"`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('Japanese pages carry Japanese prose in every section of a code page', () => {
    for (const p of jaPages.filter((x) => /^\/ja\/\w+\/\d{3}\/$/.test(x.url))) {
      for (const id of ['description', 'when', 'fix']) {
        const section = p.dom.getElementById(id)!.parentNode!;
        const text = textOf(section).replace(/`[^`]*`/g, '');
        const kana = (text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length;
        expect(kana / text.length, `${p.url}#${id}`).toBeGreaterThan(0.3);
      }
    }
  });

  it('no doubled words anywhere in the prose of a page ("when when")', () => {
    const doubled: string[] = [];
    for (const p of pages) {
      // Block by block: a heading "Search" above a paragraph "Search every code…" is no slip.
      const blocks = p.dom.querySelector('main')!.querySelectorAll('p, li, h1, h2, h3, h4, dt, dd, th, td');
      const text = blocks.map((b) => textOf(b, { code: false })).join('\n');
      for (const m of text.matchAll(/\b([A-Za-z]{2,})[ \t]+\1\b/gi)) doubled.push(`${p.url}: "${m[0]}"`);
      // Japanese has no spaces: flag a run of three or more kana or kanji written twice in a row
      // (two-character reduplications such as いろいろ or まだまだ are ordinary words). The run
      // starts as a word can: not with ン, ー or a small kana (キャンペーンページ is one word).
      for (const m of text.matchAll(
        /([\u3040-\u30ff\u4e00-\u9fff](?<![んンーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ])[\u3040-\u30ff\u4e00-\u9fff]{2,})\1/g,
      ))
        doubled.push(`${p.url}: "${m[0]}"`);
    }
    expect(doubled.slice(0, 20)).toEqual([]);
  });

  it('no Markdown left unrendered in page text (a stray backtick)', () => {
    const raw = pages.filter((p) => textOf(p.dom.querySelector('body')!).includes('`')).map((p) => p.url);
    expect(raw.slice(0, 10)).toEqual([]);
  });
});
