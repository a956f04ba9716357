import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../core/content-root';
import { checkBeforeBuild, CONTENT_CHECKED_ENV } from '../validation/check-before-build';

/**
 * Runs the content checker before Astro reads any content. A build with content errors stops here,
 * before anything is written, and prints the same report as `npm run check`; the dev server prints it
 * and carries on, so organisers can fix files while they preview. `npm run build` checks the content
 * itself before it starts Astro, and says so, so that the check runs once.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'vigil:content-check',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command === 'preview') return;
				if (command === 'build' && process.env[CONTENT_CHECKED_ENV] === '1') return;
				const { stops, report } = await checkBeforeBuild(contentRoot(), fileURLToPath(config.publicDir));
				if (command === 'build' && stops) {
					console.error(`\n${report}\n`);
					process.exit(1);
				}
				if (report) logger.warn(report);
			},
		},
	};
}
