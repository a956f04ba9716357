import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { hasIdentifyingMetadata, RASTER_IMAGE } from '../images/image-hygiene';
import type { Problem } from './problem';

/**
 * Warnings for images in public/ that carry EXIF, XMP or IPTC metadata. The build strips it from
 * the copies it publishes, but the files are served as they are by `npm run dev` and may be copied
 * elsewhere; the organiser should clean the originals too.
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
	return warnings;
}
