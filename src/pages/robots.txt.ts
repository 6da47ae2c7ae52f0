import type { APIRoute } from 'astro';

// Generated rather than static so the sitemap URL follows the one `site` setting.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`);
