// Every library name in content/stacks.yaml against the verbatim source excerpt it was read from
// (tests/fixtures/stacks/{stack}.txt, whose first line gives the file and commit): the identifier
// and the number on one line, the phrase quoted beside it, deprecated names after a marker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkStacks, type StacksData } from '../../src/lib/stacks';
import { PROTOCOLS, registryCodes, root } from '../helpers';

const data = parseYaml(readFileSync(join(root, 'content/stacks.yaml'), 'utf8')) as StacksData;
const word = (w: string) => new RegExp(`(?<![A-Za-z0-9_])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`);
// In single quotes a source escapes the apostrophe: Python's and Node's 'I\'m a Teapot'.
const quoted = (phrase: string) => [`"${phrase}"`, `'${phrase.replaceAll("'", "\\'")}'`];

describe('names in libraries', () => {
  it('cover every registry code, with known stacks only', () => {
    const registries = Object.fromEntries(PROTOCOLS.map((p) => [p, new Set(registryCodes(p))]));
    expect(checkStacks(data, registries as never)).toEqual([]);
  });

  it.each(Object.keys(data.stacks))('%s: every name is in its source excerpt', (id) => {
    const stack = data.stacks[id]!;
    const lines = readFileSync(join(root, 'tests/fixtures/stacks', `${id}.txt`), 'utf8').split('\n');
    expect(lines[0], 'first line names the source').toBe(`# source: ${stack.source}`);
    const source = lines.slice(1);
    let named = 0;
    for (const [code, names] of Object.entries(data.codes[stack.protocol] ?? {})) {
      const n = names[id];
      if (!n) continue;
      named++;
      const key = n.const ?? code;
      const at = source.findIndex((l) => word(key).test(l) && word(code).test(l));
      expect(at, `${id} ${code}: no line holds both ${key} and ${code}`).toBeGreaterThanOrEqual(0);
      if (n.phrase) {
        // On a line that names the identifier (or, with none, the number), or the line after it:
        // Go gives the text in a switch, `case StatusNotFound:` then `return "Not Found"`.
        const near = source.flatMap((l, i) => (word(key).test(l) ? [l, source[i + 1] ?? ''] : [])).join('\n');
        expect(
          quoted(n.phrase).some((q) => near.includes(q)),
          `${id} ${code}: "${n.phrase}" not quoted beside ${key}`,
        ).toBe(true);
      }
      for (const other of n.also ?? [])
        expect(
          source.some((l) => word(other).test(l)),
          `${id} ${code}: ${other}`,
        ).toBe(true);
      for (const old of n.deprecated ?? []) {
        const i = source.findIndex((l) => word(old).test(l));
        const before = source.slice(Math.max(0, i - 3), i + 1).join('\n');
        expect(i >= 0 && /deprecated|obsolete/i.test(before), `${id} ${code}: ${old} marked deprecated`).toBe(true);
      }
    }
    expect(named, `${id} names some codes`).toBeGreaterThan(20);
  });
});
