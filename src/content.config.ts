import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './core/content-root';
import { collectionSchemas, type CollectionName } from './schemas/collections';
import { entryIdFromPath } from './core/entry-id';

/**
 * Every collection reads content/<collection>/<locale>/**, in Markdown or MDX. An entry's id is
 * "<locale>/<file name>", so sub-folders (e.g. events/en/2021/) only help organisers sort their
 * files and never change an address. `npm run check`, which runs before every build, rejects two
 * files that would share an id.
 */
function filesOf(collection: CollectionName) {
	return glob({
		pattern: '*/**/*.{md,mdx}',
		base: `${contentRoot()}/${collection}`,
		generateId: ({ entry }) => entryIdFromPath(entry),
	});
}

export const collections = {
	events: defineCollection({ loader: filesOf('events'), schema: ({ image }) => collectionSchemas.events(image()) }),
	stories: defineCollection({ loader: filesOf('stories'), schema: ({ image }) => collectionSchemas.stories(image()) }),
	news: defineCollection({ loader: filesOf('news'), schema: ({ image }) => collectionSchemas.news(image()) }),
	documents: defineCollection({ loader: filesOf('documents'), schema: ({ image }) => collectionSchemas.documents(image()) }),
	series: defineCollection({ loader: filesOf('series'), schema: ({ image }) => collectionSchemas.series(image()) }),
	banners: defineCollection({ loader: filesOf('banners'), schema: ({ image }) => collectionSchemas.banners(image()) }),
	calls: defineCollection({ loader: filesOf('calls'), schema: ({ image }) => collectionSchemas.calls(image()) }),
	pages: defineCollection({ loader: filesOf('pages'), schema: ({ image }) => collectionSchemas.pages(image()) }),
};
