import { chromium, type Browser } from 'playwright-core';
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
