import { z } from 'astro/zod';
import { calendarDate } from './dates';
import { imageSchema } from './image';
import { linkSchema } from './link';
import { publishingFields } from './publishing';

/** A highlight on the home page, shown between two days: one file in content/banners/<locale>/. */
export function bannerSchema<Source extends z.ZodTypeAny>(imageSource: Source) {
	return z
		.object({
			/** The banner's heading. */
			title: z.string().trim().min(1),
			/** A sentence under the heading. */
			text: z.string().trim().min(1),
			/** Where the banner leads. */
			link: linkSchema,
			/** The first day the banner is shown. */
			from: calendarDate,
			/** The last day the banner is shown. */
			until: calendarDate,
			/** A picture behind or beside the banner. */
			image: imageSchema(imageSource).optional(),
			...publishingFields,
		})
		.refine((banner) => banner.until >= banner.from, {
			path: ['until'],
			message: 'expected a last day on or after the first day (from)',
		});
}

export type BannerData = z.output<ReturnType<typeof bannerSchema<z.ZodString>>>;
