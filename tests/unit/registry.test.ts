// The registry data against a copy of the IANA registry kept in tests/fixtures: a code that IANA
// does not register, or a misspelled name or wrong defining RFC, fails here before any page is built.
// The other direction holds too: every IANA code has a record, so a dropped code fails as well.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../helpers';

interface Expected {
  name: string;
  rfc?: number;
  draft?: string;
  /** The status IANA's listing implies, where it says one: "(TEMPORARY …)", "(OBSOLETED)", "(Unused)". */
  status?: string;
}

function iana(file: string): Map<string, Expected> {
  const rows = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return new Map(
    rows.map((row) => {
      const [code, listed, reference] = row.split('\t') as [string, string, string];
      // IANA appends the status of a temporary or obsoleted registration to the name.
      const note = /^(.*?) \((TEMPORARY|OBSOLETED)\b[^)]*\)$/.exec(listed);
      const name = note ? note[1]! : listed;
      const status =
        note?.[2] === 'TEMPORARY' ? 'temporary' : note ? 'obsoleted' : name === '(Unused)' ? 'unused' : undefined;
      const rfc = /RFC(\d+)/.exec(reference)?.[1];
      const draft = /(draft-[a-z0-9-]+)/.exec(reference)?.[1];
      return [code, { name, status, ...(rfc ? { rfc: Number(rfc) } : { draft }) }];
    }),
  );
}

describe.each([
  ['sip', 'SIP', 'iana-sip-response-codes.tsv', 75],
  ['http', 'HTTP', 'iana-http-status-codes.tsv', 64],
] as const)('%s registry data', (protocol, label, fixture, size) => {
  const expected = iana(fixture);
  const actual = registry(protocol);

  it(`fixture is the whole IANA registry (${size} codes)`, () => {
    expect(expected.size).toBe(size);
  });

  it('holds only codes IANA registers, each spelled exactly as IANA does, with its defining document and status', () => {
    for (const [code, record] of Object.entries(actual)) {
      const e = expected.get(code);
      expect(e, `${label} ${code} is not in the IANA registry`).toBeDefined();
      expect(record.name, `${label} ${code}`).toBe(e!.name);
      expect(record.rfc, `${label} ${code}`).toBe(e!.rfc);
      expect(record.draft, `${label} ${code}`).toBe(e!.draft);
      if (e!.status) expect(record.status, `${label} ${code}`).toBe(e!.status);
    }
  });

  it('holds every code IANA registers', () => {
    const missing = [...expected.keys()].filter((code) => !(code in actual));
    expect(missing, 'IANA codes without a registry record').toEqual([]);
    expect(Object.keys(actual).sort()).toEqual([...expected.keys()].sort());
  });
});
