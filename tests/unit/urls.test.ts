import { describe, expect, it } from 'vitest';
import { codeClass, groupByClass, rfcSectionUrl } from '../../src/lib/registry';
import { codeUrl, compareUrl, homeUrl, neutralCodeUrl, protocolUrl, switchLangUrl } from '../../src/lib/urls';

describe('URL contract (DESIGN.md)', () => {
  it('builds every kind of URL with a trailing slash', () => {
    expect(homeUrl('ja')).toBe('/ja/');
    expect(protocolUrl('en', 'sip')).toBe('/en/sip/');
    expect(codeUrl('ja', 'sip', 486)).toBe('/ja/sip/486/');
    expect(neutralCodeUrl('sip', 486)).toBe('/sip/486/');
  });

  it('always links comparisons in a < b order', () => {
    expect(compareUrl('en', 'sip', 412, 200)).toBe('/en/sip/200-vs-412/');
  });

  it('switches language by the first path segment only', () => {
    expect(switchLangUrl('/en/sip/486/', 'ja')).toBe('/ja/sip/486/');
    expect(switchLangUrl('/ja/', 'en')).toBe('/en/');
    expect(switchLangUrl('/ja', 'en')).toBe('/en/');
    expect(switchLangUrl('/sip/486/', 'ja')).toBe('/ja/');
  });
});

describe('registry helpers', () => {
  it('derives the class from the first digit', () => {
    expect(codeClass(100)).toBe(1);
    expect(codeClass(486)).toBe(4);
    expect(codeClass(699)).toBe(6);
    expect(() => codeClass(99)).toThrow();
    expect(() => codeClass(700)).toThrow();
  });

  it('links the RFC Editor section anchor', () => {
    expect(rfcSectionUrl(3261, '21.4.24')).toBe('https://www.rfc-editor.org/rfc/rfc3261.html#section-21.4.24');
  });

  it('groups by class in order', () => {
    const groups = groupByClass([{ code: 486 }, { code: 100 }, { code: 404 }]);
    expect(groups.map((g) => [g.cls, g.items.map((i) => i.code)])).toEqual([
      [1, [100]],
      [4, [404, 486]],
    ]);
  });
});

describe('front-matter text', () => {
  it('renders code spans and escapes everything else', async () => {
    const { inlineHtml, plainText } = await import('../../src/lib/text');
    expect(inlineHtml('Send `ACK` for <200> & go')).toBe('Send <code>ACK</code> for &lt;200&gt; &amp; go');
    expect(plainText('Send `ACK` now')).toBe('Send ACK now');
  });
});
