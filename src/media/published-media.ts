import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { MEDIA_FOLDER, mediaContentType, mediaReferencesIn } from './media-location';
import { pathUnder } from '../core/dev-request-path';
import { withinFolder } from '../core/within-folder';

/**
 * The archive's media/ folder holds recordings of every story, published or not. Only the files a
 * built page refers to are copied into the site, so the recording of a draft, of a story whose
 * consent was withdrawn or of no story at all is never published: a withdrawn story leaves no trace.
 */

/** What publishing the media of a built site did. */
export interface PublishedMedia {
	/** The files copied, as paths inside media/. */
	copied: string[];
	/** How many pages were read. */
	pages: number;
}

/**
 * Copies into `<siteDir>/media/` exactly the files of `mediaDir` that the site's pages refer to under
 * `<base>media/`. Each page is read once, with one regular expression: archives have tens of
 * thousands of pages. A page that refers to a file the archive does not have stops the build, naming
 * both. Copying the same file again gives the same file, so builds of some locales copied together
 * (src/integrations/partial-build.ts) make the same media/ folder as one build of all.
 */
export function publishReferencedMedia(siteDir: string, mediaDir: string, base: string): PublishedMedia {
	const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.split(path.sep).includes('pagefind'));
	const wanted = new Map<string, string>();
	for (const page of pages) {
		for (const inside of mediaReferencesIn(readFileSync(path.join(siteDir, page), 'utf8'), base)) {
			if (!wanted.has(inside)) wanted.set(inside, page);
		}
	}
	const missing: string[] = [];
	for (const [inside, page] of wanted) {
		const source = withinFolder(mediaDir, inside);
		if (!source || !existsSync(source) || !statSync(source).isFile()) missing.push(`${page.split(path.sep).join('/')} refers to ${MEDIA_FOLDER}/${inside}, which is not in ${mediaDir}`);
	}
	if (missing.length) throw new Error(`Pages refer to media files that are not there (run npm run check for the entry and line):\n  ${missing.join('\n  ')}`);
	const copied = [...wanted.keys()].sort();
	for (const inside of copied) {
		const target = path.join(siteDir, MEDIA_FOLDER, inside);
		mkdirSync(path.dirname(target), { recursive: true });
		copyFileSync(path.join(mediaDir, inside), target);
	}
	return { copied, pages: pages.length };
}

/**
 * For `astro dev`: answers requests for `<base>media/…` from the archive's media/ folder, as the
 * build would publish them, with the file's Content-Type (text/vtt for captions) and byte ranges,
 * which players use to seek. Anything else, or a path that leaves the folder, goes on to Astro.
 */
export function serveMediaFile(mediaDir: string, base: string) {
	return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
		const inside = pathUnder(request.url, base, MEDIA_FOLDER);
		if (inside === undefined) return next();
		const file = withinFolder(mediaDir, inside);
		const type = file && mediaContentType(file);
		if (!file || !type || !existsSync(file) || !statSync(file).isFile()) return next();
		const size = statSync(file).size;
		const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
		const start = range?.[1] ? Number(range[1]) : range?.[2] ? Math.max(0, size - Number(range[2])) : 0;
		const end = range?.[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
		if (range && (start > end || start >= size)) {
			response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
			return;
		}
		response.writeHead(range ? 206 : 200, {
			'Content-Type': type,
			'Content-Length': String(end - start + 1),
			'Accept-Ranges': 'bytes',
			...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
		});
		if (request.method === 'HEAD') return void response.end();
		createReadStream(file, { start, end }).pipe(response);
	};
}
