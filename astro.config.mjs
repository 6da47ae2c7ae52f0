// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // The one place the public origin is set: canonical URLs and the sitemap derive from it.
  site: 'https://status-codes.example',
  // Every URL of the contract ends in a slash (/en/sip/486/); one form means one canonical URL.
  trailingSlash: 'always',
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
  // Scripts and styles as external, hashed files: cacheable across pages, and allowed by a CSP
  // without 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
