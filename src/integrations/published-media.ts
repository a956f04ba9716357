import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../core/content-root';
import { MEDIA_FOLDER } from '../media/media-location';
import { publishReferencedMedia, serveMediaFile } from '../media/published-media';

/**
 * The recordings and caption files of the archive's media/ folder (src/schemas/media.ts), served at
 * <base>media/: in `astro dev` straight from the folder; in a build, after the pages are written,
 * only the files a page refers to are copied into the site (src/media/published-media.ts), so a
 * draft's or a withdrawn story's recording is never published.
 */
export function publishedMedia(): AstroIntegration {
	let base = '/';
	const mediaDir = path.join(contentRoot(), MEDIA_FOLDER);
	return {
		name: 'vigil:published-media',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(serveMediaFile(mediaDir, base));
			},
			'astro:build:done': ({ dir, logger }) => {
				const { copied, pages } = publishReferencedMedia(fileURLToPath(dir), mediaDir, base);
				logger.info(`${copied.length} media file(s) that ${pages} page(s) refer to copied into ${MEDIA_FOLDER}/`);
			},
		},
	};
}
