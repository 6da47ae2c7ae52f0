// The one place that reads content collections. It validates everything once per build and hands
// pages plain, joined data; pages never call getCollection themselves.
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, PROTOCOLS, type Lang, type Protocol } from '../lib/protocols';
import { toFacts, type CodeFacts, type CodeRecord } from '../lib/registry';
import { validateContent } from '../lib/validate';

export type Entry = CollectionEntry<'entries'>;
export type Note = CollectionEntry<'notes'>;

export interface ProtocolData {
  facts: CodeFacts[];
  byCode: Map<number, CodeFacts>;
  /** Prose entry per language and code. */
  entries: Record<Lang, Map<number, Entry>>;
  /** Curated comparison notes per language, keyed by `a-vs-b`. */
  notes: Record<Lang, Map<string, Note>>;
}

const filePath = (e: { filePath?: string; id: string }) => e.filePath ?? `content/${e.id}`;
const idParts = (id: string) => id.replace(/\.mdx?$/, '').split('/');

async function load(): Promise<Record<Protocol, ProtocolData>> {
  const [registry, entries, notes] = await Promise.all([
    getCollection('registry'),
    getCollection('entries'),
    getCollection('notes'),
  ]);
  const registries: Record<string, Record<string, CodeRecord>> = Object.fromEntries(
    registry.map((r) => [r.id.replace(/\.yaml$/, ''), r.data as Record<string, CodeRecord>]),
  );
  const problems = validateContent({
    registries,
    entries: entries.map((e) => ({
      file: filePath(e),
      hasGloss: Boolean(e.data.gloss),
      hasSameNumber: Boolean(e.data.sameNumber),
    })),
    notes: notes.map((n) => ({ file: filePath(n) })),
  });
  if (problems.length) {
    throw new Error(
      `Content does not validate (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }

  const data = {} as Record<Protocol, ProtocolData>;
  for (const protocol of PROTOCOLS) {
    const facts = toFacts(protocol, registries[protocol]!);
    const byLang = <T>() => Object.fromEntries(LANGS.map((l) => [l, new Map()])) as Record<Lang, Map<any, T>>;
    const d: ProtocolData = {
      facts,
      byCode: new Map(facts.map((f) => [f.code, f])),
      entries: byLang(),
      notes: byLang(),
    };
    for (const e of entries) {
      const [lang, p, code] = idParts(e.id) as [Lang, string, string];
      if (p === protocol) d.entries[lang].set(Number(code), e);
    }
    for (const n of notes) {
      const [lang, p, , slug] = idParts(n.id) as [Lang, string, string, string];
      if (p === protocol) d.notes[lang].set(slug, n);
    }
    data[protocol] = d;
  }
  return data;
}

let cached: Promise<Record<Protocol, ProtocolData>> | undefined;

/** All validated content, loaded once per build. */
export function loadSite(): Promise<Record<Protocol, ProtocolData>> {
  return (cached ??= load());
}
