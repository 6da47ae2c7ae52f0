import { defineConfig } from 'vitest/config';

// Three suites that mirror the architecture: pure modules, the built dist/, and a real browser.
// `npm test` (scripts/test.mjs) builds dist/ once before the site and e2e suites read it.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
