import { z } from 'astro/zod';
import { consentStatuses } from './consent';
import { lifeYear } from '../core/life-dates';
import { calendarDate } from './dates';
import { imageSchema } from './image';
import { languageTag } from './language-tag';
import { countryCode } from './place';
import { entrySlug, publishingFields } from './publishing';

const YEAR_OR_DATE = 'expected a year such as 1961 or a date written as YYYY-MM-DD, e.g. 1961-04-23';

/** A year (1961) or a full date (1961-04-23): families often know only the year. */
export const yearOrDate = z
	.union([z.number().int().min(1850).max(2100), z.string(), z.date()], { errorMap: () => ({ message: YEAR_OR_DATE }) })
	.transform((value, ctx) => {
		if (typeof value === 'number') return value;
		const date = calendarDate.safeParse(value);
		if (date.success) return date.data;
		ctx.addIssue({ code: z.ZodIssueCode.custom, message: YEAR_OR_DATE });
		return z.NEVER;
	});

/**
 * Another way a name is written: a spelling alone (`Ayse Yildiz`), or with the language it is
 * written in (`{ name: أمينة حداد, lang: ar }`), so that a screen reader reads it in that language's
 * voice rather than the page's.
 */
export const nameVariant = z.union([
	z
		.string()
		.trim()
		.min(1)
		.transform((name): { name: string; lang?: string } => ({ name })),
	z.object({
		/** The name as written in that language or script. */
		name: z.string().trim().min(1),
		/** The language it is written in, e.g. ar. */
		lang: languageTag,
	}),
]);

/**
 * The family's consent to the person being listed, with a story's semantics: "withdrawn" removes the
 * person from everything the build produces (their page, the index of names, search, open data).
 */
export const listingConsentSchema = z.object(
	{
		/** "given" to list the person; "withdrawn" removes them from the whole site at the next build. */
		status: z.enum(consentStatuses),
		/** The day consent was recorded (or withdrawn), e.g. 2024-03-02. */
		recordedOn: calendarDate,
		/** false when the family does not want the anniversary of the death shown under "On this day". */
		anniversary: z.boolean().default(true),
	},
	{
		errorMap: (issue, ctx) =>
			issue.code === 'invalid_type' && ctx.data === undefined
				? { message: 'expected a listing block with status and recordedOn; no one is listed without the family’s recorded consent' }
				: { message: ctx.defaultError },
	},
);

/**
 * A person remembered by the archive: one file in content/people/<locale>/, whose name is the file
 * name (the person's id, e.g. amina-haddad), translated like any other entry. Each language's file
 * writes the name as that language does; the text below the frontmatter is a short remembrance.
 */
export function personSchema<Source extends z.ZodTypeAny>(imageSource: Source) {
	return z
		.object({
			/** The name as it is written in this language, e.g. "Amina Haddad" in English, "أمينة حداد" in Arabic. */
			name: z.string().trim().min(1),
			/**
			 * Other ways the name is written: in the original script, other transliterations, a maiden
			 * name. Search finds the person by each. Each is a spelling, or a name and its language
			 * (`- { name: أمينة حداد, lang: ar }`), which screen readers then read in that language.
			 */
			variants: z.array(nameVariant).default([]),
			/** How the name sorts in this language when the letters alone mislead, e.g. "zeng li" for 曾丽 (not céng). */
			sortAs: z.string().trim().min(1).optional(),
			/** The year or date of birth, if the family wishes it shown. */
			born: yearOrDate.optional(),
			/** The year or date of death. */
			died: yearOrDate.optional(),
			/** Where the person lived or came from, in this language, e.g. "Mombasa". */
			place: z.string().trim().min(1).optional(),
			/** The country of that place, as an ISO 3166-1 alpha-2 code, e.g. KE. */
			country: countryCode.optional(),
			/** The attack in which they died or were hurt: the file name of an entry in content/incidents/. */
			incident: entrySlug.optional(),
			/** One or two sentences shown in the index of names and in search results. */
			summary: z.string().trim().min(1).optional(),
			/** A portrait chosen with the family. */
			portrait: imageSchema(imageSource).optional(),
			/** Warnings shown before the portrait and text, e.g. "a photograph taken in hospital". */
			contentWarnings: z.array(z.string().trim().min(1)).default([]),
			/** The family's consent to the person being listed. Required. */
			listing: listingConsentSchema,
			...publishingFields,
		})
		.superRefine((person, ctx) => {
			// A value its own schema refused is no value to compare (zod still runs this refinement then).
			const year = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? lifeYear(value) : undefined);
			const born = year(person.born);
			const died = year(person.died);
			if (born !== undefined && died !== undefined && died < born) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['died'], message: `expected a death after the birth (${person.born})` });
			}
		});
}

export type PersonData = z.output<ReturnType<typeof personSchema<z.ZodString>>>;
