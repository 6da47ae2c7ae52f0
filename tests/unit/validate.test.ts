import { describe, expect, it } from 'vitest';
import { validateContent, type ContentInput } from '../../src/lib/validate';

const good = (): ContentInput => ({
  registries: {
    sip: {
      '200': { related: [412], rfc: 3261, senders: ['uas'] },
      '412': { related: [], rfc: 3903, senders: ['uas'] },
    },
    http: {
      '200': { related: [], rfc: 9110, senders: ['origin'], cacheable: true },
      '104': { related: [], draft: 'draft-ietf-httpbis-resumable-upload-05', senders: ['origin'], cacheable: false },
    },
  },
  entries: [
    { file: 'content/en/sip/200.md', hasGloss: false },
    { file: 'content/ja/sip/200.md', hasGloss: true },
    { file: 'content/en/sip/412.md', hasGloss: false },
    { file: 'content/ja/sip/412.md', hasGloss: true },
    { file: 'content/en/http/200.md', hasGloss: false, hasSameNumber: true },
    { file: 'content/ja/http/200.md', hasGloss: true, hasSameNumber: true },
    { file: 'content/en/http/104.md', hasGloss: false },
    { file: 'content/ja/http/104.md', hasGloss: true },
  ],
  notes: [{ file: 'content/en/sip/compare/200-vs-412.md' }, { file: 'content/ja/sip/compare/200-vs-412.md' }],
  guides: ['en', 'ja'].flatMap((l) => ['q850', 'data'].map((g) => ({ file: `content/${l}/guides/${g}.md` }))),
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
    input.registries.sip!['412'] = { related: [999, 412], rfc: 3903, senders: ['uas'] };
    expect(validateContent(input)).toEqual([
      'content/registry/sip.yaml: "412".related: 999 is not in the registry',
      'content/registry/sip.yaml: "412".related: a code cannot be related to itself',
    ]);
  });

  it('asks HTTP entries for the sentence on a number SIP shares, and only for those', () => {
    const input = good();
    input.entries[4] = { file: 'content/en/http/200.md', hasGloss: false };
    input.entries[6] = { file: 'content/en/http/104.md', hasGloss: false, hasSameNumber: true };
    expect(validateContent(input)).toEqual([
      'content/en/http/200.md: field "sameNumber" is required: SIP registers 200 too; say in one sentence how the two differ',
      'content/en/http/104.md: field "sameNumber" belongs only in HTTP entries whose number SIP registers too',
    ]);
  });

  it('checks each record: one defining document, senders of its protocol, caching for HTTP', () => {
    const input = good();
    input.registries.http!['200'] = { related: [], senders: ['uas'] };
    input.registries.sip!['412'] = { related: [], rfc: 3903, draft: 'draft-x', senders: ['uas'], cacheable: false };
    expect(validateContent(input)).toEqual([
      'content/registry/sip.yaml: "412": give either "rfc" or, for a temporary registration, "draft" (exactly one)',
      'content/registry/sip.yaml: "412": field "cacheable" applies to HTTP codes only',
      'content/registry/http.yaml: "200": give either "rfc" or, for a temporary registration, "draft" (exactly one)',
      'content/registry/http.yaml: "200".senders: "uas" is not a sender in HTTP (one of origin, proxy, gateway)',
      'content/registry/http.yaml: "200": field "cacheable" is required for HTTP codes (RFC 9110 §15.1)',
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
  it('wants every guide in every language, and no other guide', () => {
    const input = good();
    input.guides = input.guides!.filter((g) => g.file !== 'content/ja/guides/data.md');
    input.guides.push({ file: 'content/en/guides/faq.md' });
    expect(validateContent(input)).toEqual([
      'content/en/guides/faq.md: not a guide page; guides are content/{lang}/guides/{q850,data}.md',
      'content/ja/guides/data.md: missing; the data page needs it in every language',
    ]);
  });
});
