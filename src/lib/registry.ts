import type { Protocol } from './protocols';

export const STATUSES = ['current', 'deprecated', 'obsoleted', 'unused', 'temporary'] as const;
export type Status = (typeof STATUSES)[number];

export const SENDERS = ['uas', 'proxy', 'registrar', 'redirect', 'origin', 'gateway'] as const;
export type Sender = (typeof SENDERS)[number];

/** The senders each protocol knows: SIP's elements (RFC 3261 §6), HTTP's (RFC 9110 §3). */
export const SENDERS_OF: Record<Protocol, readonly Sender[]> = {
  sip: ['uas', 'proxy', 'registrar', 'redirect'],
  http: ['origin', 'proxy', 'gateway'],
};

/** Language-neutral facts about one code, as stored in content/registry/{protocol}.yaml. */
export interface CodeRecord {
  name: string;
  /** The defining RFC; or, for a temporary registration, the Internet-Draft (`draft`). */
  rfc?: number;
  draft?: string;
  section: string;
  status: Status;
  senders: Sender[];
  methods: string[];
  headers: string[];
  related: number[];
  aliases: string[];
  /** HTTP: heuristically cacheable by default (RFC 9110 §15.1). */
  cacheable?: boolean;
}

/** A registry record joined with its code and protocol. */
export interface CodeFacts extends CodeRecord {
  protocol: Protocol;
  code: number;
}

export type CodeClass = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The class of a status code is its first digit.
 * @example codeClass(486) // 4
 */
export function codeClass(code: number): CodeClass {
  const c = Math.floor(code / 100);
  if (c < 1 || c > 6 || !Number.isInteger(code)) throw new RangeError(`Not a status code: ${code}`);
  return c as CodeClass;
}

/**
 * Link to a section of an RFC on the RFC Editor's site, whose HTML renderings carry `#section-N` anchors.
 * @example rfcSectionUrl(3261, '21.4.24') // 'https://www.rfc-editor.org/rfc/rfc3261.html#section-21.4.24'
 */
export function rfcSectionUrl(rfc: number, section: string): string {
  return `https://www.rfc-editor.org/rfc/rfc${rfc}.html#section-${section}`;
}

/**
 * The document that defines a code, as cited: "RFC 9110", or the draft's name.
 * @example specName({ rfc: 9110 }) // 'RFC 9110'
 */
export function specName(r: Pick<CodeRecord, 'rfc' | 'draft'>): string {
  return r.rfc ? `RFC ${r.rfc}` : r.draft!;
}

/**
 * Link to the defining section: the RFC Editor's page, or the IETF Datatracker's for a draft.
 * @example specUrl({ draft: 'draft-x-01', section: '5' }) // 'https://datatracker.ietf.org/doc/html/draft-x-01#section-5'
 */
export function specUrl(r: Pick<CodeRecord, 'rfc' | 'draft' | 'section'>): string {
  return r.rfc
    ? rfcSectionUrl(r.rfc, r.section)
    : `https://datatracker.ietf.org/doc/html/${r.draft}#section-${r.section}`;
}

/** Facts for every code of a protocol, sorted by code. */
export function toFacts(protocol: Protocol, records: Record<string, CodeRecord>): CodeFacts[] {
  return Object.entries(records)
    .map(([code, record]) => ({ ...record, protocol, code: Number(code) }))
    .sort((a, b) => a.code - b.code);
}

/** Codes grouped by class, classes in ascending order. */
export function groupByClass<T extends { code: number }>(items: T[]): Array<{ cls: CodeClass; items: T[] }> {
  const groups = new Map<CodeClass, T[]>();
  for (const item of [...items].sort((a, b) => a.code - b.code)) {
    const cls = codeClass(item.code);
    groups.set(cls, [...(groups.get(cls) ?? []), item]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([cls, items]) => ({ cls, items }));
}
