// /og/{protocol}/{code}.png: the social card for a code page (see src/lib/card.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { en } from '../../../i18n/en';
import { cardPng } from '../../../lib/card';
import { codeClass, specName } from '../../../lib/registry';
import { PROTOCOL_LABEL, PROTOCOLS } from '../../../lib/protocols';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return PROTOCOLS.flatMap((protocol) =>
    site[protocol].facts.map((f) => ({ params: { protocol, code: String(f.code) }, props: { protocol, facts: f } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { protocol, facts } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const cls = codeClass(facts.code);
  const png = await cardPng({
    protocol: PROTOCOL_LABEL[protocol],
    code: facts.code,
    name: facts.name,
    spec: `${specName(facts)} §${facts.section}`,
    classLabel: `${cls}xx ${en['class.name'][protocol][cls]}`,
    site: site!.host,
  });
  // A copy backed by a plain ArrayBuffer, which is what BodyInit accepts.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
