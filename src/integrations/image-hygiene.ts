import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cleanBuiltImages } from '../images/image-hygiene';

/**
 * After the build, removes images no page uses and strips identifying metadata from the rest, so
 * that nothing in dist/ can say where a photo was taken or show a withdrawn story's portrait.
 */
export function imageHygiene(): AstroIntegration {
	return {
		name: 'vigil:image-hygiene',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { removed, cleaned } = await cleanBuiltImages(fileURLToPath(dir));
				logger.info(`${removed.length} unused image file(s) removed, ${cleaned.length} image(s) stripped of metadata`);
			},
		},
	};
}
