// Each failure mode of the content, built for real: the build must exit non-zero and say which
// file (and field) is wrong. Runs on a throwaway copy of the project, never on content/ itself.
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { root } from '../helpers';

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'status-codes-bad-'));
  for (const name of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  // Packages are linked one by one: Astro keeps its content cache in node_modules/.astro, which
  // must be the copy's own, or concurrent builds overwrite each other's.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

function build(dir: string): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
}

/** Rewrites an entry's front matter through a YAML round trip. */
function editFrontMatter(file: string, edit: (data: Record<string, unknown>) => void): void {
  const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  const data = parse(fm!);
  edit(data);
  writeFileSync(file, `---\n${stringify(data)}---\n${body}`);
}

const firstCode = () =>
  readdirSync(join(root, 'content/en/sip'))
    .filter((f) => /^\d{3}\.md$/.test(f))
    .sort()[0]!
    .slice(0, 3);

const cases: Array<[string, (dir: string, code: string) => void, (code: string) => RegExp[]]> = [
  [
    'front matter that does not parse',
    (dir, code) =>
      writeFileSync(join(dir, `content/ja/sip/${code}.md`), `---\nsummary: "unclosed\nuse: [\n---\n\nBody.\n`),
    (code) => [new RegExp(`content/ja/sip/${code}\\.md`)],
  ],
  [
    'a missing field',
    (dir, code) => editFrontMatter(join(dir, `content/en/sip/${code}.md`), (d) => delete d.summary),
    (code) => [new RegExp(`en/sip/${code}\\.md`), /summary/],
  ],
  [
    'a field of the wrong type',
    (dir, code) => editFrontMatter(join(dir, `content/ja/sip/${code}.md`), (d) => (d.when = 5)),
    (code) => [new RegExp(`ja/sip/${code}\\.md`), /when/],
  ],
  [
    'a code that is not in the registry',
    (dir, code) => cpSync(join(dir, `content/en/sip/${code}.md`), join(dir, 'content/en/sip/999.md')),
    () => [/content\/en\/sip\/999\.md: code 999 is not in content\/registry\/sip\.yaml/],
  ],
  [
    'a code with two files',
    (dir, code) => cpSync(join(dir, `content/ja/sip/${code}.md`), join(dir, `content/ja/sip/${code}.mdx`)),
    (code) => [
      new RegExp(`content/ja/sip/${code}\\.mdx: code ${code} already has an entry in content/ja/sip/${code}\\.md`),
    ],
  ],
  [
    'a registry code without an entry in one language',
    (dir, code) => unlinkSync(join(dir, `content/ja/sip/${code}.md`)),
    (code) => [new RegExp(`content/ja/sip/${code}\\.md: missing`)],
  ],
  [
    'a registry record with a bad value',
    (dir, code) => {
      const file = join(dir, 'content/registry/sip.yaml');
      const reg = parse(readFileSync(file, 'utf8'));
      reg[code].status = 'retired';
      writeFileSync(file, stringify(reg));
    },
    (code) => [/registry\/sip\.yaml|sip\.yaml/, new RegExp(`${code}.*status|status`)],
  ],
  [
    'a curated comparison named in the wrong order',
    (dir) => {
      // The folder may not exist at all: git keeps no empty folders.
      mkdirSync(join(dir, 'content/en/sip/compare'), { recursive: true });
      const notes = readdirSync(join(dir, 'content/en/sip/compare'));
      const note = notes[0] ?? '100-vs-200.md';
      const [a, b] = note.replace('.md', '').split('-vs-');
      if (!notes[0]) writeFileSync(join(dir, 'content/en/sip/compare', note), 'Note.\n');
      renameSync(join(dir, 'content/en/sip/compare', note), join(dir, `content/en/sip/compare/${b}-vs-${a}.md`));
    },
    () => [/content\/en\/sip\/compare\/\d{3}-vs-\d{3}\.md: (write the pair|code)/],
  ],
  [
    'an example whose Content-Length does not match its body',
    (dir, code) => {
      const file = join(dir, `content/examples/sip/${code}.yaml`);
      const example = parse(readFileSync(file, 'utf8'));
      example.response = example.response.replace(/Content-Length: \d+/, 'Content-Length: 9999');
      writeFileSync(file, stringify(example));
    },
    (code) => [new RegExp(`content/examples/sip/${code}\\.yaml: response: Content-Length is 9999`)],
  ],
  [
    'a library name for a code the registry lacks',
    (dir) => {
      const file = join(dir, 'content/stacks.yaml');
      const data = parse(readFileSync(file, 'utf8'));
      data.codes.sip['499'] = {};
      writeFileSync(file, stringify(data));
    },
    () => [/content\/stacks\.yaml: codes\.sip\."499": not in content\/registry\/sip\.yaml/],
  ],
];

describe.concurrent('a build with bad content fails and names the file', () => {
  it.each(cases)('%s', async (_name, breakIt, expected) => {
    const dir = copyProject();
    try {
      const code = firstCode();
      breakIt(dir, code);
      const { status, output } = await build(dir);
      expect(status, output).not.toBe(0);
      for (const re of expected(code)) expect(output).toMatch(re);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
