import { z } from 'astro/zod';

/** A link a visitor can follow: to a page of this site (starting with /) or to another site. */
export const linkSchema = z.object({
	/** The words of the link, e.g. "Watch the recording". */
	label: z.string().trim().min(1),
	/** Where it leads: a path on this site such as /events/ or a web address starting with https://. */
	href: z
		.string()
		.trim()
		.regex(/^(https:\/\/|mailto:|\/)/, 'expected a path on this site starting with /, a web address starting with https://, or a mailto: address'),
});

export type Link = z.output<typeof linkSchema>;
