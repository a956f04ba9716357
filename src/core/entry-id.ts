/** The file name an entry's address is made from: the last path segment without .md or .mdx. */
export function slugFromPath(entryPath: string): string {
	const fileName = entryPath.split(/[\\/]/).pop() ?? entryPath;
	return fileName.replace(/\.mdx?$/i, '');
}

/** The locale folder an entry lives in: the first segment of its path inside the collection. */
export function localeFromPath(entryPath: string): string {
	return entryPath.split(/[\\/]/)[0] ?? '';
}

/** An entry's id, "<locale>/<slug>", from its path relative to the collection folder. */
export function entryIdFromPath(entryPath: string): string {
	return `${localeFromPath(entryPath)}/${slugFromPath(entryPath)}`;
}
