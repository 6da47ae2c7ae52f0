// Every example message on disk, parsed and checked as the build checks it: a start line with the
// code and registered name, the fields its RFC requires, and a Content-Length that matches.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { IN_MULTISTATUS, checkExample, parseMessage, type Example } from '../../src/lib/wire';
import { PROTOCOLS, registry, root } from '../helpers';

describe.each(PROTOCOLS)('%s example messages', (protocol) => {
  const dir = join(root, 'content/examples', protocol);
  const reg = registry(protocol);

  it('exist for every registry code, and only for those', () => {
    const files = existsSync(dir) ? readdirSync(dir).sort() : [];
    expect(files).toEqual(
      Object.keys(reg)
        .map((c) => `${c}.yaml`)
        .sort(),
    );
  });

  it('parse, and pass every wire rule', () => {
    for (const [code, record] of Object.entries(reg)) {
      const example = parseYaml(readFileSync(join(dir, `${code}.yaml`), 'utf8')) as Example;
      expect(
        checkExample(protocol, Number(code), record, example),
        `content/examples/${protocol}/${code}.yaml`,
      ).toEqual([]);
      // The start line names the code and its registered name (an unused code: its former name); a
      // code WebDAV reports per resource may instead sit in a 207's body, as its own status line.
      const { startLine, body } = parseMessage(example.response);
      const names = record.status === 'unused' ? record.aliases : [record.name];
      const lines = names.map((n) => `${protocol === 'sip' ? 'SIP/2.0' : 'HTTP/1.1'} ${code} ${n}`);
      const shown = protocol === 'http' && code in IN_MULTISTATUS && startLine.includes(' 207 ') ? body : startLine;
      expect(
        lines.some((l) => shown.includes(l)),
        `${protocol} ${code}: ${startLine}`,
      ).toBe(true);
    }
  });
});
