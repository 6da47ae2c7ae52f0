// Where the browser tests find Chromium: $CHROMIUM_PATH, or Debian's package. A test tool's own
// browser download cannot work here (no network but the package registries).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {string} the Chromium binary; throws with the fix when there is none. */
export function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at $CHROMIUM_PATH, ${CANDIDATES.join(', ')}). ` +
        'Install it with `apt-get install -y chromium` (as .ci/run does), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}
