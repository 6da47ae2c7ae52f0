// /data/{protocol}.json: every registry code with its facts and both languages' gloss and summary,
// built from the same content as the pages so the two cannot drift. The JSON Schema beside it is
// written here too, so the shape and its documentation change in one place.
import { LANGS, PROTOCOL_LABEL, type Lang, type Protocol } from './protocols';
import { codeClass, specName, specUrl, type CodeFacts } from './registry';
import { plainText } from './text';
import { codeUrl } from './urls';

/** The registry each protocol's codes come from. */
export const IANA_REGISTRY: Record<Protocol, string> = {
  sip: 'https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7',
  http: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
};

export const dataUrl = (protocol: Protocol) => `/data/${protocol}.json`;
export const SCHEMA_PATH = '/data/schema.json';

export interface Prose {
  gloss?: string;
  summary: string;
}

/** One code as published. `site` is the absolute origin, so the file stands alone when downloaded. */
export function openDataCode(
  site: string,
  facts: CodeFacts,
  prose: Record<Lang, Prose>,
  q850?: { toCauses: number[]; fromCauses: number[] },
) {
  return {
    code: facts.code,
    name: facts.name,
    class: `${codeClass(facts.code)}xx`,
    status: facts.status,
    spec: {
      document: specName(facts),
      section: facts.section,
      url: specUrl(facts),
    },
    senders: facts.senders,
    methods: facts.methods,
    headers: facts.headers,
    related: facts.related,
    aliases: facts.aliases,
    ...(facts.cacheable === undefined ? {} : { cacheable: facts.cacheable }),
    ...(q850 ? { q850 } : {}),
    pages: Object.fromEntries(LANGS.map((l) => [l, new URL(codeUrl(l, facts.protocol, facts.code), site).href])),
    ...Object.fromEntries(
      LANGS.map((l) => [
        l,
        { ...(prose[l].gloss ? { gloss: prose[l].gloss } : {}), summary: plainText(prose[l].summary) },
      ]),
    ),
  };
}

/** The whole file of one protocol. */
export function openDataFile(site: string, protocol: Protocol, codes: ReturnType<typeof openDataCode>[]) {
  return {
    $schema: new URL(SCHEMA_PATH, site).href,
    protocol: PROTOCOL_LABEL[protocol],
    registry: IANA_REGISTRY[protocol],
    count: codes.length,
    codes,
  };
}

const text = (description: string) => ({ type: 'string', minLength: 1, description });
const codeNumber = { type: 'integer', minimum: 100, maximum: 699 };

/** JSON Schema (2020-12) of /data/{protocol}.json. */
export function openDataSchema(site: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL(SCHEMA_PATH, site).href,
    title: 'Status codes of one protocol',
    description:
      'Every code of one IANA registry (SIP response codes or HTTP status codes), with its facts and a gloss and summary in each language. Generated from the same content as the site.',
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'protocol', 'registry', 'count', 'codes'],
    properties: {
      $schema: { type: 'string', format: 'uri' },
      protocol: { enum: Object.values(PROTOCOL_LABEL), description: 'The protocol whose codes these are.' },
      registry: { type: 'string', format: 'uri', description: 'The IANA registry the names follow.' },
      count: { type: 'integer', minimum: 1, description: 'Number of codes; equals the length of codes.' },
      codes: { type: 'array', minItems: 1, items: { $ref: '#/$defs/code' } },
    },
    $defs: {
      code: {
        type: 'object',
        additionalProperties: false,
        required: [
          'code',
          'name',
          'class',
          'status',
          'spec',
          'senders',
          'methods',
          'headers',
          'related',
          'aliases',
          'pages',
          ...LANGS,
        ],
        properties: {
          code: { ...codeNumber, description: 'The three-digit code.' },
          name: text('The reason phrase exactly as the IANA registry spells it.'),
          class: { type: 'string', pattern: '^[1-6]xx$', description: 'The class: the first digit, then "xx".' },
          status: {
            enum: ['current', 'deprecated', 'obsoleted', 'unused', 'temporary'],
            description: 'Registry status: current, or why not to send it.',
          },
          spec: {
            type: 'object',
            additionalProperties: false,
            required: ['document', 'section', 'url'],
            description: 'Where the code is defined.',
            properties: {
              document: text('"RFC 3261", or an Internet-Draft name for a temporary registration.'),
              section: { type: 'string', pattern: '^\\d+(\\.\\d+)*$', description: 'The defining section.' },
              url: { type: 'string', format: 'uri', description: 'Link to that section.' },
            },
          },
          senders: {
            type: 'array',
            items: { enum: ['uas', 'proxy', 'registrar', 'redirect', 'origin', 'gateway'] },
            description: 'Which elements send it.',
          },
          methods: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Z]+$' },
            description: 'Requests it answers, in wire spelling; empty means any.',
          },
          headers: {
            type: 'array',
            items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9-]*$' },
            description: 'Header fields involved, in wire spelling.',
          },
          related: { type: 'array', items: codeNumber, description: 'Codes it is often confused with.' },
          aliases: { type: 'array', items: { type: 'string' }, description: 'Other names in circulation.' },
          cacheable: { type: 'boolean', description: 'HTTP only: heuristically cacheable (RFC 9110 §15.1).' },
          q850: {
            type: 'object',
            additionalProperties: false,
            required: ['toCauses', 'fromCauses'],
            description: 'SIP only: ISUP cause mapping at a PSTN gateway (RFC 3398).',
            properties: {
              toCauses: {
                type: 'array',
                items: { type: 'integer', minimum: 1, maximum: 127 },
                description: 'Causes sent when this response is received (RFC 3398 §8.2.6.1).',
              },
              fromCauses: {
                type: 'array',
                items: { type: 'integer', minimum: 1, maximum: 127 },
                description: 'Causes that lead a gateway to send this response (RFC 3398 §7.2.4.1).',
              },
            },
          },
          pages: {
            type: 'object',
            additionalProperties: false,
            required: [...LANGS],
            properties: Object.fromEntries(LANGS.map((l) => [l, { type: 'string', format: 'uri' }])),
            description: 'The code page in each language.',
          },
          ...Object.fromEntries(
            LANGS.map((l) => [
              l,
              {
                type: 'object',
                additionalProperties: false,
                required: ['summary'],
                description: `Prose in ${l}: the gloss of the name (where the language has one) and a one-sentence summary.`,
                properties: { gloss: text('A short gloss of the name.'), summary: text('One sentence.') },
              },
            ]),
          ),
        },
      },
    },
  };
}
