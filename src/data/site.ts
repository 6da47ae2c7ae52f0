// The one place that reads content collections. It validates everything once per build and hands
// pages plain, joined data; pages never call getCollection themselves.
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, PROTOCOLS, type Lang, type Protocol } from '../lib/protocols';
import { toFacts, type CodeFacts, type CodeRecord } from '../lib/registry';
import { validateContent } from '../lib/validate';
import { checkQ850, type Q850Data } from '../lib/q850';
import { checkStacks, type StacksData } from '../lib/stacks';
import { checkExample, type Example } from '../lib/wire';

export type Entry = CollectionEntry<'entries'>;
export type Note = CollectionEntry<'notes'>;

export interface ProtocolData {
  facts: CodeFacts[];
  byCode: Map<number, CodeFacts>;
  /** Prose entry per language and code. */
  entries: Record<Lang, Map<number, Entry>>;
  /** Curated comparison notes per language, keyed by `a-vs-b`. */
  notes: Record<Lang, Map<string, Note>>;
  /** The example exchange of each code, checked by src/lib/wire.ts. */
  examples: Map<number, Example>;
  /** How common libraries name the codes. */
  stacks: StacksData;
  /** SIP only: RFC 3398's cause mapping. */
  q850?: Q850Data;
}

const filePath = (e: { filePath?: string; id: string }) => e.filePath ?? `content/${e.id}`;
const idParts = (id: string) => id.replace(/\.mdx?$/, '').split('/');

async function load(): Promise<Record<Protocol, ProtocolData>> {
  const [registry, entries, notes, guides, exampleFiles, q850Files, stackFiles] = await Promise.all([
    getCollection('registry'),
    getCollection('entries'),
    getCollection('notes'),
    getCollection('guides'),
    getCollection('examples'),
    getCollection('q850'),
    getCollection('stacks'),
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
    guides: guides.map((g) => ({ file: filePath(g) })),
  });
  const codesOf = (p: Protocol) => new Set(Object.keys(registries[p] ?? {}).map(Number));
  const q850 = q850Files[0]?.data as Q850Data | undefined;
  const stacks = stackFiles[0]?.data as StacksData | undefined;
  if (!q850) problems.push('content/q850.yaml: missing; SIP code pages show RFC 3398’s cause mapping from it');
  else problems.push(...checkQ850(q850, codesOf('sip')));
  if (!stacks) problems.push('content/stacks.yaml: missing; code pages show library names from it');
  else
    problems.push(
      ...checkStacks(
        stacks,
        Object.fromEntries(PROTOCOLS.map((p) => [p, codesOf(p)])) as Record<Protocol, Set<number>>,
      ),
    );
  const examples = Object.fromEntries(PROTOCOLS.map((p) => [p, new Map<number, Example>()])) as Record<
    Protocol,
    Map<number, Example>
  >;
  for (const e of exampleFiles) {
    const file = `content/examples/${e.id}`;
    const m = /^([a-z]+)\/(\d{3})\.yaml$/.exec(e.id);
    const record = m ? registries[m[1]!]?.[m[2]!] : undefined;
    if (!m || !record) {
      problems.push(`${file}: not a registry code; examples live at content/examples/{protocol}/{code}.yaml`);
      continue;
    }
    const [protocol, code] = [m[1] as Protocol, Number(m[2])];
    for (const p of checkExample(protocol, code, record as CodeRecord, e.data as Example))
      problems.push(`${file}: ${p}`);
    examples[protocol].set(code, e.data as Example);
  }
  for (const p of PROTOCOLS)
    for (const code of codesOf(p))
      if (!examples[p].has(code))
        problems.push(`content/examples/${p}/${code}.yaml: missing; every code page shows an example message`);
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
      examples: examples[protocol],
      stacks: stacks!,
      ...(protocol === 'sip' ? { q850 } : {}),
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

export type Guide = CollectionEntry<'guides'>;

/** The guide pages of a language (Q.850 mapping, open data), keyed by name. */
export async function loadGuide(lang: Lang, name: string): Promise<Guide> {
  await loadSite();
  const guide = (await getCollection('guides')).find((g) => g.id.replace(/\.mdx?$/, '') === `${lang}/guides/${name}`);
  if (!guide) throw new Error(`content/${lang}/guides/${name}.md: missing`);
  return guide;
}

let cached: Promise<Record<Protocol, ProtocolData>> | undefined;

/** All validated content, loaded once per build. */
export function loadSite(): Promise<Record<Protocol, ProtocolData>> {
  return (cached ??= load());
}
