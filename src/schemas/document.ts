import { z } from 'astro/zod';
import { calendarDate } from './dates';
import { publishingFields } from './publishing';

/** What kind of document it is. */
export const documentKinds = ['report', 'resolution', 'strategy', 'guide', 'other'] as const;
/** The six official languages of the United Nations, in which documents are usually issued. */
export const documentLanguages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

const documentLink = z
	.string()
	.trim()
	.regex(/^(https:\/\/|\/)/, 'expected a web address starting with https:// or a file in public/ starting with /, e.g. /files/a-74-790-en.pdf');

/** A report, resolution or other document: one file in content/documents/<locale>/. */
export const documentSchema = z.object({
	/** The document's official symbol, e.g. A/74/790 or A/RES/73/305. */
	symbol: z.string().trim().min(1),
	/** The document's title. */
	title: z.string().trim().min(1),
	/** The day it was issued or adopted. */
	date: calendarDate,
	/** What kind of document it is. */
	kind: z.enum(documentKinds),
	/** Where to read it in each language, keyed by language code: ar, zh, en, fr, ru, es. */
	links: z
		.record(z.enum(documentLanguages, { errorMap: () => ({ message: 'expected one of the language codes ar, zh, en, fr, ru, es' }) }), documentLink)
		.refine((links) => Object.keys(links).length > 0, 'expected at least one link, e.g. en: https://undocs.org/A/74/790'),
	/** A few sentences on what the document says and why it matters. */
	summary: z.string().trim().min(1),
	...publishingFields,
});

export type DocumentData = z.output<typeof documentSchema>;
