import type { z } from 'astro/zod';
import { bannerSchema } from './banner';
import { callSchema } from './call';
import { documentSchema } from './document';
import { eventSchema } from './event';
import { incidentEntrySchema } from './incident';
import { newsSchema } from './news';
import { pageSchema } from './page';
import { personSchema } from './person';
import { seriesSchema } from './series';
import { storySchema } from './story';

/**
 * Every collection in content/, with the schema its entries follow. The site (src/content.config.ts)
 * and `npm run check` both build their schemas from this one table, so they cannot disagree. Each
 * entry takes the schema that checks an image path: Astro's image() in the site, a file check in
 * the checker.
 */
export const collectionSchemas = {
	events: <Image extends z.ZodTypeAny>(image: Image) => eventSchema(image),
	stories: <Image extends z.ZodTypeAny>(image: Image) => storySchema(image),
	news: <Image extends z.ZodTypeAny>(image: Image) => newsSchema(image),
	documents: <Image extends z.ZodTypeAny>(_image: Image) => documentSchema,
	series: <Image extends z.ZodTypeAny>(image: Image) => seriesSchema(image),
	banners: <Image extends z.ZodTypeAny>(image: Image) => bannerSchema(image),
	calls: <Image extends z.ZodTypeAny>(_image: Image) => callSchema,
	pages: <Image extends z.ZodTypeAny>(_image: Image) => pageSchema,
	people: <Image extends z.ZodTypeAny>(image: Image) => personSchema(image),
	incidents: <Image extends z.ZodTypeAny>(_image: Image) => incidentEntrySchema,
} as const;

/** The name of a collection: also its folder under content/. */
export type CollectionName = keyof typeof collectionSchemas;

/** The collection names, in the order the checker reports them. */
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];
