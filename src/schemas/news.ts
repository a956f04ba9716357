import { z } from 'astro/zod';
import { calendarDate } from './dates';
import { imageSchema } from './image';
import { entrySlug, publishingFields } from './publishing';

/** A news item or announcement: one file in content/news/<locale>/. */
export function newsSchema<Source extends z.ZodTypeAny>(imageSource: Source) {
	return z.object({
		/** The headline. */
		title: z.string().trim().min(1),
		/** The day it was published; listings show the newest first. */
		date: calendarDate,
		/** One or two sentences shown in listings. */
		summary: z.string().trim().min(1),
		/** A picture for the article and its card. */
		image: imageSchema(imageSource).optional(),
		/** Documents the article discusses: file names in content/documents/<locale>/. */
		documents: z.array(entrySlug).default([]),
		...publishingFields,
	});
}

export type NewsData = z.output<ReturnType<typeof newsSchema<z.ZodString>>>;
