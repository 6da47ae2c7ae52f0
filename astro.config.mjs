// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import notFound from './src/integrations/not-found.ts';
import pagefind from './src/integrations/pagefind.ts';
import { alternates, isCanonicalPath } from './src/lib/seo.ts';

export default defineConfig({
  // The one place the public origin is set: canonical URLs and the sitemap derive from it.
  site: 'https://status-codes.example',
  // Every URL of the contract ends in a slash (/en/sip/486/); one form means one canonical URL.
  trailingSlash: 'always',
  integrations: [
    mdx(),
    notFound(),
    sitemap({
      // Canonical pages only: no reversed-pair redirects, language-neutral links or 404.
      filter: (page) => isCanonicalPath(new URL(page).pathname),
      // hreflang alternates with x-default, derived like the pages' own links. (The i18n option
      // assumes an unprefixed default language and would pair `/` with `/en/`.)
      serialize: (item) => ({ ...item, links: alternates(item.url) }),
    }),
    pagefind(),
  ],
  devToolbar: { enabled: false },
  // Scripts and styles as external, hashed files: cacheable across pages, and allowed by a CSP
  // without 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: { assetsInlineLimit: 0 },
    plugins: [
      {
        // Vite wraps every dynamic import() in a helper that preloads the chunk's CSS and shared
        // chunks: 1 KB (gzipped) on every page, to load the search code, which has neither. The
        // helper becomes a plain call; tests/site/pages.test.ts checks that no lazy chunk needs CSS.
        name: 'status-codes:plain-dynamic-import',
        enforce: 'pre',
        load(id) {
          if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
        },
      },
    ],
  },
});
