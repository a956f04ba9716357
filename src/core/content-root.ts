import path from 'node:path';

/**
 * The folder that holds the archive: ./content, or the folder named by VIGIL_CONTENT. Tests and the
 * benchmark point it at fixtures and generated archives without touching the organiser's content.
 */
export function contentRoot(cwd: string = process.cwd()): string {
	const configured = process.env.VIGIL_CONTENT?.trim();
	return path.resolve(cwd, configured || 'content');
}
