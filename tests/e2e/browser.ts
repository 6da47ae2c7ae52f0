import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { dist, requireDist } from '../helpers';
import { serve } from './server';
import { chromiumPath } from '../../scripts/chromium.mjs';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // The machine has no network but the package registries: background services only make noise.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * For a test file: serves the built dist/ (with its _headers) and launches Chromium before its
 * tests, and stops both after. Read `browser` and `url` inside tests, not at module level.
 */
export function servedSite(): { browser: Browser; url: string } {
  const ctx = {} as { browser: Browser; url: string };
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    requireDist();
    server = await serve(dist);
    ctx.url = server.url;
    ctx.browser = await launch();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await server?.close();
  });
  return ctx;
}
