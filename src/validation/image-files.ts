import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatName, formatPromisedBy, imageHeaderOf, matchesExtension } from '../images/image-file-format';
import { findActiveContent } from '../images/svg-active-content';
import type { Problem } from './problem';

/**
 * The most pixels sharp opens (its limitInputPixels default, 16383 × 16383): a larger picture stops
 * the build. Astro's image service uses sharp's default.
 */
export const SHARP_PIXEL_LIMIT = 268_402_689;

/**
 * Above this many pixels a picture makes the build slow and hungry: every rendition decodes it
 * whole (about 4 bytes a pixel), and no page shows more than 1600 pixels of it.
 */
export const LARGE_PICTURE_PIXELS = 50_000_000;

/** The files the checker reads as images: every file with an image's extension. */
export const IMAGE_EXTENSION = /\.(jpe?g|png|webp|avif|gif|tiff?|svg)$/i;

/**
 * Image files that are not what they say, or that could act: errors for every image under the
 * content folder (a picture from a family or a contributor is published from there), each with the
 * fix. A file whose bytes are not the format its name promises (HTML named .jpg, an SVG named .png)
 * is an error, and so is an SVG that holds a script, an event handler, a foreignObject, an entity,
 * a javascript: address or a reference outside itself (src/images/svg-active-content.ts). A picture
 * over sharp's pixel limit is an error (the build would stop on it); one over 50 megapixels is a
 * warning, with its size. SVGs in
 * public/ get warnings instead (src/validation/public-images.ts).
 */
export async function contentImageProblems(contentDir: string, display: (file: string) => string): Promise<Problem[]> {
	const images = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((file) => IMAGE_EXTENSION.test(file) && !file.split(path.sep).some((part) => part.startsWith('.')));
	const problems = await Promise.all(images.map((image) => imageFileProblems(path.join(contentDir, image), display)));
	return problems.flat();
}

/** What is wrong with one image file in the content folder. */
async function imageFileProblems(file: string, display: (file: string) => string): Promise<Problem[]> {
	const severity = 'error';
	const bytes = readFileSync(file);
	const { format, width, height } = await imageHeaderOf(bytes);
	const problems: Problem[] = [];
	const pixels = (width ?? 0) * (height ?? 0);
	if (pixels > LARGE_PICTURE_PIXELS) {
		const tooLarge = pixels > SHARP_PIXEL_LIMIT;
		problems.push({
			file: display(file),
			field: '(image)',
			message: tooLarge
				? `expected a picture of at most ${megapixels(SHARP_PIXEL_LIMIT)} megapixels, the most the image library opens`
				: `expected a picture of at most ${megapixels(LARGE_PICTURE_PIXELS)} megapixels: a larger one makes the build slow and can run it out of memory`,
			found: `${width} × ${height} pixels (${megapixels(pixels)} megapixels)`,
			hint: 'save a copy about 3000 pixels wide and use that: the site never shows more than 1600 pixels of it',
			severity: tooLarge ? 'error' : 'warning',
		});
	}
	if (!matchesExtension(file, format)) {
		problems.push({
			file: display(file),
			field: '(image)',
			message: `expected ${formatName(formatPromisedBy(file))}, as its name says, but the file holds ${formatName(format)}`,
			hint: format ? `open it in an image editor and save it again as ${path.extname(file).slice(1).toUpperCase()}, or rename it to match what it is` : 'replace it with the picture itself: this file is not an image (was it saved from a web page?)',
			severity,
		});
	}
	// Active content is looked for in every file that is, or claims to be, a drawing.
	if (format === 'svg' || /\.svg$/i.test(file)) {
		for (const active of findActiveContent(bytes.toString('utf8'))) {
			problems.push({
				file: display(file),
				line: active.line,
				field: '(image)',
				message: `expected a drawing that only shows a picture, but it holds ${active.what}`,
				found: JSON.stringify(active.found),
				hint: 'export the drawing again as PNG or JPEG (or as a plain SVG without scripts, links or embedded pages) and replace this file: images may come from anyone, and one that carries code does not belong in the archive',
				severity,
			});
		}
	}
	return problems;
}

/** Pixels as whole megapixels, for reports. */
function megapixels(pixels: number): string {
	return String(Math.round(pixels / 1_000_000));
}
