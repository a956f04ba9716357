import path from 'node:path';

/**
 * A path inside a folder, or undefined for one that would leave it ("../", an absolute path): for
 * the dev server's handlers that answer a request with a file, so that no address reaches a file
 * outside the folder they serve.
 */
export function withinFolder(folder: string, inside: string): string | undefined {
	const file = path.resolve(folder, inside);
	const relative = path.relative(folder, file);
	return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? undefined : file;
}
