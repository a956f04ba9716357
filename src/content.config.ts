import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
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
function filesOf(collection: CollectionName): Loader {
	const base = `${contentRoot()}/${collection}`;
	// An archive need not have every kind of entry (many keep no index of names): a folder that is not
	// there is an empty collection, not a warning on every build. The dev server reads a folder made
	// later once restarted.
	if (!existsSync(base)) return { name: 'vigil-empty-collection', load: async () => undefined };
	return glob({
		pattern: '*/**/*.{md,mdx}',
		base,
		generateId: ({ entry }) => entryIdFromPath(entry),
		// Pages render an entry from its rendered HTML (Markdown) or its module (MDX), never from
		// entry.body, and the checker reads the files itself: keeping every body too would only
		// grow the content store that every page's build loads (docs/performance.md).
		retainBody: false,
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
	people: defineCollection({ loader: filesOf('people'), schema: ({ image }) => collectionSchemas.people(image()) }),
	incidents: defineCollection({ loader: filesOf('incidents'), schema: ({ image }) => collectionSchemas.incidents(image()) }),
};
