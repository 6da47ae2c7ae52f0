// content/q850.yaml against RFC 3398's two tables, kept verbatim in tests/fixtures: the same rows
// in the same order, each number as printed, except where a row says why it departs (erratum).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkQ850, parseRfcTable, type Q850Data } from '../../src/lib/q850';
import { registryCodes, root } from '../helpers';

const data = parseYaml(readFileSync(join(root, 'content/q850.yaml'), 'utf8')) as Q850Data;
const table = (name: string) => parseRfcTable(readFileSync(join(root, 'tests/fixtures', name), 'utf8'));

describe('RFC 3398 cause mapping', () => {
  // Each row as [the table's left number, its right number]; an erratum row changes exactly one.
  const compare = (data: Array<[number, number | null, boolean]>, file: string) => {
    const rows = table(file);
    expect(data.length).toBe(rows.length);
    data.forEach(([left, right, erratum], i) => {
      const row = rows[i]!;
      const same = [left === row.left, right === row.right];
      expect(same, `${file}: ${row.line}${erratum ? ' (an erratum row changes one number)' : ''}`).toEqual(
        erratum ? expect.toSatisfy((s: boolean[]) => s.filter(Boolean).length === 1) : [true, true],
      );
    });
    return rows;
  };

  it('ISUP to SIP (§7.2.4.1): every row of the table, in order', () => {
    const rows = compare(
      data.isupToSip.map((r) => [r.cause, r.sip, Boolean(r.erratum)]),
      'rfc3398-isup-to-sip.txt',
    );
    expect(rows.length).toBeGreaterThan(25);
  });

  it('SIP to ISUP (§8.2.6.1): every row of the table, in order', () => {
    const rows = compare(
      data.sipToIsup.map((r) => [r.sip, r.cause, Boolean(r.erratum)]),
      'rfc3398-sip-to-isup.txt',
    );
    expect(rows.length).toBeGreaterThan(30);
  });

  it('names every cause it uses in both languages, and maps only registry codes', () => {
    expect(checkQ850(data, new Set(registryCodes('sip')))).toEqual([]);
    for (const [cause, name] of Object.entries(data.causes)) {
      expect(name.en, cause).toMatch(/^[A-Z]/);
      expect(name.ja, cause).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
