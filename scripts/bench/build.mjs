// Build figures: the site's own build, the floor (a bare Astro project with as many one-paragraph
// pages, indexed by Pagefind, built with the same toolchain), and the site at other sizes.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { htmlCount, measure, median, treeHash } from './measure.mjs';

export const root = new URL('../..', import.meta.url).pathname;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(root, 'node_modules/.bin/pagefind');

/** A throwaway directory whose node_modules links the project's packages one by one. */
function scratch(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (name !== '.astro') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  return dir;
}

/** One `astro build` of a project directory: time, peak memory, page count and a hash of dist/. */
export async function buildOnce(dir) {
  const r = await measure(process.execPath, [astro, 'build'], { cwd: dir });
  return { ms: r.ms, peakMb: r.peakMb, pages: htmlCount(join(dir, 'dist')), hash: treeHash(join(dir, 'dist')) };
}

/** Several builds of a project directory: median time, peak memory, page count, every dist/ hash. */
export function summarize(results) {
  return {
    ms: median(results.map((r) => r.ms)),
    peakMb: Math.max(...results.map((r) => r.peakMb)),
    pages: results[0].pages,
    hashes: results.map((r) => r.hash),
  };
}

export async function buildRuns(dir, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await buildOnce(dir));
  return summarize(results);
}

/**
 * The floor: `pages` one-paragraph pages in a bare Astro project (defaults, no integrations),
 * then Pagefind over them. Returns a function that builds it once, and one that removes it.
 */
export function makeFloor(pages) {
  const dir = scratch('status-codes-floor-');
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head>
<body><main data-pagefind-body><h1>Page {n}</h1><p>Paragraph {n}: a short text for the search index to hold, about one line long.</p></main></body></html>
`,
  );
  return {
    async run() {
      const b = await measure(process.execPath, [astro, 'build'], { cwd: dir });
      const p = await measure(pagefind, ['--site', 'dist', '--output-subdir', 'pagefind'], { cwd: dir });
      return { ms: b.ms + p.ms, peakMb: Math.max(b.peakMb, p.peakMb), pages: htmlCount(join(dir, 'dist')), hash: '' };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Unused codes of a class, in order: room for synthetic codes beside the real ones. */
function freeCodes(cls, taken) {
  const out = [];
  for (let c = cls * 100 + 1; c < cls * 100 + 100; c++) if (!taken.has(c)) out.push(c);
  return out;
}

/**
 * A copy of the project whose SIP registry has about `factor` times the codes: below 1 it keeps
 * every n-th code (with the relations and notes among them); above 1 it adds copies of real codes
 * under unused numbers of the same class, with the same prose.
 */
export function scaledCopy(factor) {
  const dir = scratch('status-codes-scale-');
  for (const name of ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  const regFile = join(dir, 'content/registry/sip.yaml');
  const reg = parse(readFileSync(regFile, 'utf8'));
  const codes = Object.keys(reg)
    .map(Number)
    .sort((a, b) => a - b);
  const target = Math.round(codes.length * factor);
  /** Synthetic code → the real code whose content it copies. */
  const copies = new Map();
  let next = {};
  if (target <= codes.length) {
    const keep = new Set(codes.filter((_, i) => i % Math.round(codes.length / target) === 0).slice(0, target));
    for (const c of codes) if (keep.has(c)) next[c] = { ...reg[c], related: reg[c].related.filter((r) => keep.has(r)) };
    for (const lang of ['en', 'ja']) {
      for (const f of readdirSync(join(dir, 'content', lang, 'sip')))
        if (/^\d{3}\.md$/.test(f) && !keep.has(Number(f.slice(0, 3)))) rmSync(join(dir, 'content', lang, 'sip', f));
      for (const f of readdirSync(join(dir, 'content', lang, 'sip/compare')))
        if (
          !f
            .replace('.md', '')
            .split('-vs-')
            .every((c) => keep.has(Number(c)))
        )
          rmSync(join(dir, 'content', lang, 'sip/compare', f));
    }
  } else {
    next = { ...reg };
    const taken = new Set(codes);
    const free = Object.fromEntries([1, 2, 3, 4, 5, 6].map((k) => [k, freeCodes(k, taken)]));
    for (let i = 0; Object.keys(next).length < target; i++) {
      const src = codes[i % codes.length];
      // Their examples hold rules of their own number (100 keeps To untagged, 505 names SIP/3.0).
      if (src === 100 || src === 505) continue;
      const code = free[Math.floor(src / 100)].shift();
      if (code === undefined) continue;
      next[code] = reg[src];
      copies.set(code, src);
      for (const lang of ['en', 'ja'])
        cpSync(join(dir, 'content', lang, 'sip', `${src}.md`), join(dir, 'content', lang, 'sip', `${code}.md`));
    }
  }
  writeFileSync(regFile, stringify(next));
  keepSameNumbersTrue(dir, new Set(Object.keys(next)));
  keepFieldDataTrue(dir, new Set(Object.keys(next).map(Number)), copies);
  return { dir, codes: Object.keys(next).length };
}

/**
 * Examples, library names and the Q.850 rows are checked against the registry too: drop those of
 * codes the copy lost, and give a synthetic code its source's example under its own number.
 */
function keepFieldDataTrue(dir, sipCodes, copies) {
  const examples = join(dir, 'content/examples/sip');
  for (const f of readdirSync(examples)) if (!sipCodes.has(Number(f.slice(0, 3)))) rmSync(join(examples, f));
  for (const [code, src] of copies) {
    const text = readFileSync(join(examples, `${src}.yaml`), 'utf8');
    writeFileSync(join(examples, `${code}.yaml`), text.replace(`SIP/2.0 ${src} `, `SIP/2.0 ${code} `));
  }
  const stacksFile = join(dir, 'content/stacks.yaml');
  const stacks = parse(readFileSync(stacksFile, 'utf8'));
  stacks.codes.sip = Object.fromEntries([...sipCodes].map((c) => [c, stacks.codes.sip[c] ?? {}]));
  writeFileSync(stacksFile, stringify(stacks));
  const q850File = join(dir, 'content/q850.yaml');
  const q850 = parse(readFileSync(q850File, 'utf8'));
  q850.isupToSip = q850.isupToSip.map((r) => (r.sip === null || sipCodes.has(r.sip) ? r : { ...r, sip: null }));
  q850.sipToIsup = q850.sipToIsup.filter((r) => sipCodes.has(r.sip));
  writeFileSync(q850File, stringify(q850));
}

/**
 * HTTP entries carry `sameNumber` exactly where SIP registers the same number (the build checks
 * it). Once SIP's codes are shrunk or multiplied, drop the sentence where SIP lost the number and
 * give a stand-in where a synthetic SIP code took an HTTP number.
 */
function keepSameNumbersTrue(dir, sipCodes) {
  for (const lang of ['en', 'ja']) {
    const folder = join(dir, 'content', lang, 'http');
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).filter((f) => /^\d{3}\.md$/.test(f))) {
      const file = join(folder, f);
      const text = readFileSync(file, 'utf8');
      const has = /^sameNumber:/m.test(text);
      const shared = sipCodes.has(f.slice(0, 3));
      if (has && !shared) writeFileSync(file, text.replace(/^sameNumber:.*\n(?:[ \t]+.*\n)*/m, ''));
      if (!has && shared)
        writeFileSync(
          file,
          text.replace(/\n---\n/, '\nsameNumber: A synthetic SIP code shares this number in the scaled copy.\n---\n'),
        );
    }
  }
}
