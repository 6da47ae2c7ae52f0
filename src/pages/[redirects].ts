// dist/_redirects for static hosts that honour it (Netlify; Cloudflare Pages reads the plain
// lines). Files named with a leading underscore are not routes in Astro, so this one is a
// dynamic route whose only value is `_redirects`.
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { LANGS, PROTOCOLS } from '../lib/protocols';
import { slugPages } from '../lib/routes';
import { codeUrl, neutralCodeUrl, notFoundUrl } from '../lib/urls';

export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const lines: string[] = [];
  for (const protocol of PROTOCOLS) {
    const codes = site[protocol].facts.map((f) => f.code);
    for (const lang of LANGS) {
      for (const { slug, page } of slugPages(codes)) {
        if (page.kind === 'redirect')
          lines.push(`/${lang}/${protocol}/${slug}/ /${lang}/${protocol}/${page.a}-vs-${page.b}/ 301`);
      }
    }
    // Language-neutral links: by the reader's Accept-Language where the host can tell; every
    // other reader gets the page itself, which chooses in the browser or offers both links.
    for (const code of codes) {
      for (const lang of LANGS)
        lines.push(`${neutralCodeUrl(protocol, code)} ${codeUrl(lang, protocol, code)} 302 Language=${lang}`);
    }
  }
  // Last, so they only catch what no file and no rule above serves: each language's own 404 page
  // (Netlify; Cloudflare Pages finds the nearest 404.html by itself).
  for (const lang of LANGS) lines.push(`/${lang}/* ${notFoundUrl(lang)} 404`);
  return new Response(lines.join('\n') + '\n');
};
