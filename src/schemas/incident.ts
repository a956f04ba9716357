import { z } from 'astro/zod';
import { calendarDate } from './dates';
import { countryCode } from './place';
import { publishingFields } from './publishing';

/**
 * An attack, with a stable id (its file name) that people, stories and events refer to: one file in
 * content/incidents/<locale>/, translated like any other entry. The text below the frontmatter is an
 * optional short account, written with the families in mind: what happened, not how.
 */
export const incidentEntrySchema = z.object({
	/** How the attack is commonly referred to in this language, e.g. "Nairobi shopping centre attack". */
	name: z.string().trim().min(1),
	/** The day it happened. */
	date: calendarDate,
	/** The town or place, in this language. */
	place: z.string().trim().min(1),
	/** The country, as an ISO 3166-1 alpha-2 code, e.g. KE. */
	country: countryCode,
	...publishingFields,
});

export type IncidentData = z.output<typeof incidentEntrySchema>;
