// The registry data against a copy of the IANA registry kept in tests/fixtures: a dropped,
// added or misspelled code fails here, before any page is built.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../helpers';

function iana(file: string): Map<number, { name: string; rfc: number }> {
  const rows = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return new Map(
    rows.map((row) => {
      const [code, name, reference] = row.split('\t') as [string, string, string];
      return [Number(code), { name, rfc: Number(/RFC(\d+)/.exec(reference)![1]) }];
    }),
  );
}

describe('SIP registry data', () => {
  const expected = iana('iana-sip-response-codes.tsv');
  const actual = registry('sip');

  it('holds exactly the codes IANA registers', () => {
    expect(Object.keys(actual).map(Number).sort()).toEqual([...expected.keys()].sort());
  });

  it('spells every name exactly as IANA does and cites the defining RFC', () => {
    for (const [code, { name, rfc }] of expected) {
      expect(actual[code]?.name, `SIP ${code}`).toBe(name);
      expect(actual[code]?.rfc, `SIP ${code}`).toBe(rfc);
    }
  });

  it('marks 202 deprecated, as its registered name says', () => {
    expect(actual['202']?.status).toBe('deprecated');
  });
});
