// `npm test`: every check, cheapest first. Formatting and types, then one build of the whole site (which also
// builds the search index), then all suites: unit, bad-input builds, dist/ checks, and the browser.
import { spawnSync } from 'node:child_process';
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
run('vitest (unit, build, site, e2e)', 'vitest', ['run', ...process.argv.slice(2)]);
