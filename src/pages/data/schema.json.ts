// /data/schema.json: the JSON Schema both open-data files validate against (checked in npm test).
import type { APIRoute } from 'astro';
import { openDataSchema } from '../../lib/opendata';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataSchema(site!.href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
