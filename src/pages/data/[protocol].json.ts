// /data/{protocol}.json: the open data, from the same validated content as the pages.
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { LANGS, PROTOCOLS, type Protocol } from '../../lib/protocols';
import { mappingFor } from '../../lib/q850';
import { openDataCode, openDataFile } from '../../lib/opendata';

export function getStaticPaths() {
  return PROTOCOLS.map((protocol) => ({ params: { protocol } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const protocol = params.protocol as Protocol;
  const data = (await loadSite())[protocol];
  const codes = data.facts.map((f) => {
    const prose = Object.fromEntries(LANGS.map((l) => [l, data.entries[l].get(f.code)!.data]));
    const q = data.q850 && mappingFor(data.q850, f.code);
    const causes = (rows: Array<{ cause: number | null }>) => rows.flatMap((r) => (r.cause === null ? [] : [r.cause]));
    return openDataCode(
      site!.href,
      f,
      prose as never,
      q && { toCauses: causes(q.toCause), fromCauses: causes(q.fromCauses) },
    );
  });
  return new Response(`${JSON.stringify(openDataFile(site!.href, protocol, codes), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
