// Example messages are shown on every code page, so they are held to the wire rules a parser would
// apply: the start line, the header fields a receiver needs, and a Content-Length that matches the
// body. Files store lines with LF for readability; on the wire each line ends in CRLF, and byte
// counts here are counted that way.
import type { CodeRecord } from './registry';
import type { Protocol } from './protocols';

/** A message as written in content/examples/{protocol}/{code}.yaml. */
export interface Example {
  caption: { en: string; ja: string };
  request?: string;
  response: string;
}

export interface WireMessage {
  startLine: string;
  /** Header fields in order, names as written. */
  fields: Array<{ name: string; value: string }>;
  /** The body as sent: lines joined with CRLF, '' when there is none. */
  body: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Splits a message into start line, header fields and body, or throws with the reason.
 * @example parseMessage('SIP/2.0 200 OK\nContent-Length: 0\n').fields // [{ name: 'Content-Length', value: '0' }]
 */
export function parseMessage(text: string): WireMessage {
  if (!text.endsWith('\n')) throw new Error('the message must end with a line break');
  const lines = text.slice(0, -1).split('\n');
  const trailing = lines.findIndex((l) => /[ \t]$/.test(l));
  if (trailing >= 0) throw new Error(`line ${trailing + 1} ends in white space`);
  const [startLine = '', ...rest] = lines;
  const blank = rest.indexOf('');
  const headerLines = blank === -1 ? rest : rest.slice(0, blank);
  const fields = headerLines.map((line, i) => {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    // No white space before the colon (RFC 9112 §5.1), no obsolete line folding (RFC 3261 §7.3.1 allows it, but readers copy these).
    if (!TOKEN.test(name)) throw new Error(`line ${i + 2} is not a header field ("${line}")`);
    return { name, value: line.slice(colon + 1).trim() };
  });
  const bodyLines = blank === -1 ? [] : rest.slice(blank + 1);
  const body = bodyLines.length ? bodyLines.map((l) => `${l}\r\n`).join('') : '';
  return { startLine, fields, body };
}

const field = (m: WireMessage, name: string) =>
  m.fields.find((f) => f.name.toLowerCase() === name.toLowerCase())?.value;
const withoutParams = (value: string, params: string[]) =>
  value.replace(new RegExp(`;\\s*(?:${params.join('|')})(?:=[^;]*)?`, 'gi'), '');

/**
 * Header fields every example of the code shows: those its defining section says a response MUST
 * or SHOULD carry, and the ones a reader looks for (201's Location, 429's Retry-After, both MAY).
 */
export const REQUIRED_FIELDS: Record<Protocol, Record<number, string[]>> = {
  sip: {
    300: ['Contact'], // RFC 3261 §21.3.1
    301: ['Contact'], // §21.3.2
    302: ['Contact'], // §21.3.3
    305: ['Contact'], // §21.3.4
    401: ['WWW-Authenticate'], // §21.4.2
    405: ['Allow'], // §21.4.6
    407: ['Proxy-Authenticate'], // §21.4.8
    420: ['Unsupported'], // §21.4.15
    421: ['Require'], // §21.4.16
    422: ['Min-SE'], // RFC 4028 §6
    423: ['Min-Expires'], // RFC 3261 §21.4.17
    494: ['Security-Server'], // RFC 3329 §2.3
  },
  http: {
    101: ['Upgrade'], // RFC 9110 §15.2.2
    201: ['Location'], // §15.3.2 (or else the target URI names the new resource)
    206: ['Content-Range'], // §15.3.7 (a single part)
    301: ['Location'], // §15.4.2
    302: ['Location'], // §15.4.3
    303: ['Location'], // §15.4.4
    307: ['Location'], // §15.4.8
    308: ['Location'], // §15.4.9
    401: ['WWW-Authenticate'], // §15.5.2
    405: ['Allow'], // §15.5.6
    407: ['Proxy-Authenticate'], // §15.5.8
    416: ['Content-Range'], // §15.5.17
    426: ['Upgrade'], // §15.5.22
    429: ['Retry-After'], // RFC 6585 §4
  },
};

/** Codes that WebDAV reports inside a 207 Multi-Status body rather than (only) as the status of a response. */
export const IN_MULTISTATUS: Record<number, string> = {
  208: 'RFC 5842 §7.1: used inside a DAV:propstat response element',
  424: 'RFC 4918 §11.4: the other commands of a failed PROPPATCH fail with 424',
};

const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

function checkLength(m: WireMessage, where: string, problems: string[], mustHave: boolean) {
  const length = field(m, 'Content-Length');
  const bytes = new TextEncoder().encode(m.body).length;
  if (length === undefined) {
    if (mustHave || m.body) problems.push(`${where}: Content-Length is missing (the body has ${bytes} bytes)`);
  } else if (Number(length) !== bytes || !/^\d+$/.test(length)) {
    problems.push(`${where}: Content-Length is ${length} but the body has ${bytes} bytes (lines end in CRLF)`);
  }
  if (m.body && !field(m, 'Content-Type')) problems.push(`${where}: a body needs Content-Type`);
}

function checkSip(code: number, record: CodeRecord, req: WireMessage | undefined, res: WireMessage): string[] {
  const problems: string[] = [];
  let method: string | undefined;
  if (req) {
    // A 505 answers a request in another version of SIP, so only its request may name one.
    const version = code === 505 ? 'SIP\\/\\d+\\.\\d+' : 'SIP\\/2\\.0';
    const m = new RegExp(`^([A-Z]+) ((?:sips?|tel):\\S+) ${version}$`).exec(req.startLine);
    if (!m) problems.push(`request: start line "${req.startLine}" is not "METHOD sip:… SIP/2.0"`);
    method = m?.[1];
    // RFC 3261 §8.1.1: the header fields every request carries; §8.1.1.8 adds Contact to INVITE.
    for (const name of [
      'Via',
      'Max-Forwards',
      'To',
      'From',
      'Call-ID',
      'CSeq',
      ...(method === 'INVITE' ? ['Contact'] : []),
    ])
      if (!field(req, name)) problems.push(`request: ${name} is missing`);
    if (method && record.methods.length && !record.methods.includes(method))
      problems.push(
        `request: ${method} is not among the methods of the registry record (${record.methods.join(', ')})`,
      );
    const cseq = field(req, 'CSeq');
    if (cseq && method && !new RegExp(`^\\d+ ${method}$`).test(cseq))
      problems.push(`request: CSeq "${cseq}" does not name the method ${method}`);
    if (!/;\s*tag=/.test(field(req, 'From') ?? '')) problems.push('request: From has no tag (RFC 3261 §8.1.1.3)');
    checkLength(req, 'request', problems, true);
  }
  const start = `SIP/2.0 ${code} ${record.name}`;
  if (res.startLine !== start) problems.push(`response: start line "${res.startLine}" should be "${start}"`);
  // RFC 3261 §8.2.6.2: the fields a response copies from its request.
  for (const name of ['Via', 'To', 'From', 'Call-ID', 'CSeq'])
    if (!field(res, name)) problems.push(`response: ${name} is missing`);
  for (const via of res.fields.filter((f) => f.name === 'Via'))
    if (!/;\s*branch=z9hG4bK/.test(via.value))
      problems.push(`response: Via "${via.value}" lacks a branch=z9hG4bK… (RFC 3261 §8.1.1.7)`);
  const to = field(res, 'To') ?? '';
  if (code === 100 && req && to !== field(req, 'To'))
    problems.push('response: 100 Trying copies To unchanged (RFC 3261 §8.2.6.1)');
  if (code !== 100 && !/;\s*tag=/.test(to)) problems.push('response: To needs a tag (RFC 3261 §8.2.6.2)');
  if (req) {
    for (const name of ['From', 'Call-ID', 'CSeq'])
      if (field(req, name) !== undefined && field(res, name) !== field(req, name))
        problems.push(`response: ${name} differs from the request's (RFC 3261 §8.2.6.2)`);
    if (withoutParams(to, ['tag']) !== withoutParams(field(req, 'To') ?? '', ['tag']))
      problems.push("response: To differs from the request's apart from the tag");
    const top = (m: WireMessage) => withoutParams(field(m, 'Via') ?? '', ['received', 'rport']);
    if (top(res) !== top(req)) problems.push("response: the top Via differs from the request's");
  }
  checkLength(res, 'response', problems, true);
  return problems;
}

function checkHttp(code: number, record: CodeRecord, req: WireMessage | undefined, res: WireMessage): string[] {
  const problems: string[] = [];
  if (req) {
    const m = /^([A-Z]+) (\S+) HTTP\/1\.1$/.exec(req.startLine);
    if (!m) problems.push(`request: start line "${req.startLine}" is not "METHOD /target HTTP/1.1"`);
    const method = m?.[1];
    if (method && record.methods.length && !record.methods.includes(method))
      problems.push(
        `request: ${method} is not among the methods of the registry record (${record.methods.join(', ')})`,
      );
    // RFC 9112 §3.2: a client MUST send Host in every HTTP/1.1 request.
    if (!field(req, 'Host')) problems.push('request: Host is missing (RFC 9112 §3.2)');
    checkLength(req, 'request', problems, false);
  }
  // An unused code has no registered phrase; its example shows the name it is still met under.
  const names = record.status === 'unused' ? record.aliases : [record.name];
  const expected = names.map((n) => `HTTP/1.1 ${code} ${n}`);
  // WebDAV reports some codes per resource, inside a 207 Multi-Status body, as <D:status> lines.
  const embedded =
    code in IN_MULTISTATUS &&
    res.startLine === 'HTTP/1.1 207 Multi-Status' &&
    expected.some((line) => res.body.includes(`<D:status>${line}</D:status>`));
  if (!expected.includes(res.startLine) && !embedded)
    problems.push(
      `response: start line "${res.startLine}" should be "${expected.join('" or "')}"` +
        (code in IN_MULTISTATUS ? `, or a 207 Multi-Status whose body has <D:status>${expected[0]}</D:status>` : ''),
    );
  const interim = code < 200;
  const bodiless = interim || code === 204 || code === 304;
  if (!interim) {
    const date = field(res, 'Date');
    if (!date) problems.push('response: Date is missing (RFC 9110 §6.6.1)');
    else if (!IMF_FIXDATE.test(date)) problems.push(`response: Date "${date}" is not an IMF-fixdate (RFC 9110 §5.6.7)`);
  }
  if (bodiless) {
    if (res.body) problems.push(`response: a ${code} response has no content (RFC 9110 §6.4.1)`);
    // §8.6: no Content-Length in 1xx or 204; in 304 it could only repeat the 200's, so it is left out.
    if (field(res, 'Content-Length') !== undefined) problems.push(`response: leave Content-Length out of a ${code}`);
  } else {
    checkLength(res, 'response', problems, true);
  }
  return problems;
}

/**
 * Every way an example breaks the wire rules, each starting with the part it concerns.
 * @example checkExample('sip', 200, okRecord, { caption, response: 'SIP/2.0 200 Okay\n' })[0]
 *   // 'response: start line "SIP/2.0 200 Okay" should be "SIP/2.0 200 OK"'
 */
export function checkExample(protocol: Protocol, code: number, record: CodeRecord, example: Example): string[] {
  let req: WireMessage | undefined;
  let res: WireMessage;
  try {
    req = example.request === undefined ? undefined : parseMessage(example.request);
  } catch (e) {
    return [`request: ${(e as Error).message}`];
  }
  try {
    res = parseMessage(example.response);
  } catch (e) {
    return [`response: ${(e as Error).message}`];
  }
  const problems = protocol === 'sip' ? checkSip(code, record, req, res) : checkHttp(code, record, req, res);
  for (const name of REQUIRED_FIELDS[protocol][code] ?? [])
    if (!field(res, name)) problems.push(`response: a ${code} carries ${name}`);
  return problems;
}
