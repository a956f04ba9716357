import { z } from 'astro/zod';
import { consentSchema } from './consent';
import { calendarDate } from './dates';
import { imageSchema } from './image';
import { mediaSchema } from './media';
import { countryCode } from './place';
import { entrySlug, publishingFields } from './publishing';

/** Whether a story appears in listings, or only at its own address. */
export const visibilities = ['listed', 'unlisted'] as const;

/** A person the story remembers. */
export const rememberedSchema = z.object({
	/** Their name, or the pseudonym chosen with the family when the story is anonymous. */
	name: z.string().trim().min(1),
	/** The year they were born, if the family wishes it shown. */
	born: z.number().int().min(1850).max(2100).optional(),
	/** The year they died, if they died. */
	died: z.number().int().min(1850).max(2100).optional(),
	/**
	 * The person's entry in content/people/ (its file name, e.g. amina-haddad), which links the story
	 * from the person's page. Only a named story does: an anonymous story is never linked to a person.
	 */
	person: entrySlug.optional(),
});

/** Who tells the story. */
export const narratorSchema = z.object({
	/** The narrator's name, or a pseudonym when the story is anonymous: an anonymous story never shows it, only the relation. */
	name: z.string().trim().min(1),
	/** How the narrator is related to what happened, e.g. "survivor", "daughter", "colleague". */
	relation: z.string().trim().min(1),
	/** How the organisers reach the narrator, e.g. about consent: for the organisers only, never published. */
	contact: z
		.object({
			/** The narrator's email address. */
			email: z.string().email().optional(),
			/** The narrator's telephone number. */
			phone: z.string().trim().min(1).optional(),
		})
		.optional(),
});

/** The attack the story is about, written out in the story itself (before the archive had an entry for it). */
export const incidentSchema = z.object({
	/** How the attack is commonly referred to, e.g. "Nairobi shopping centre attack". */
	name: z.string().trim().min(1),
	/** The day it happened. */
	date: calendarDate.optional(),
	/** The town or place. */
	place: z.string().trim().min(1).optional(),
	/** The country, as an ISO 3166-1 alpha-2 code. */
	country: countryCode.optional(),
});

/** A story of remembrance, told by a survivor or a bereaved family: one file in content/stories/<locale>/. */
export function storySchema<Source extends z.ZodTypeAny>(imageSource: Source) {
	return z
		.object({
			/** The story's title. */
			title: z.string().trim().min(1),
			/** One or two sentences shown in listings. */
			summary: z.string().trim().min(1),
			/** The day the story was first published on the site; listings show the newest first. */
			date: calendarDate,
			/** The people the story remembers; empty for a survivor's own account. */
			remembered: z.array(rememberedSchema).default([]),
			/** Who tells the story. */
			narrator: narratorSchema,
			/**
			 * The attack the story is about: the file name of an entry in content/incidents/ (e.g.
			 * nairobi-2013), which links the story from the attack's page, or the attack written out here
			 * (name, date, place, country), as stories did before attacks had entries of their own.
			 */
			incident: z.union([entrySlug, incidentSchema]).optional(),
			/** The storyteller's recorded consent. Required. */
			consent: consentSchema,
			/** Warnings shown before the story, e.g. "descriptions of injuries". */
			contentWarnings: z.array(z.string().trim().min(1)).default([]),
			/** A portrait or photograph chosen with the family. */
			portrait: imageSchema(imageSource).optional(),
			/** Recorded testimony the site serves itself, with captions and a transcript; published only with the story. */
			media: z.array(mediaSchema(imageSource)).default([]),
			/** "unlisted" keeps the story at its address but out of listings, search, sitemap and feeds. */
			visibility: z.enum(visibilities).default('listed'),
			...publishingFields,
		})
		.superRefine((story, ctx) => {
			story.remembered.forEach((person, index) => {
				if (person.born && person.died && person.died < person.born) {
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						path: ['remembered', index, 'died'],
						message: `expected a year of death after the year of birth (${person.born})`,
					});
				}
			});
		});
}

export type StoryData = z.output<ReturnType<typeof storySchema<z.ZodString>>>;

/** An attack as a story's pages show it: written out, with its id when it has an entry in content/incidents/. */
export type StoryIncident = z.output<typeof incidentSchema> & { id?: string };

/** A story's data as its pages see it: the attack written out, whichever way the file names it (src/archive/entries.ts). */
export type StoryPageData = Omit<StoryData, 'incident'> & { incident?: StoryIncident | undefined };
