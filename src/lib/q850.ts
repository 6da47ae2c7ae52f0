// RFC 3398 maps between SIP responses and the ISUP cause values of ITU-T Q.850 at a PSTN gateway.
// Its two tables are not inverses, so a SIP code page shows both directions separately.

export interface Bilingual {
  en: string;
  ja: string;
}
export interface RowNotes {
  condition?: Bilingual;
  note?: Bilingual;
  erratum?: Bilingual;
}
/** RFC 3398 §7.2.4.1: ISUP cause received → SIP response sent (null: none). */
export interface IsupToSipRow extends RowNotes {
  cause: number;
  sip: number | null;
}
/** RFC 3398 §8.2.6.1: SIP response received → ISUP cause sent (null: none). */
export interface SipToIsupRow extends RowNotes {
  sip: number;
  cause: number | null;
}
export interface Q850Data {
  causes: Record<string, Bilingual>;
  isupToSip: IsupToSipRow[];
  sipToIsup: SipToIsupRow[];
}

export const RFC3398_ISUP_TO_SIP = '7.2.4.1';
export const RFC3398_SIP_TO_ISUP = '8.2.6.1';

/**
 * The words a table row carries besides its numbers, in one language: its condition, the RFC's
 * footnote, and a correction of the printed table (after `erratumLabel`). Both the code pages and
 * the table page show them, in this order.
 * @example rowNotes({ cause: 22, sip: 410, condition: { en: 'without diagnostic', ja: '診断情報なし' } }, 'en', 'Correction: ')
 *   // ['without diagnostic']
 */
export function rowNotes(row: RowNotes, lang: keyof Bilingual, erratumLabel: string): string[] {
  return [row.condition?.[lang], row.note?.[lang], row.erratum && `${erratumLabel}${row.erratum[lang]}`].filter(
    (x): x is string => Boolean(x),
  );
}

/** What one SIP code maps to and from: the rows of each table that name it. */
export function mappingFor(data: Q850Data, code: number) {
  return {
    toCause: data.sipToIsup.filter((r) => r.sip === code),
    fromCauses: data.isupToSip.filter((r) => r.sip === code),
  };
}

/**
 * Cross-file rules: every cause the tables use is named, and every SIP code is a registry code.
 * @example checkQ850({ causes: {}, isupToSip: [{ cause: 17, sip: 486 }], sipToIsup: [] }, new Set([486]))
 *   // ['content/q850.yaml: causes: cause 17 is used by the tables but has no name']
 */
export function checkQ850(data: Q850Data, sipCodes: Set<number>): string[] {
  const at = 'content/q850.yaml';
  const problems: string[] = [];
  const used = [...data.isupToSip, ...data.sipToIsup].map((r) => r.cause).filter((c) => c !== null);
  for (const c of new Set(used))
    if (!data.causes[String(c)]) problems.push(`${at}: causes: cause ${c} is used by the tables but has no name`);
  data.isupToSip.forEach((r, i) => {
    if (r.sip !== null && !sipCodes.has(r.sip))
      problems.push(`${at}: isupToSip[${i}].sip: ${r.sip} is not in content/registry/sip.yaml`);
  });
  data.sipToIsup.forEach((r, i) => {
    if (!sipCodes.has(r.sip)) problems.push(`${at}: sipToIsup[${i}].sip: ${r.sip} is not in content/registry/sip.yaml`);
  });
  return problems;
}

/**
 * Rows of a table of RFC 3398 as printed in its plain text: a leading number, the words, and the
 * other side's number (or "---" for none). Continuation lines and sub-headings carry no number.
 * @example parseRfcTable('   17 user busy                            486 Busy here')
 *   // [{ left: 17, right: 486, line: '17 user busy                            486 Busy here' }]
 */
export function parseRfcTable(text: string): Array<{ left: number; right: number | null; line: string }> {
  const rows: Array<{ left: number; right: number | null; line: string }> = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    // "17 user busy   486 Busy here" (ISUP→SIP) or "486 - Busy here   17 User busy" (SIP→ISUP).
    const m = /^(\d{1,3})\b.*?\s{2,}(\d{1,3}\b|---)/.exec(line);
    if (m) rows.push({ left: Number(m[1]), right: m[2] === '---' ? null : Number(m[2]), line });
  }
  return rows;
}
