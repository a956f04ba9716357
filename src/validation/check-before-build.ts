import { formatReport, type Problem } from './problem';
import { publicImageWarnings } from './public-images';
import { validateArchive } from './validate-archive';

/** What the check before a build found, and what to say about it. */
export interface CheckBeforeBuild {
	problems: Problem[];
	/** Whether the build must stop: there are errors. */
	stops: boolean;
	/** The report to show: the refusal with every problem when the build stops, the warnings otherwise. */
	report: string;
}

/**
 * The content check that comes first in every build: the archive and the images in public/, checked
 * as `npm run check` checks them, with the words a stopped build says. `npm run build` runs it before
 * it starts Astro; the Astro integration (src/integrations/content-check.ts) runs it when Astro is
 * started by hand.
 */
export async function checkBeforeBuild(contentRoot: string, publicDir: string, cwd: string = process.cwd()): Promise<CheckBeforeBuild> {
	const { problems } = await validateArchive(contentRoot, cwd, { publicDir });
	problems.push(...(await publicImageWarnings(publicDir, cwd)));
	const stops = problems.some((problem) => problem.severity === 'error');
	const report = stops
		? `The archive has content problems, so nothing was built:\n\n${formatReport(problems)}\n\nFix them and build again; \`npm run check\` shows this list without building.`
		: problems.length
			? `content problems:\n${formatReport(problems)}`
			: '';
	return { problems, stops, report };
}

/**
 * Set by `npm run build` for the Astro build it starts, once it has checked the content itself: the
 * integration then does not check it a second time.
 */
export const CONTENT_CHECKED_ENV = 'VIGIL_CONTENT_CHECKED';
