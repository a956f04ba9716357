import { z } from 'astro/zod';

/**
 * An image with the words that stand in for it. `src` is checked by the caller's source schema: in
 * the site it is Astro's image() (the file is processed by astro:assets and sharp); in `npm run check`
 * it is a file-exists check. Alt text is required unless the image is explicitly decorative.
 */
export function imageSchema<Source extends z.ZodTypeAny>(source: Source) {
	return z
		.object({
			/** Path to the image file, relative to this entry's file, e.g. ../../images/candles.jpg. */
			src: source,
			/** What the image shows, for people who cannot see it. Required unless `decorative` is true. */
			alt: z.string().default(''),
			/** True only when the image adds nothing to the text around it; `alt` must then be empty. */
			decorative: z.boolean().default(false),
			/** Who made the image, shown under it, e.g. "Photo: Vigil sample archive". */
			credit: z.string().optional(),
		})
		.superRefine((image, ctx) => {
			const alt = image.alt.trim();
			if (!image.decorative && alt === '') {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['alt'],
					message: 'expected a short description of what the image shows; if it is purely decorative, set decorative: true instead',
				});
			}
			if (image.decorative && alt !== '') {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['alt'],
					message: 'expected no alt text on a decorative image; remove decorative: true if the image carries meaning',
				});
			}
		});
}
