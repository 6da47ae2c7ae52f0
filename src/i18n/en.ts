import type { Protocol } from '../lib/protocols';
import type { CodeClass, Sender, Status } from '../lib/registry';

type ByClass = Record<CodeClass, string>;
/** Per protocol and class: HTTP has no 6xx, and names its classes after RFC 9110 §15. */
type ByProtocolClass = Record<Protocol, Partial<ByClass>>;

const codesOf: Record<Protocol, string> = { sip: 'SIP response codes', http: 'HTTP status codes' };

/** English UI strings and sentence templates. Every key must exist in ja.ts too (checked by its type). */
export const en = {
  'site.name': 'Status Code Reference',
  'site.tagline':
    'SIP response codes and HTTP status codes explained: what they mean, when you see them and how to fix them.',
  'site.footer': 'Names follow the IANA registries. Every definition links to the RFC section that makes it.',
  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.breadcrumb': 'Breadcrumb',
  'lang.name': 'English',
  'lang.switchLabel': 'Read this page in Japanese',
  'lang.switchText': '日本語',
  'search.label': 'Search codes',
  'search.placeholder': 'Code, name or words',
  'search.submit': 'Search',
  'search.loading': 'Searching…',
  'search.none': 'No matching pages.',
  'search.results': (n: number) => (n === 1 ? '1 result' : `${n} results`),
  'search.unavailable': 'Search is not available. Browse the code index instead.',
  'search.title': 'Search',
  'search.intro': 'Search every code page and curated comparison by number, name, header field or everyday words.',
  'search.filters': 'Filters',
  'search.protocol': 'Protocol',
  'search.class': 'Class',
  'search.any': 'All',
  'search.all': 'All results and filters',
  'search.more': 'Show more results',
  'search.noscript': 'Search runs in your browser and needs JavaScript. Without it, find a code in the code index:',

  'home.title': 'SIP and HTTP status codes, explained',
  'home.intro':
    'Every registered SIP response code and HTTP status code, with what it means, when you meet it, how to fix it and the RFC section that defines it.',
  'home.count': (n: number) => `${n} registered codes`,
  'index.title': codesOf,
  'index.intro': (protocol: Protocol, n: number) =>
    `All ${n} ${codesOf[protocol]} in the IANA registry, grouped by class. Each page says what the code means, when you see it and how to fix it.`,

  'class.name': {
    sip: {
      1: 'Provisional',
      2: 'Success',
      3: 'Redirection',
      4: 'Client Error',
      5: 'Server Error',
      6: 'Global Failure',
    },
    http: { 1: 'Informational', 2: 'Successful', 3: 'Redirection', 4: 'Client Error', 5: 'Server Error' },
  } as ByProtocolClass,
  'class.meaning': {
    sip: {
      1: 'A 1xx response is provisional: the server is still working on the request and a final response will follow.',
      2: 'A 2xx response is final and says the request succeeded.',
      3: 'A 3xx response is final and points elsewhere: to the user’s new location or to alternative services.',
      4: 'A 4xx response is a definite failure from this server: the same request should not be retried unchanged, though it may succeed elsewhere.',
      5: 'A 5xx response says the server itself failed, not the request.',
      6: 'A 6xx response is a global failure: the server knows the request will fail at every location of the user, so it should not be tried elsewhere.',
    },
    http: {
      1: 'A 1xx response is interim: it reports on the connection or the request before the final response arrives.',
      2: 'A 2xx response says the request was received, understood and accepted.',
      3: 'A 3xx response says the user agent has to take a further step, usually following a redirect, to fulfil the request.',
      4: 'A 4xx response says the client seems to have erred: the request has to change before it can succeed.',
      5: 'A 5xx response says the server erred or cannot perform the request, though the request may be valid.',
    },
  } as ByProtocolClass,
  'status.label': {
    current: 'Current',
    deprecated: 'Deprecated',
    obsoleted: 'Obsoleted',
    unused: 'Unused',
    temporary: 'Temporary registration',
  } as Record<Status, string>,

  'code.title': (protocol: string, code: number, name: string) => `${protocol} ${code} ${name}`,
  'code.facts': 'Key facts',
  'code.class': 'Class',
  'code.status': 'Status',
  'code.spec': 'Defined in',
  'code.headers': 'Header fields',
  'code.methods': 'In reply to',
  'code.anyMethod': 'Any request',
  'code.senders': 'Sent by',
  'code.aliases': 'Also known as',
  'code.neutralLink': 'Link for tickets',
  'code.cacheable': 'Heuristically cacheable',
  'code.cacheableYes': 'Yes: a cache may reuse it without explicit freshness',
  'code.cacheableNo': 'No: only with explicit freshness (Cache-Control, Expires)',
  'section.description': 'Description',
  'section.when': 'When you see it',
  'section.fix': 'How to fix',
  'section.fixUser': {
    sip: 'If you are the caller or support agent',
    http: 'If you are the user or support agent',
  } as Record<Protocol, string>,
  'section.fixEngineer': 'If you run the system',
  'section.spec': 'Specification',
  'section.related': 'Related codes',
  'section.compare': 'Compare with',
  'section.sameNumber': (protocol: string) => `The same number in ${protocol}`,
  'section.anchor': (heading: string) => `Link to the section “${heading}”`,
  'section.copied': 'Link to this section copied',
  'spec.text': (doc: string, section: string) => `${doc}, section ${section}`,
  'spec.sentence': (code: number, name: string) => `${code} ${name} is defined in:`,
  'compare.curated': 'Written comparison',

  'sender.name': {
    uas: 'UAS',
    proxy: 'proxy',
    registrar: 'registrar',
    redirect: 'redirect server',
    origin: 'origin server',
    gateway: 'gateway (reverse proxy, load balancer, CDN)',
  } as Record<Sender, string>,
  'sender.label': {
    uas: 'a UAS',
    proxy: 'a proxy',
    registrar: 'a registrar',
    redirect: 'a redirect server',
    origin: 'the origin server',
    gateway: 'a gateway (reverse proxy, load balancer or CDN)',
  } as Record<Sender, string>,

  'compare.title': (protocol: string, a: string, b: string) => `${protocol} ${a} vs ${b}`,
  'compare.note': 'In short',
  'compare.sideBySide': 'Side by side',
  'compare.differences': 'Key differences',
  'compare.choose': 'Which to use when',
  'compare.readMore': 'Read more',
  'compare.codePage': (protocol: string, code: number, name: string) => `${protocol} ${code} ${name}: full page`,
  'compare.description': (a: string, b: string) => `${a} ${b}`,
  'compare.summary': 'Summary',
  'compare.diffClass': (a: number, ca: string, b: number, cb: string) => `${a} is ${ca}, while ${b} is ${cb}.`,
  'compare.sameClass': (a: number, b: number, cls: string) => `${a} and ${b} are both ${cls}.`,
  'compare.classPhrase': {
    sip: {
      1: 'a provisional response (1xx)',
      2: 'a success response (2xx)',
      3: 'a redirection response (3xx)',
      4: 'a client error response (4xx)',
      5: 'a server error response (5xx)',
      6: 'a global failure response (6xx)',
    },
    http: {
      1: 'an informational response (1xx)',
      2: 'a successful response (2xx)',
      3: 'a redirection response (3xx)',
      4: 'a client error response (4xx)',
      5: 'a server error response (5xx)',
    },
  } as ByProtocolClass,
  'compare.classPlural': {
    sip: {
      1: 'provisional responses (1xx)',
      2: 'success responses (2xx)',
      3: 'redirection responses (3xx)',
      4: 'client error responses (4xx)',
      5: 'server error responses (5xx)',
      6: 'global failure responses (6xx)',
    },
    http: {
      1: 'informational responses (1xx)',
      2: 'successful responses (2xx)',
      3: 'redirection responses (3xx)',
      4: 'client error responses (4xx)',
      5: 'server error responses (5xx)',
    },
  } as ByProtocolClass,
  'compare.senders': (a: number, sa: string, b: number, sb: string) => `${a} is sent by ${sa}; ${b} is sent by ${sb}.`,
  'compare.sameSenders': (s: string) => `Both can be sent by ${s}.`,
  'compare.methods': (a: number, ma: string, b: number, mb: string) => `${a} answers ${ma}, while ${b} answers ${mb}.`,
  'compare.sameMethods': (m: string) => `Both answer ${m}.`,
  'compare.anyRequest': 'any request',
  'compare.methodList': (methods: string) => `${methods} requests`,
  'compare.headers': (code: number, list: string, n: number) =>
    n === 1
      ? `The header field to look at with ${code} is ${list}.`
      : `The header fields to look at with ${code} are ${list}.`,
  'compare.sameRfc': (doc: string, a: number, sa: string, b: number, sb: string) =>
    `Both are defined in ${doc}: ${a} in section ${sa}, ${b} in section ${sb}.`,
  'compare.diffRfc': (a: number, ra: string, sa: string, b: number, rb: string, sb: string) =>
    `${a} is defined in ${ra} (section ${sa}), ${b} in ${rb} (section ${sb}).`,
  'compare.cacheable': (code: number) =>
    `${code} is heuristically cacheable: a cache may reuse it without explicit freshness (RFC 9110 §15.1).`,
  'compare.status': {
    current: '',
    deprecated: '{code} is deprecated: new implementations should not send it.',
    obsoleted: '{code} is obsoleted: its registration remains, but it is no longer to be used.',
    unused: '{code} is registered as unused.',
    temporary: '{code} is a temporary registration and may change.',
  } as Record<Status, string>,

  'section.example': 'Example message',
  'example.request': 'Request',
  'example.response': { sip: 'Response', http: 'Response' } as Record<Protocol, string>,

  'section.q850': 'At the PSTN boundary (ISUP/Q.850)',
  'q850.toCause': (code: number) => `A gateway that receives ${code} releases the ISUP call with:`,
  'q850.fromCauses': (code: number) => `A gateway sends ${code} when the ISUP release carries:`,
  'q850.unlistedTo': (code: number, cause31: string) =>
    code >= 400
      ? `RFC 3398’s table does not list ${code}. For a failure response the table does not list, a gateway sends cause 31 (${cause31}).`
      : 'RFC 3398’s table of responses that release an ISUP call covers 4xx, 5xx and 6xx responses only.',
  'q850.unlistedFrom': (code: number) => `No ISUP cause maps to ${code} in RFC 3398.`,
  'q850.source': 'Source: ',
  'punct.colon': ': ',
  'q850.none': 'no cause',
  'q850.table': 'The whole mapping, both ways',
  'q850.byCause': 'ISUP cause to SIP response',
  'q850.byCode': 'SIP response to ISUP cause',
  'q850.colCause': 'ISUP cause',
  'q850.colSip': 'SIP response',
  'q850.colNote': 'Note',
  'q850.noResponse': 'no response',
  'q850.erratum': 'Correction to the printed table',

  'section.constants': 'Names in libraries',
  'constants.intro': (code: number) => `How common libraries name ${code}, as read from their source code:`,
  'constants.library': 'Library',
  'constants.name': 'Name',
  'constants.phrase': 'Reason text',
  'constants.missing': 'not defined',
  'constants.deprecated': 'deprecated',
  'constants.differs': 'differs from the registered name',

  'data.link': (protocol: string) => `All ${protocol} codes as JSON`,
  'data.title': 'Open data: every code as JSON',
  'q850.link': 'SIP and ISUP/Q.850 cause mapping (RFC 3398)',
  'data.libraries': 'Where the library names come from',
  'data.librariesIntro':
    'Each code page names the code as these libraries do. Every name was read from the file below, at the commit shown, and a test checks it against a copy of those lines.',
  'data.files': 'Files',
  'data.file': (protocol: string, n: number) => `${protocol}: ${n} codes`,
  'data.schema': 'JSON Schema for both files',

  'redirect.title': 'Redirecting…',
  'redirect.text': 'This comparison lives at:',
  'neutral.title': (protocol: string, code: number, name: string) => `${protocol} ${code} ${name}`,
  'neutral.text': 'Choose your language:',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. Try the search above, or browse the codes:',
} as const;

/** The shape every language's dictionary must have: same keys, strings may differ. */
export type Dict = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };
