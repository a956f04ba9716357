import { z } from 'astro/zod';
import { imageSchema } from './image';
import { publishingFields } from './publishing';

/** The day of the year a series returns on. */
export const recurrenceSchema = z
	.object({
		/** The month, 1 to 12. */
		month: z.number().int().min(1).max(12),
		/** The day of the month, 1 to 31. */
		day: z.number().int().min(1).max(31),
	})
	.refine(({ month, day }) => day <= new Date(Date.UTC(2024, month, 0)).getUTCDate(), {
		message: 'expected a day that exists in that month',
		path: ['day'],
	});

/** A recurring observance, such as a day of remembrance held every year: one file in content/series/<locale>/. */
export function seriesSchema<Source extends z.ZodTypeAny>(imageSource: Source) {
	return z.object({
		/** The observance's name, e.g. "International Day of Remembrance of and Tribute to the Victims of Terrorism". */
		name: z.string().trim().min(1),
		/** A sentence or two on what the observance is for. */
		description: z.string().trim().min(1),
		/** The day it returns each year. */
		recurrence: recurrenceSchema,
		/** The year of the first edition; anniversaries are counted from it. */
		since: z.number().int().min(1900).max(2100).optional(),
		/** A picture for the series page. */
		image: imageSchema(imageSource).optional(),
		...publishingFields,
	});
}

export type SeriesData = z.output<ReturnType<typeof seriesSchema<z.ZodString>>>;
