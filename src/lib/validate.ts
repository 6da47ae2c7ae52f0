import { LANGS, PROTOCOLS, PROTOCOL_LABEL, type Protocol } from './protocols';
import { parsePairSlug } from './pairs';
import { SENDERS_OF, type CodeRecord } from './registry';

/** One prose entry file as the loader found it. */
export interface EntryRef {
  /** Path relative to the project root, e.g. `content/en/sip/486.md`. */
  file: string;
  hasGloss: boolean;
  /** Whether it carries `sameNumber`, the sentence on the other protocol's code of that number. */
  hasSameNumber?: boolean;
}

/**
 * Codes that SIP and HTTP both register link to each other; the HTTP entry holds the sentence
 * on how they differ, and both pages show it.
 */
export const SAME_NUMBER = { writer: 'http', other: 'sip' } as const;

/** One curated comparison file, e.g. `content/ja/sip/compare/200-vs-412.md`. */
export interface NoteRef {
  file: string;
}

/** One guide page file, e.g. `content/ja/guides/q850.md`. */
export interface GuideRef {
  file: string;
}

/** The guides the site has a page for: the Q.850 table (under SIP) and the open-data page. */
export const GUIDES = ['q850', 'data'] as const;
export type GuideName = (typeof GUIDES)[number];

export interface ContentInput {
  /** Registry codes and their related codes, per protocol, as loaded from content/registry/{protocol}.yaml. */
  registries: Record<string, Record<string, Pick<CodeRecord, 'related'> & Partial<CodeRecord>>>;
  entries: EntryRef[];
  notes: NoteRef[];
  guides?: GuideRef[];
}

export const registryFile = (protocol: string) => `content/registry/${protocol}.yaml`;
export const entryFile = (lang: string, protocol: string, code: string | number) =>
  `content/${lang}/${protocol}/${code}.md`;

const ENTRY_PATH = /^content\/([^/]+)\/([^/]+)\/([^/]+)\.(md|mdx)$/;
const NOTE_PATH = /^content\/([^/]+)\/([^/]+)\/compare\/([^/]+)\.(md|mdx)$/;

/**
 * The cross-file rules that a per-file schema cannot see. Returns one message per problem, each
 * starting with the file it concerns, so the build can list them all at once.
 * @example validateContent({ registries: { sip: {} }, entries: [{ file: 'content/en/sip/999.md', hasGloss: false }], notes: [] })
 *   // ['content/en/sip/999.md: code 999 is not in content/registry/sip.yaml']
 */
export function validateContent({ registries, entries, notes, guides = [] }: ContentInput): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();

  for (const { file, hasGloss, hasSameNumber = false } of entries) {
    const m = ENTRY_PATH.exec(file);
    if (!m) {
      problems.push(`${file}: not a content path; entries live at content/{lang}/{protocol}/{code}.md`);
      continue;
    }
    const [, lang, protocol, code] = m as unknown as [string, string, string, string];
    if (!(LANGS as readonly string[]).includes(lang)) {
      problems.push(`${file}: unknown language "${lang}" (expected one of ${LANGS.join(', ')})`);
      continue;
    }
    if (!(PROTOCOLS as readonly string[]).includes(protocol)) {
      problems.push(`${file}: unknown protocol "${protocol}" (expected one of ${PROTOCOLS.join(', ')})`);
      continue;
    }
    if (!/^\d{3}$/.test(code)) {
      problems.push(`${file}: file name must be a three-digit code`);
      continue;
    }
    if (!registries[protocol]?.[code]) {
      problems.push(`${file}: code ${code} is not in ${registryFile(protocol)}`);
      continue;
    }
    const key = `${lang}/${protocol}/${code}`;
    const first = seen.get(key);
    if (first) problems.push(`${file}: code ${code} already has an entry in ${first}`);
    else seen.set(key, file);
    if (lang === 'ja' && !hasGloss) problems.push(`${file}: field "gloss" is required in Japanese entries`);
    const shared = protocol === SAME_NUMBER.writer && Boolean(registries[SAME_NUMBER.other]?.[code]);
    if (shared && !hasSameNumber)
      problems.push(
        `${file}: field "sameNumber" is required: ${PROTOCOL_LABEL[SAME_NUMBER.other]} registers ${code} too; say in one sentence how the two differ`,
      );
    if (!shared && hasSameNumber)
      problems.push(
        `${file}: field "sameNumber" belongs only in ${PROTOCOL_LABEL[SAME_NUMBER.writer]} entries whose number ${PROTOCOL_LABEL[SAME_NUMBER.other]} registers too`,
      );
  }

  for (const protocol of PROTOCOLS) {
    const registry = registries[protocol];
    if (!registry) {
      problems.push(`${registryFile(protocol)}: missing registry for protocol "${protocol}"`);
      continue;
    }
    for (const [code, record] of Object.entries(registry)) {
      const { related } = record;
      const at = `${registryFile(protocol)}: "${code}"`;
      if ((record.rfc === undefined) === (record.draft === undefined))
        problems.push(`${at}: give either "rfc" or, for a temporary registration, "draft" (exactly one)`);
      for (const s of record.senders ?? []) {
        const known = SENDERS_OF[protocol as Protocol];
        if (!known.includes(s))
          problems.push(
            `${at}.senders: "${s}" is not a sender in ${PROTOCOL_LABEL[protocol as Protocol]} (one of ${known.join(', ')})`,
          );
      }
      if (protocol === 'http' && record.cacheable === undefined)
        problems.push(`${at}: field "cacheable" is required for HTTP codes (RFC 9110 §15.1)`);
      if (protocol !== 'http' && record.cacheable !== undefined)
        problems.push(`${at}: field "cacheable" applies to HTTP codes only`);
      for (const lang of LANGS) {
        if (!seen.has(`${lang}/${protocol}/${code}`)) {
          problems.push(
            `${entryFile(lang, protocol, code)}: missing; ${registryFile(protocol)} has code ${code}, which needs an entry in every language`,
          );
        }
      }
      for (const r of related) {
        if (!registry[String(r)])
          problems.push(`${registryFile(protocol)}: "${code}".related: ${r} is not in the registry`);
        if (String(r) === code)
          problems.push(`${registryFile(protocol)}: "${code}".related: a code cannot be related to itself`);
      }
    }
  }

  const noteKeys = new Map<string, string>();
  for (const { file } of notes) {
    const m = NOTE_PATH.exec(file);
    const pair = m ? parsePairSlug(m[3]!) : null;
    if (!m || !pair) {
      problems.push(`${file}: curated comparisons are named content/{lang}/{protocol}/compare/{a}-vs-{b}.md`);
      continue;
    }
    const [, lang, protocol] = m as unknown as [string, string, string];
    if (!(LANGS as readonly string[]).includes(lang) || !registries[protocol]) {
      problems.push(`${file}: unknown language or protocol`);
      continue;
    }
    if (pair.reversed) problems.push(`${file}: write the pair as ${pair.a}-vs-${pair.b} (smaller code first)`);
    for (const code of [pair.a, pair.b]) {
      if (!registries[protocol][String(code)])
        problems.push(`${file}: code ${code} is not in ${registryFile(protocol)}`);
    }
    const key = `${lang}/${protocol}/${m[3]}`;
    if (noteKeys.has(key)) problems.push(`${file}: this pair already has a note in ${noteKeys.get(key)}`);
    else noteKeys.set(key, file);
  }
  // A curated note is part of the page in every language: one written in only one language is unfinished.
  for (const key of noteKeys.keys()) {
    const [lang, protocol, slug] = key.split('/') as [string, string, string];
    for (const other of LANGS) {
      if (other !== lang && !noteKeys.has(`${other}/${protocol}/${slug}`)) {
        problems.push(
          `content/${other}/${protocol}/compare/${slug}.md: missing; ${noteKeys.get(key)} needs a translation`,
        );
      }
    }
  }
  // A guide file with no page would be lost quietly, and a page without its file cannot build.
  const guideFiles = new Set(guides.map((g) => g.file.replace(/\.mdx$/, '.md')));
  for (const { file } of guides) {
    const m = /^content\/([^/]+)\/guides\/([^/]+)\.mdx?$/.exec(file);
    if (!m || !(LANGS as readonly string[]).includes(m[1]!) || !(GUIDES as readonly string[]).includes(m[2]!))
      problems.push(`${file}: not a guide page; guides are content/{lang}/guides/{${GUIDES.join(',')}}.md`);
  }
  for (const lang of LANGS)
    for (const name of GUIDES)
      if (!guideFiles.has(`content/${lang}/guides/${name}.md`))
        problems.push(`content/${lang}/guides/${name}.md: missing; the ${name} page needs it in every language`);
  return [...new Set(problems)];
}
