import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hasIdentifyingMetadata, RASTER_IMAGE } from '../images/image-hygiene';
import { findActiveContent } from '../images/svg-active-content';
import type { Problem } from './problem';

/**
 * Warnings for images in public/ that carry EXIF, XMP or IPTC metadata, and for SVG files there that
 * hold active content. The build strips metadata from the copies it publishes, but the files are
 * served as they are by `npm run dev` and may be copied elsewhere; the organiser should clean the
 * originals too.
 */
export async function publicImageWarnings(publicDir: string, cwd: string = process.cwd()): Promise<Problem[]> {
	if (!existsSync(publicDir)) return [];
	const images = readdirSync(publicDir, { recursive: true, encoding: 'utf8' }).filter((file) => RASTER_IMAGE.test(file));
	const warnings: Problem[] = [];
	for (const image of images) {
		const full = path.join(publicDir, image);
		if (await hasIdentifyingMetadata(full)) {
			warnings.push({
				file: path.relative(cwd, full).split(path.sep).join('/'),
				field: '(image)',
				message: 'expected an image without EXIF, XMP or IPTC metadata, which can reveal where and when a photo was taken',
				hint: 'the build removes it from the published copy; to clean the original, re-save it without metadata (for example "Remove properties and personal information" on Windows)',
				severity: 'warning',
			});
		}
	}
	return [...warnings, ...publicSvgWarnings(publicDir, (file) => path.relative(cwd, file).split(path.sep).join('/'))];
}

/**
 * Warnings for SVG files in public/ that hold active content (src/images/svg-active-content.ts):
 * they are the site's own files, served as they are and never changed by the build, so a script in
 * one runs for anyone who opens its address.
 */
function publicSvgWarnings(publicDir: string, display: (file: string) => string): Problem[] {
	const drawings = readdirSync(publicDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.svg$/i.test(file));
	return drawings.flatMap((file) =>
		findActiveContent(readFileSync(path.join(publicDir, file), 'utf8')).map(
			(active): Problem => ({
				file: display(path.join(publicDir, file)),
				line: active.line,
				field: '(image)',
				message: `expected a drawing without active content, but it holds ${active.what}`,
				found: JSON.stringify(active.found),
				hint: 'files in public/ are served exactly as they are, so this would run for anyone who opens the file: remove it, or save the drawing again as a plain SVG or a PNG',
				severity: 'warning',
			}),
		),
	);
}
