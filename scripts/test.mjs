// `npm test`: every check, cheapest first. Formatting and types, then one build of the whole site (which also
// builds the search index), then all suites: unit, bad-input builds, dist/ checks, and the browser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

try {
  console.log(`Chromium: ${chromiumPath()}`);
} catch (e) {
  // Never skip the browser tests quietly: without Chromium the run fails here, saying why.
  console.error(`✖ ${e.message}`);
  process.exit(1);
}

run('prettier (formatting)', 'prettier', ['--check', '--log-level', 'warn', '.']);
run('astro check (types)', 'astro', ['check']);
run('astro build (site + search index)', 'astro', ['build']);
// Vitest's own summary is for people; the plain closing line below is the one CI reads.
const report = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'report.json');
console.log('\n▶ vitest (unit, build, site, e2e)');
const vitest = spawnSync(
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let summary = null;
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  // No report: vitest failed before running anything; its exit code says so below.
}
if (summary)
  console.log(
    `\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`,
  );
if (vitest.status !== 0 || !summary || summary.numTotalTests === 0) {
  console.error('\n✖ vitest failed' + (summary?.numTotalTests === 0 ? ': no test ran' : ''));
  process.exit(vitest.status || 1);
}
