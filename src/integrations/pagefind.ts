// Builds the search index inside `astro build` (as Starlight does), so no second command can be
// forgotten, and fails the build on any Pagefind error instead of shipping a site without search.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'status-codes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index || errors.length) fail('setup', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) fail('indexing', added.errors);
          if (added.page_count === 0) fail('indexing', ['no page carries data-pagefind-body']);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) fail('writing', written.errors);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
