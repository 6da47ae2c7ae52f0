// Gate: the W3C Nu HTML Checker (vnu-jar) finds no error in any kind of page, in both languages.
// It needs Java; without it this fails, saying so (.ci/run installs default-jre-headless).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fileFor, pagesOfEveryKind } from '../helpers';

const vnu = createRequire(import.meta.url)('vnu-jar') as string;

interface Message {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

describe('HTML validity (Nu HTML Checker)', () => {
  it('reports no error on every kind of page', () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error || java.status !== 0)
      throw new Error('Java is needed for the Nu HTML Checker: apt-get install -y default-jre-headless');
    const urls = pagesOfEveryKind();
    const files = urls.map((u) => fileFor(u) ?? `missing page ${u}`);
    expect(files.filter((f) => f.startsWith('missing'))).toEqual([]);
    const r = spawnSync('java', ['-Xss16m', '-jar', vnu, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // vnu writes its JSON report to stderr and exits 1 when it found errors.
    const report = JSON.parse(r.stderr) as { messages: Message[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? ''} ${m.message}`);
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThan(150);
  });
});
