import { z } from 'astro/zod';
import { tagSlug } from '../core/slugs';
import { calendarDate } from './dates';

/** Fields every published entry shares: whether it is ready, when it may appear, how it is tagged. */
export const publishingFields = {
	/** True while the entry is being written: shown, marked, in `npm run dev`, left out of the built site. */
	draft: z.boolean().default(false),
	/** The day the entry may appear on the built site; until then it is treated like a draft. */
	publishDate: calendarDate.optional(),
	/** Topics that group entries on tag pages, e.g. "remembrance" or "legislation". */
	tags: z
		.array(
			z
				.string()
				.trim()
				// A tag's page is at /tags/<tagSlug(tag)>/ (src/core/slugs.ts):
				// a tag of punctuation alone ("<>", "!!") would have a page with no address.
				.refine((tag) => tagSlug(tag) !== '', 'expected a tag with at least one letter or digit'),
		)
		.default([]),
	/** Notes for the organisers only (who to ask, what was agreed): checked, never published. */
	private: z.string().optional(),
};

/** A slug that names another entry, e.g. the file name of a series without its extension. */
export const entrySlug = z
	.string()
	.trim()
	.regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}\p{M}-]*$/u, 'expected the file name of the entry without its extension, e.g. international-day-of-remembrance');
