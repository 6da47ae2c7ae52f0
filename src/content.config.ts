import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
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
  loader: glob({ pattern: '*/*/*.{md,mdx}', base: './content', generateId: keepPath }),
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

export const collections = { registry, entries, notes };
