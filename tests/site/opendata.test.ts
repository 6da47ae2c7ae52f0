// The open-data files in dist/ against their JSON Schema (also in dist/), and against the pages
// built beside them: the same codes, names and summaries, so the two cannot drift.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/protocols';
import { dist, page, PROTOCOLS, registry, requireDist } from '../helpers';

requireDist();
const json = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8'));
const schema = json('data/schema.json');
// Ajv knows no formats by itself; an absolute URL is the only one the schema uses.
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat('uri', (s: string) => URL.canParse(s) && /^https?:\/\//.test(s));
const validate = ajv.compile(schema);

describe.each(PROTOCOLS)('/data/%s.json', (protocol) => {
  const file = json(`data/${protocol}.json`);
  const reg = registry(protocol);

  it('validates against /data/schema.json', () => {
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('holds every registry code once, with its registered name', () => {
    expect(file.count).toBe(Object.keys(reg).length);
    expect(file.codes.map((c: { code: number }) => c.code)).toEqual(
      Object.keys(reg)
        .map(Number)
        .sort((a, b) => a - b),
    );
    for (const c of file.codes) expect(c.name, String(c.code)).toBe(reg[c.code]!.name);
  });

  it('says what the pages say: summary and gloss, and the page links resolve', () => {
    for (const c of file.codes) {
      for (const lang of LANGS) {
        const p = page(new URL(c.pages[lang]).pathname);
        expect(p.dom.querySelector('meta[name="description"]')?.getAttribute('content'), p.url).toBe(c[lang].summary);
        if (lang === 'ja') expect(p.dom.querySelector('.gloss-line')?.textContent.trim(), p.url).toBe(c.ja.gloss);
      }
    }
  });
});

describe('a broken file fails the schema', () => {
  it('refuses a missing name, an unknown field and a bad class', () => {
    const file = json('data/sip.json');
    const [first, ...rest] = file.codes;
    const { name: _name, ...nameless } = first;
    const broken = { ...file, codes: [{ ...nameless, class: '9xx', extra: 1 }, ...rest] };
    expect(validate(broken)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "/codes/0 must have required property 'name'",
        '/codes/0 must NOT have additional properties',
        '/codes/0/class must match pattern "^[1-6]xx$"',
      ]),
    );
  });
});
