import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PROTOCOLS } from './lib/protocols';
import { SENDERS, STATUSES } from './lib/registry';

// Ids keep the file's path and extension, so every file is its own entry (a duplicate code in
// 486.md and 486.mdx is seen, not overwritten) and schema errors name the file.
const keepPath = ({ entry }: { entry: string }) => entry;

/** Language-neutral facts of one code: stored once, shared by every language (DESIGN.md). */
const codeRecord = z.strictObject({
  /** The reason phrase exactly as the IANA registry spells it. */
  name: z.string().min(1),
  /** Number of the RFC that defines the code. */
  rfc: z.number().int().positive().optional(),
  /** Or, for a temporary registration, the Internet-Draft that defines it. */
  draft: z
    .string()
    .regex(/^draft-[a-z0-9-]+$/, 'an Internet-Draft name such as draft-ietf-httpbis-resumable-upload-05')
    .optional(),
  /** Section of that RFC that defines it, e.g. "21.4.24"; becomes the #section- link. */
  section: z.string().regex(/^\d+(\.\d+)*$/, 'a section number such as "21.4.24"'),
  /** Registry status: current, or why a reader should not send it. */
  status: z.enum(STATUSES),
  /** Elements that send it, for "who sends this" on comparisons. */
  senders: z.array(z.enum(SENDERS)).min(1),
  /** Requests it answers, in wire spelling; empty means any method. */
  methods: z.array(z.string().regex(/^[A-Z]+$/, 'a method in wire spelling, e.g. INVITE')),
  /** Header fields involved, in wire spelling. */
  headers: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'a header field name in wire spelling')),
  /** Codes people confuse it with; each gets a "compare with" link. */
  related: z.array(z.number().int()),
  /** Other names in circulation, so a search for an old name lands here. */
  aliases: z.array(z.string()),
  /** HTTP only (required there): heuristically cacheable by default, RFC 9110 §15.1. */
  cacheable: z.boolean().optional(),
});

/** One file per protocol: content/registry/{protocol}.yaml, keyed by code. */
const registry = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/registry', generateId: keepPath }),
  schema: z.record(z.string().regex(/^\d{3}$/, 'a three-digit code'), codeRecord),
});

/** Prose for one code in one language: content/{lang}/{protocol}/{code}.md. */
const entries = defineCollection({
  // Guides share the {lang}/{folder}/{name}.md shape; any other folder is checked as a protocol.
  loader: glob({ pattern: ['*/*/*.{md,mdx}', '!*/guides/*'], base: './content', generateId: keepPath }),
  schema: z.strictObject({
    /** Short Japanese gloss of the name (e.g. 話中); required in ja, checked in src/lib/validate.ts. */
    gloss: z.string().min(1).optional(),
    /** One sentence; the lead of the page, its meta description and its line in indexes. */
    summary: z.string().min(20),
    /** One sentence saying when this is the right code to send; used on comparison pages. */
    use: z.string().min(20),
    /** Concrete situations in which a reader meets the code. */
    when: z.array(z.string().min(10)).min(1),
    /** How to fix it, for two readers. */
    fix: z.strictObject({
      /** The person or support agent who sees the code. */
      user: z.array(z.string().min(10)).min(1),
      /** The engineer who can change configuration or code. */
      engineer: z.array(z.string().min(10)).min(1),
    }),
    /** Extra search words (synonyms, everyday words) indexed with the page. */
    keywords: z.array(z.string()).default([]),
    /** HTTP entries whose number SIP registers too: one sentence on how the two differ. */
    sameNumber: z.string().min(20).optional(),
  }),
});

/** Hand-written note on a pair: content/{lang}/{protocol}/compare/{a}-vs-{b}.md; body only. */
const notes = defineCollection({
  loader: glob({ pattern: '*/*/compare/*.{md,mdx}', base: './content', generateId: keepPath }),
  schema: z.strictObject({}),
});

/** A page of prose that is not about one code: content/{lang}/guides/{name}.md (e.g. q850, data). */
const guides = defineCollection({
  loader: glob({ pattern: '*/guides/*.{md,mdx}', base: './content', generateId: keepPath }),
  schema: z.strictObject({
    /** The page's <h1> and <title>. */
    title: z.string().min(5),
    /** One sentence: the meta description and the line that links to the page. */
    description: z.string().min(20),
  }),
});

const bilingual = z.strictObject({ en: z.string().min(2), ja: z.string().min(2) });
/** A message as sent, lines ending in LF here and CRLF on the wire; src/lib/wire.ts checks it. */
const message = z.string().min(10);

/** Example exchange for one code: content/examples/{protocol}/{code}.yaml, shown on both languages' pages. */
const examples = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/examples', generateId: keepPath }),
  schema: z.strictObject({
    /** One sentence per language saying what the exchange shows. */
    caption: bilingual,
    /** The request that draws the response, where it helps to see it. */
    request: message.optional(),
    /** The response, its start line carrying the code and the registered name. */
    response: message,
  }),
});

const causeNumber = z.number().int().min(1).max(127);
/** Optional words a table row of RFC 3398 carries besides the two numbers. */
const rowNotes = {
  /** The row applies only in this case (cause 22 with or without diagnostic). */
  condition: bilingual.optional(),
  /** The table's footnote for the row. */
  note: bilingual.optional(),
  /** Where the data departs from the RFC's printed table, and why. */
  erratum: bilingual.optional(),
};

/** RFC 3398's cause mapping at the PSTN boundary: content/q850.yaml, checked against its tables. */
const q850 = defineCollection({
  loader: glob({ pattern: 'q850.yaml', base: './content', generateId: keepPath }),
  schema: z.strictObject({
    /** Names of the Q.850 cause values the tables use, keyed by value. */
    causes: z.record(z.string().regex(/^\d{1,3}$/, 'a cause value'), bilingual),
    /** RFC 3398 §7.2.4.1: the ISUP cause a gateway receives, and the SIP response it sends (null: none). */
    isupToSip: z.array(z.strictObject({ cause: causeNumber, sip: z.number().int().nullable(), ...rowNotes })),
    /** RFC 3398 §8.2.6.1: the SIP response a gateway receives, and the cause it sends (null: none). */
    sipToIsup: z.array(z.strictObject({ sip: z.number().int(), cause: causeNumber.nullable(), ...rowNotes })),
  }),
});

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an identifier as declared in the source');

/** How common libraries name each code: content/stacks.yaml, checked against tests/fixtures/stacks/. */
const stacks = defineCollection({
  loader: glob({ pattern: 'stacks.yaml', base: './content', generateId: keepPath }),
  schema: z.strictObject({
    stacks: z.record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, 'a stack id such as jain-sip'),
      z.strictObject({
        /** The name shown on the page. */
        label: z.string().min(2),
        /** The protocol whose codes it names. */
        protocol: z.enum(PROTOCOLS),
        /** Its programming language, shown beside the label. */
        language: z.string().min(1),
        /** Release the source was read at, when known. */
        version: z.string().optional(),
        /** The file read, at a fixed commit, so a reader can check the name. */
        source: z.url(),
        /** Written before the identifier when shown: "HTTPStatus.", "StatusCode::". */
        prefix: z.string(),
      }),
    ),
    codes: z.record(
      z.enum(PROTOCOLS),
      z.record(
        z.string().regex(/^\d{3}$/, 'a three-digit code'),
        z.record(
          z.string(),
          z.strictObject({
            /** The identifier as declared, without prefix; absent where the library only has a phrase (Node). */
            const: identifier.optional(),
            /** The library's own reason text, exactly as in its source. */
            phrase: z.string().min(1).optional(),
            /** Other current identifiers of the same value. */
            also: z.array(identifier).optional(),
            /** Identifiers the source marks deprecated or obsolete. */
            deprecated: z.array(identifier).optional(),
          }),
        ),
      ),
    ),
  }),
});

export const collections = { registry, entries, notes, guides, examples, q850, stacks };
