// The registry data against a copy of the IANA registry kept in tests/fixtures: a code that IANA
// does not register, or a misspelled name or wrong defining RFC, fails here before any page is built.
// The other direction holds too: every IANA code has a record, so a dropped code fails as well.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../helpers';

function iana(file: string): Map<string, { name: string; rfc: number }> {
  const rows = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return new Map(
    rows.map((row) => {
      const [code, name, reference] = row.split('\t') as [string, string, string];
      return [code, { name, rfc: Number(/RFC(\d+)/.exec(reference)![1]) }];
    }),
  );
}

describe('SIP registry data', () => {
  const expected = iana('iana-sip-response-codes.tsv');
  const actual = registry('sip');

  it('fixture is the whole IANA registry (75 codes)', () => {
    expect(expected.size).toBe(75);
  });

  it('holds only codes IANA registers, each spelled exactly as IANA does, with its defining RFC', () => {
    for (const [code, record] of Object.entries(actual)) {
      expect(expected.has(code), `SIP ${code} is not in the IANA registry`).toBe(true);
      expect(record.name, `SIP ${code}`).toBe(expected.get(code)!.name);
      expect(record.rfc, `SIP ${code}`).toBe(expected.get(code)!.rfc);
    }
  });

  it('holds every code IANA registers', () => {
    const missing = [...expected.keys()].filter((code) => !(code in actual));
    expect(missing, 'IANA codes without a registry record').toEqual([]);
    expect(Object.keys(actual).sort()).toEqual([...expected.keys()].sort());
  });
});
