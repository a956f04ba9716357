import path from 'node:path';
import { contentRoot } from '../core/content-root';
import { joinFile } from '../core/paths';

/**
 * Where a recording or caption file named in an entry lives, and the address the site serves it at.
 * One rule for the pages, the checker, the build step that copies files (src/integrations/published-media.ts)
 * and the dev server: a path relative to the entry file leads into the archive's media/ folder, which
 * is served at <base>media/; a path from the root (/files/ceremony.mp4) is a file in public/.
 */

/** The archive's folder of recordings and caption files, and the site folder they are served from. */
export const MEDIA_FOLDER = 'media';

/** A media file as an entry names it. */
export type MediaLocation =
	/** In the archive's media/ folder: `file` on disk, `inside` its path within media/ (with "/"). */
	| { in: 'archive'; file: string; inside: string }
	/** In public/, served as it is: its path from the site's root, e.g. /files/ceremony.mp4. */
	| { in: 'public'; sitePath: string }
	/** A relative path that leads out of the media/ folder: never served. */
	| { in: 'elsewhere'; file: string };

/** Where the file an entry names is, given the entry file's own path on disk. */
export function locateMediaFile(src: string, entryFile: string, root: string = contentRoot()): MediaLocation {
	if (src.startsWith('/')) return { in: 'public', sitePath: src };
	const file = path.resolve(path.dirname(entryFile), src);
	const inside = path.relative(path.join(root, MEDIA_FOLDER), file);
	if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return { in: 'elsewhere', file };
	return { in: 'archive', file, inside: inside.split(path.sep).join('/') };
}

/** The address a page gives a media file, under the site's base path; undefined for a file that is never served. */
export function mediaAddress(location: MediaLocation, base: string): string | undefined {
	if (location.in === 'public') return joinFile(base, location.sitePath);
	if (location.in === 'elsewhere') return undefined;
	return joinFile(base, `${MEDIA_FOLDER}/${location.inside.split('/').map(encodeURIComponent).join('/')}`);
}

/** The file on disk behind a media path, for reading captions: in the archive's media/ folder or in `publicDir`. */
export function fileOnDisk(location: MediaLocation, publicDir: string = path.resolve('public')): string | undefined {
	if (location.in === 'archive') return location.file;
	if (location.in === 'public') return path.join(publicDir, decodeURI(location.sitePath.replace(/[?#].*$/, '')));
	return undefined;
}

/** The media/ paths a built page refers to (`<audio src>`, `<track src>`, `<a href>` …), decoded, e.g. testimony.en.vtt. */
export function mediaReferencesIn(html: string, base: string): string[] {
	const prefix = joinFile(base, `${MEDIA_FOLDER}/`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const found = new Set<string>();
	for (const match of html.matchAll(new RegExp(`(?:src|href)="${prefix}([^"?#]+)`, 'g'))) {
		const encoded = (match[1] ?? '').replace(/&amp;/g, '&');
		try {
			found.add(decodeURIComponent(encoded));
		} catch {
			found.add(encoded);
		}
	}
	return [...found];
}

/** The Content-Type a server should send for a media or caption file, by its extension; undefined for any other file. */
export function mediaContentType(file: string): string | undefined {
	return MEDIA_TYPES[path.extname(file).slice(1).toLowerCase()];
}

const MEDIA_TYPES: Record<string, string> = {
	mp3: 'audio/mpeg',
	m4a: 'audio/mp4',
	aac: 'audio/aac',
	ogg: 'audio/ogg',
	oga: 'audio/ogg',
	opus: 'audio/ogg',
	wav: 'audio/wav',
	mp4: 'video/mp4',
	m4v: 'video/mp4',
	webm: 'video/webm',
	// WebVTT's registered type (https://www.w3.org/TR/webvtt1/#iana-text-vtt); Firefox shows no captions served as anything else.
	vtt: 'text/vtt; charset=utf-8',
};
