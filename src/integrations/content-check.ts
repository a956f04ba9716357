import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../core/content-root';
import { formatReport } from '../validation/problem';
import { publicImageWarnings } from '../validation/public-images';
import { validateArchive } from '../validation/validate-archive';

/**
 * Runs the content checker before Astro reads any content. A build with content errors stops here,
 * before anything is written to dist/, and prints the same report as `npm run check`; the dev
 * server prints it and carries on, so organisers can fix files while they preview.
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'vigil:content-check',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command === 'preview') return;
				const publicDir = fileURLToPath(config.publicDir);
				const { problems } = await validateArchive(contentRoot(), process.cwd(), { publicDir });
				problems.push(...(await publicImageWarnings(publicDir)));
				if (problems.length === 0) return;
				const hasErrors = problems.some((problem) => problem.severity === 'error');
				if (command === 'build' && hasErrors) {
					console.error(`\nThe archive has content problems, so nothing was built:\n\n${formatReport(problems)}\n\nFix them and build again; \`npm run check\` shows this list without building.\n`);
					process.exit(1);
				}
				logger.warn(`content problems:\n${formatReport(problems)}`);
			},
		},
	};
}
