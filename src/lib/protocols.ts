/** The protocols the site covers, in menu order. Adding one means adding its registry file and entries. */
export const PROTOCOLS = ['sip', 'http'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Display label of a protocol; the same in every language. */
export const PROTOCOL_LABEL: Record<Protocol, string> = { sip: 'SIP', http: 'HTTP' };

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function isProtocol(value: string): value is Protocol {
  return (PROTOCOLS as readonly string[]).includes(value);
}

/** The language a reader of `lang` is offered as the alternative. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'ja' : 'en';
}
