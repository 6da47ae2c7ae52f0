import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { keyDifferences, listOf } from '../../src/lib/compare';
import type { CodeFacts } from '../../src/lib/registry';

const fact = (code: number, extra: Partial<CodeFacts> = {}): CodeFacts => ({
  protocol: 'sip',
  code,
  name: `Name ${code}`,
  rfc: 3261,
  section: '21.1.1',
  status: 'current',
  senders: ['uas'],
  methods: [],
  headers: [],
  related: [],
  aliases: [],
  ...extra,
});

const ok = fact(200, { senders: ['uas', 'proxy', 'registrar'], headers: ['Contact'], section: '21.2.1' });
const ccf = fact(412, { rfc: 3903, section: '11.2.1', methods: ['PUBLISH'], headers: ['SIP-If-Match', 'SIP-ETag'] });

describe('keyDifferences', () => {
  it('writes whole English sentences from facts', () => {
    const s = keyDifferences('en', dictionaries.en, ok, ccf);
    expect(s[0]).toBe('200 is a success response (2xx), while 412 is a client error response (4xx).');
    expect(s).toContain('200 is sent by a UAS, a proxy, or a registrar; 412 is sent by a UAS.');
    expect(s).toContain('200 answers any request, while 412 answers PUBLISH requests.');
    expect(s).toContain('The header field to look at with 200 is Contact.');
    expect(s).toContain('The header fields to look at with 412 are SIP-If-Match and SIP-ETag.');
    expect(s).toContain('200 is defined in RFC 3261 (section 21.2.1), 412 in RFC 3903 (section 11.2.1).');
    for (const sentence of s) {
      expect(sentence).toMatch(/^[A-Z0-9].*\.$/);
      expect(sentence).not.toMatch(/\b(\w+) \1\b/i);
    }
  });

  it('writes whole Japanese sentences, with no English glue words', () => {
    const s = keyDifferences('ja', dictionaries.ja, ok, ccf);
    expect(s[0]).toBe('200は成功応答（2xx）で、412はクライアントエラー応答（4xx）です。');
    expect(s).toContain('200はUAS、プロキシ、またはレジストラが送信し、412はUASが送信します。');
    expect(s).toContain('200はRFC 3261の21.2.1節、412はRFC 3903の11.2.1節で定義されています。');
    for (const sentence of s) {
      expect(sentence).toMatch(/。$/);
      expect(sentence).not.toMatch(/\b(is|are|while|the|and|or|with|section)\b/);
    }
  });

  it('says what two codes share instead of contrasting them', () => {
    const busy = fact(486, { methods: ['INVITE'], section: '21.4.24' });
    const na = fact(480, { methods: ['INVITE'], section: '21.4.18' });
    const s = keyDifferences('en', dictionaries.en, na, busy);
    expect(s).toContain('480 and 486 are both client error responses (4xx).');
    expect(s).toContain('Both can be sent by a UAS.');
    expect(s).toContain('Both answer INVITE requests.');
    expect(s).toContain('Both are defined in RFC 3261: 480 in section 21.4.18, 486 in section 21.4.24.');
  });

  it('flags a deprecated code', () => {
    const s = keyDifferences('en', dictionaries.en, ok, fact(202, { status: 'deprecated' }));
    expect(s).toContain('202 is deprecated: new implementations should not send it.');
  });
});

describe('listOf', () => {
  it('lists as each language does', () => {
    expect(listOf('en', ['a', 'b', 'c'])).toBe('a, b, and c');
    expect(listOf('ja', ['a', 'b', 'c'])).toBe('a、b、c');
  });
});
