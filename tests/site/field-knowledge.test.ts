// Issue 8 on the built pages: every code page shows its example message and the library names,
// every SIP page its Q.850 mapping (or says it has none), and the Q.850 page holds both tables whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/protocols';
import type { Q850Data } from '../../src/lib/q850';
import type { StacksData } from '../../src/lib/stacks';
import { plainText } from '../../src/lib/text';
import type { Example } from '../../src/lib/wire';
import { page, PROTOCOLS, registryCodes, root } from '../helpers';

const yaml = <T>(path: string) => parseYaml(readFileSync(join(root, path), 'utf8')) as T;
const q850 = yaml<Q850Data>('content/q850.yaml');
const stacks = yaml<StacksData>('content/stacks.yaml');
const sectionOf = (url: string, id: string) => page(url).dom.querySelector(`#${id}`)?.closest('section');

describe.each(PROTOCOLS)('%s code pages', (protocol) => {
  const codes = registryCodes(protocol);
  const stackIds = Object.keys(stacks.stacks).filter((id) => stacks.stacks[id]!.protocol === protocol);

  it.each(LANGS)('show the example message exactly as written (%s)', (lang) => {
    for (const code of codes) {
      const example = yaml<Example>(`content/examples/${protocol}/${code}.yaml`);
      const section = sectionOf(`/${lang}/${protocol}/${code}/`, 'example');
      expect(section, `${lang} ${code}`).toBeTruthy();
      // The parser keeps <pre> content raw; parse it again to read the text a browser shows.
      const shown = section!.querySelectorAll('pre').map((p) => {
        expect(p.innerHTML, `${lang} ${code}: nothing but <code> inside <pre>`).toMatch(/^<code>[^<]*<\/code>$/);
        return parse(p.innerHTML).textContent;
      });
      expect(shown, `${lang} ${code}`).toEqual([...(example.request ? [example.request] : []), example.response]);
      expect(section!.textContent, `${lang} ${code}`).toContain(plainText(example.caption[lang]));
    }
  });

  it.each(LANGS)('name the code in every library of the protocol (%s)', (lang) => {
    for (const code of codes) {
      const rows = sectionOf(`/${lang}/${protocol}/${code}/`, 'constants')!.querySelectorAll('tbody tr');
      expect(rows.length, `${lang} ${code}`).toBe(stackIds.length);
      stackIds.forEach((id, i) => {
        const n = stacks.codes[protocol]?.[code]?.[id];
        const text = rows[i]!.textContent;
        if (n?.const) expect(text, `${lang} ${code} ${id}`).toContain(`${stacks.stacks[id]!.prefix}${n.const}`);
        if (n?.phrase) expect(text, `${lang} ${code} ${id}`).toContain(n.phrase);
      });
    }
  });
});

describe('Q.850 mapping', () => {
  it.each(LANGS)('every SIP page shows its causes both ways, or says there are none (%s)', (lang) => {
    for (const code of registryCodes('sip')) {
      const section = sectionOf(`/${lang}/sip/${code}/`, 'q850');
      expect(section, `${lang} ${code}`).toBeTruthy();
      const text = section!.textContent;
      const to = q850.sipToIsup.filter((r) => r.sip === code);
      const from = q850.isupToSip.filter((r) => r.sip === code);
      for (const r of [...to, ...from])
        if (r.cause !== null) expect(text, `${lang} ${code}`).toContain(q850.causes[r.cause]![lang]);
      const links = section!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links, `${lang} ${code}`).toContain('https://www.rfc-editor.org/rfc/rfc3398.html#section-8.2.6.1');
      expect(links, `${lang} ${code}`).toContain('https://www.rfc-editor.org/rfc/rfc3398.html#section-7.2.4.1');
      expect(links, `${lang} ${code}`).toContain(`/${lang}/sip/q850/`);
      // Where a direction has no row, the page says so rather than showing an empty list.
      expect(section!.querySelectorAll('ul').length, `${lang} ${code}`).toBe(
        (to.length ? 1 : 0) + (from.length ? 1 : 0),
      );
    }
  });

  it('HTTP pages have no Q.850 section', () => {
    for (const code of registryCodes('http')) expect(sectionOf(`/en/http/${code}/`, 'q850')).toBeFalsy();
  });

  it.each(LANGS)('the %s table page holds every row of both tables', (lang) => {
    const p = page(`/${lang}/sip/q850/`);
    const rowsOf = (id: string) => p.dom.querySelector(`#${id}`)!.closest('section')!.querySelectorAll('tbody tr');
    expect(rowsOf('by-cause').length).toBe(q850.isupToSip.length);
    expect(rowsOf('by-code').length).toBe(q850.sipToIsup.length);
    q850.sipToIsup.forEach((r, i) => {
      const cells = rowsOf('by-code')[i]!.querySelectorAll('td');
      expect(cells[0]!.textContent, `row ${i}`).toContain(String(r.sip));
      if (r.cause !== null) expect(cells[1]!.textContent, `row ${i}`).toContain(q850.causes[r.cause]![lang]);
    });
  });
});

describe('links to the open data', () => {
  it.each(LANGS)('each %s protocol index links its JSON file and the page about it', (lang) => {
    for (const protocol of PROTOCOLS) {
      const hrefs = page(`/${lang}/${protocol}/`)
        .dom.querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(expect.arrayContaining([`/data/${protocol}.json`, `/${lang}/data/`]));
    }
  });
});
