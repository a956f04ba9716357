/** A segment with any percent-encoding undone, so encoding it again never doubles it; a stray % stays as it is. */
function safelyDecoded(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/**
 * Joins a base path and path segments into a site address that ends with "/", the form every page
 * is built in (build.format "directory"). Segments are encoded, so slugs in any script stay valid
 * URLs while browsers still display them readably.
 */
export function joinPath(base: string, ...segments: (string | number | undefined)[]): string {
	const parts = segments
		.filter((segment): segment is string | number => segment !== undefined && segment !== '')
		.flatMap((segment) => String(segment).split('/'))
		.filter(Boolean)
		.map((part) => encodeURIComponent(safelyDecoded(part)));
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return parts.length ? `${prefix}${parts.join('/')}/` : prefix;
}

/** Joins a base path and a file name, such as sitemap-index.xml, without a trailing slash. */
export function joinFile(base: string, fileName: string): string {
	return `${base.endsWith('/') ? base : `${base}/`}${fileName.replace(/^\/+/, '')}`;
}
