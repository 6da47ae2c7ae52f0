// How common libraries name a code. The names are read from each library's source (content/stacks.yaml,
// with verbatim excerpts in tests/fixtures/stacks/ that a test checks them against).
import type { Protocol } from './protocols';

export interface StackInfo {
  label: string;
  protocol: Protocol;
  language: string;
  version?: string;
  source: string;
  prefix: string;
}
export interface StackName {
  const?: string;
  phrase?: string;
  also?: string[];
  deprecated?: string[];
}
export interface StacksData {
  stacks: Record<string, StackInfo>;
  codes: Partial<Record<Protocol, Record<string, Record<string, StackName>>>>;
}

/**
 * A name as a programmer writes it: the prefix and the identifier, or for a table keyed by number
 * (Node's http.STATUS_CODES) the lookup.
 * @example shownName({ prefix: 'HTTPStatus.' } as StackInfo, 404, 'NOT_FOUND') // 'HTTPStatus.NOT_FOUND'
 * @example shownName({ prefix: 'http.STATUS_CODES' } as StackInfo, 404) // 'http.STATUS_CODES[404]'
 */
export function shownName(stack: StackInfo, code: number, identifier?: string): string {
  return identifier ? `${stack.prefix}${identifier}` : `${stack.prefix}[${code}]`;
}

/** The names of one code in every library of its protocol, in the order stacks.yaml lists the libraries. */
export function namesFor(data: StacksData, protocol: Protocol, code: number) {
  const byStack = data.codes[protocol]?.[String(code)] ?? {};
  return Object.entries(data.stacks)
    .filter(([, s]) => s.protocol === protocol)
    .map(([id, stack]) => ({ id, stack, name: byStack[id] }));
}

/**
 * Cross-file rules: a key for every registry code and none other, known stacks of the right protocol,
 * and each entry naming something.
 */
export function checkStacks(data: StacksData, registries: Record<Protocol, Set<number>>): string[] {
  const at = 'content/stacks.yaml';
  const problems: string[] = [];
  for (const [protocol, codes] of Object.entries(registries) as Array<[Protocol, Set<number>]>) {
    const listed = data.codes[protocol] ?? {};
    for (const code of codes)
      if (!listed[String(code)])
        problems.push(`${at}: codes.${protocol}: "${code}" is missing (give {} if no library names it)`);
    for (const [code, names] of Object.entries(listed)) {
      if (!codes.has(Number(code)))
        problems.push(`${at}: codes.${protocol}."${code}": not in content/registry/${protocol}.yaml`);
      for (const [id, name] of Object.entries(names)) {
        const where = `${at}: codes.${protocol}."${code}".${id}`;
        if (!data.stacks[id]) problems.push(`${where}: no such stack under "stacks"`);
        else if (data.stacks[id].protocol !== protocol)
          problems.push(`${where}: ${id} names ${data.stacks[id].protocol} codes`);
        if (!name.const && !name.phrase) problems.push(`${where}: give "const", "phrase" or both`);
      }
    }
  }
  return problems;
}
