import { z } from 'astro/zod';
import { publishingFields } from './publishing';

/** A standing page such as "About": one file in content/pages/<locale>/. */
export const pageSchema = z.object({
	/** The page's heading. */
	title: z.string().trim().min(1),
	/** One sentence describing the page, used for search engines and link previews. */
	summary: z.string().trim().min(1),
	...publishingFields,
});

export type PageData = z.output<typeof pageSchema>;
