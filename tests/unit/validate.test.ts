import { describe, expect, it } from 'vitest';
import { validateContent, type ContentInput } from '../../src/lib/validate';

const good = (): ContentInput => ({
  registries: { sip: { '200': { related: [412] }, '412': { related: [] } } },
  entries: [
    { file: 'content/en/sip/200.md', hasGloss: false },
    { file: 'content/ja/sip/200.md', hasGloss: true },
    { file: 'content/en/sip/412.md', hasGloss: false },
    { file: 'content/ja/sip/412.md', hasGloss: true },
  ],
  notes: [{ file: 'content/en/sip/compare/200-vs-412.md' }, { file: 'content/ja/sip/compare/200-vs-412.md' }],
});

describe('validateContent', () => {
  it('accepts complete content', () => {
    expect(validateContent(good())).toEqual([]);
  });

  it('names a file whose code is not in the registry', () => {
    const input = good();
    input.entries.push({ file: 'content/en/sip/999.md', hasGloss: false });
    expect(validateContent(input)).toEqual(['content/en/sip/999.md: code 999 is not in content/registry/sip.yaml']);
  });

  it('names the second file of a code that has two', () => {
    const input = good();
    input.entries.push({ file: 'content/en/sip/200.mdx', hasGloss: false });
    expect(validateContent(input)).toEqual([
      'content/en/sip/200.mdx: code 200 already has an entry in content/en/sip/200.md',
    ]);
  });

  it('names the missing translation', () => {
    const input = good();
    input.entries = input.entries.filter((e) => e.file !== 'content/ja/sip/412.md');
    expect(validateContent(input)).toEqual([
      'content/ja/sip/412.md: missing; content/registry/sip.yaml has code 412, which needs an entry in every language',
    ]);
  });

  it('requires the Japanese gloss', () => {
    const input = good();
    input.entries[1] = { file: 'content/ja/sip/200.md', hasGloss: false };
    expect(validateContent(input)).toEqual(['content/ja/sip/200.md: field "gloss" is required in Japanese entries']);
  });

  it('rejects related codes outside the registry and self-references', () => {
    const input = good();
    input.registries.sip!['412'] = { related: [999, 412] };
    expect(validateContent(input)).toEqual([
      'content/registry/sip.yaml: "412".related: 999 is not in the registry',
      'content/registry/sip.yaml: "412".related: a code cannot be related to itself',
    ]);
  });

  it('rejects bad file names, languages and protocols', () => {
    const input = good();
    input.entries.push(
      { file: 'content/en/sip/busy.md', hasGloss: false },
      { file: 'content/fr/sip/200.md', hasGloss: false },
      { file: 'content/en/xmpp/200.md', hasGloss: false },
    );
    const problems = validateContent(input);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^content\/en\/sip\/busy\.md: file name/);
    expect(problems[1]).toMatch(/^content\/fr\/sip\/200\.md: unknown language/);
    expect(problems[2]).toMatch(/^content\/en\/xmpp\/200\.md: unknown protocol/);
  });

  it('rejects curated notes in reversed order, on unknown codes, or in one language only', () => {
    const input = good();
    input.notes.push(
      { file: 'content/en/sip/compare/412-vs-200.md' },
      { file: 'content/ja/sip/compare/200-vs-999.md' },
    );
    const problems = validateContent(input);
    expect(problems).toContain(
      'content/en/sip/compare/412-vs-200.md: write the pair as 200-vs-412 (smaller code first)',
    );
    expect(problems).toContain('content/ja/sip/compare/200-vs-999.md: code 999 is not in content/registry/sip.yaml');
    expect(problems).toContain(
      'content/en/sip/compare/200-vs-999.md: missing; content/ja/sip/compare/200-vs-999.md needs a translation',
    );
  });
});
