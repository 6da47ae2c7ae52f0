// The wire checker on hand-made messages: each rule it claims to enforce is seen to fail.
import { describe, expect, it } from 'vitest';
import type { CodeRecord } from '../../src/lib/registry';
import { checkExample, parseMessage } from '../../src/lib/wire';

const caption = { en: 'An example.', ja: '例です。' };
const sipRecord = (name: string, methods: string[] = []): CodeRecord => ({
  name,
  rfc: 3261,
  section: '21',
  status: 'current',
  senders: ['uas'],
  methods,
  headers: [],
  related: [],
  aliases: [],
});
const invite = `INVITE sip:bob@biloxi.example.com SIP/2.0
Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds
Max-Forwards: 70
To: Bob <sip:bob@biloxi.example.com>
From: Alice <sip:alice@atlanta.example.com>;tag=1928301774
Call-ID: a84b4c76e66710@pc33.atlanta.example.com
CSeq: 314159 INVITE
Contact: <sip:alice@pc33.atlanta.example.com>
Content-Length: 0
`;
const busy = `SIP/2.0 486 Busy Here
Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds;received=192.0.2.1
To: Bob <sip:bob@biloxi.example.com>;tag=a6c85cf
From: Alice <sip:alice@atlanta.example.com>;tag=1928301774
Call-ID: a84b4c76e66710@pc33.atlanta.example.com
CSeq: 314159 INVITE
Content-Length: 0
`;

describe('parseMessage', () => {
  it('counts the body in CRLF lines', () => {
    expect(parseMessage('SIP/2.0 200 OK\nContent-Length: 4\n\nv=0\n').body).toBe('v=0\r\n');
  });
  it('refuses a header line without a name, and trailing white space', () => {
    expect(() => parseMessage('SIP/2.0 200 OK\nno colon here\n')).toThrow(/line 2 is not a header field/);
    expect(() => parseMessage('SIP/2.0 200 OK \n')).toThrow(/white space/);
  });
});

describe('checkExample, SIP', () => {
  const rec = sipRecord('Busy Here', ['INVITE']);
  it('accepts a well-formed exchange', () => {
    expect(checkExample('sip', 486, rec, { caption, request: invite, response: busy })).toEqual([]);
  });
  it('wants the registered name in the start line', () => {
    expect(
      checkExample('sip', 486, rec, { caption, request: invite, response: busy.replace('Busy Here', 'Busy') }),
    ).toContain('response: start line "SIP/2.0 486 Busy" should be "SIP/2.0 486 Busy Here"');
  });
  it('wants a To tag, copied fields and a true Content-Length', () => {
    const bad = busy
      .replace(';tag=a6c85cf', '')
      .replace('CSeq: 314159 INVITE', 'CSeq: 1 INVITE')
      .replace('Content-Length: 0', 'Content-Length: 10');
    expect(checkExample('sip', 486, rec, { caption, request: invite, response: bad })).toEqual([
      'response: To needs a tag (RFC 3261 §8.2.6.2)',
      "response: CSeq differs from the request's (RFC 3261 §8.2.6.2)",
      'response: Content-Length is 10 but the body has 0 bytes (lines end in CRLF)',
    ]);
  });
  it('wants the request method among the record’s methods, and the fields the code requires', () => {
    const problems = checkExample('sip', 401, sipRecord('Unauthorized', ['REGISTER']), {
      caption,
      request: invite,
      response: busy.replace('486 Busy Here', '401 Unauthorized'),
    });
    expect(problems).toContain('request: INVITE is not among the methods of the registry record (REGISTER)');
    expect(problems).toContain('response: a 401 carries WWW-Authenticate');
  });
});

describe('checkExample, HTTP', () => {
  const rec: CodeRecord = { ...sipRecord('No Content'), rfc: 9110, senders: ['origin'], cacheable: true };
  const ok = 'HTTP/1.1 204 No Content\nDate: Tue, 01 Dec 2026 03:14:29 GMT\n';
  it('accepts a bodiless 204 with a Date', () => {
    expect(
      checkExample('http', 204, rec, {
        caption,
        request: 'DELETE /items/1 HTTP/1.1\nHost: api.example.com\n',
        response: ok,
      }),
    ).toEqual([]);
  });
  it('refuses a body or Content-Length in a 204, a bad Date, and a request without Host', () => {
    const bad = 'HTTP/1.1 204 No Content\nDate: 1 Dec 2026\nContent-Type: text/plain\nContent-Length: 4\n\nok.\n';
    expect(checkExample('http', 204, rec, { caption, request: 'DELETE /items/1 HTTP/1.1\n', response: bad })).toEqual([
      'request: Host is missing (RFC 9112 §3.2)',
      'response: Date "1 Dec 2026" is not an IMF-fixdate (RFC 9110 §5.6.7)',
      'response: a 204 response has no content (RFC 9110 §6.4.1)',
      'response: leave Content-Length out of a 204',
    ]);
  });
  it('lets an unused code use its former name, and no other', () => {
    const teapot: CodeRecord = { ...rec, name: '(Unused)', status: 'unused', aliases: ["I'm a teapot"] };
    const res = (name: string) =>
      `HTTP/1.1 418 ${name}\nDate: Tue, 01 Dec 2026 03:14:29 GMT\nContent-Type: text/plain\nContent-Length: 5\n\nshort\n`;
    expect(checkExample('http', 418, teapot, { caption, response: res("I'm a teapot") })).toEqual([
      'response: Content-Length is 5 but the body has 7 bytes (lines end in CRLF)',
    ]);
    expect(checkExample('http', 418, teapot, { caption, response: res('Teapot') })[0]).toMatch(
      /should be "HTTP\/1.1 418 I'm a teapot"/,
    );
  });
});
