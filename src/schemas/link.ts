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

/**
 * An address on another website: http:// or https:// only. zod's url() accepts whatever the URL
 * parser accepts, javascript:alert(1) and data:text/html,… included, and a link to such an address
 * runs a script, or opens a page made of the address itself, when it is followed.
 */
export const webAddress = z
	.string()
	.trim()
	.refine((url) => URL.canParse(url) && ['https:', 'http:'].includes(new URL(url).protocol), {
		message: 'expected a web address starting with https://, e.g. https://example.org/',
	});

export type Link = z.output<typeof linkSchema>;
