// Static hosts look for a file named 404.html: Cloudflare Pages serves the nearest one up the
// path, Netlify the one a `_redirects` rule names. Astro writes only the root 404 page under that
// name, so each language's /{lang}/404/index.html is moved to /{lang}/404.html here, before the
// search index and the sitemap are written (neither lists it: it is noindex and not canonical).
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../lib/protocols';

export default function notFound(): AstroIntegration {
  return {
    name: 'status-codes:not-found',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        for (const lang of LANGS) {
          const from = join(site, lang, '404', 'index.html');
          if (!existsSync(from)) throw new Error(`${from} was not built: src/pages/[lang]/404.astro is missing`);
          renameSync(from, join(site, lang, '404.html'));
          rmdirSync(join(site, lang, '404'));
        }
        logger.info(`moved ${LANGS.map((l) => `/${l}/404.html`).join(', ')}`);
      },
    },
  };
}
