import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Raster images whose metadata (EXIF, XMP, IPTC) can say where and when a photo was taken. */
export const RASTER_IMAGE = /\.(jpe?g|png|webp|avif|tiff?|gif)$/i;
/** Every image Astro can emit into the assets folder: the raster formats, and SVG sources. */
const EMITTED_IMAGE = /\.(jpe?g|png|webp|avif|tiff?|gif|svg)$/i;
/** Files that can name an image: pages, styles, scripts, feeds, data. */
const REFERRING_FILE = /\.(html|css|js|mjs|xml|json|txt|webmanifest|ics)$/i;

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((relative) => !relative.split(path.sep).includes('pagefind')).sort();
}

/** Whether an image file carries any EXIF, XMP or IPTC block. */
export async function hasIdentifyingMetadata(file: string | Buffer): Promise<boolean> {
	const metadata = await sharp(file).metadata();
	return Boolean(metadata.exif || metadata.xmp || metadata.iptc);
}

/** What cleaning a built site did. */
export interface ImageHygieneReport {
	/** Images Astro emitted that no page, style or feed refers to (e.g. a withdrawn story's portrait). */
	removed: string[];
	/** Images that carried metadata and were written again without it. */
	cleaned: string[];
}

/**
 * Makes a built site safe to publish, image by image. Astro copies every source image into
 * dist/_astro as it is, metadata included, even when only resized versions are shown, and even when
 * the entry that refers to it is never published (a story whose consent was withdrawn), and an SVG
 * source even though only its rasterised renditions are shown. So: every image in `assetsFolder`
 * that no built file names is deleted, and every image left anywhere in the
 * site that still carries EXIF, XMP or IPTC (a GPS position, a camera serial number, a date) is
 * re-encoded by sharp, which writes no metadata unless asked to.
 */
export async function cleanBuiltImages(siteDir: string, assetsFolder = '_astro'): Promise<ImageHygieneReport> {
	const files = filesUnder(siteDir);
	// Every file name that follows "<assetsFolder>/" in a page, style or feed, collected once.
	const mention = new RegExp(`${assetsFolder}/([^"'\\s)?#,<>]+)`, 'g');
	const referenced = new Set<string>();
	for (const file of files.filter((name) => REFERRING_FILE.test(name))) {
		for (const match of readFileSync(path.join(siteDir, file), 'utf8').matchAll(mention)) referenced.add(decodeURIComponent(match[1] ?? ''));
	}
	const report: ImageHygieneReport = { removed: [], cleaned: [] };
	for (const file of files.filter((name) => EMITTED_IMAGE.test(name))) {
		const full = path.join(siteDir, file);
		const inAssets = file.split(path.sep)[0] === assetsFolder;
		if (inAssets && !referenced.has(file.split(path.sep).slice(1).join('/'))) {
			rmSync(full);
			report.removed.push(file);
			continue;
		}
		if (!RASTER_IMAGE.test(file)) continue;
		const original = readFileSync(full);
		if (await hasIdentifyingMetadata(original)) {
			// rotate() applies the EXIF orientation first, so the picture still stands the right way up.
			writeFileSync(full, await sharp(original).rotate().toBuffer());
			report.cleaned.push(file);
		}
	}
	return report;
}
