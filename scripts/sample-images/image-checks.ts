import sharp from 'sharp';
import type { Drawing } from './drawing';

/** The largest file we accept: sample images should keep the repository small. */
export const MAX_IMAGE_BYTES = 250 * 1024;

/** The narrowest content image npm run check accepts without a warning: narrower ones look blurred on large screens. */
const MIN_CONTENT_WIDTH = 1600;

/** Reasons a rendered image may not be committed: wrong size, metadata, or too many bytes. Empty when it may. */
export async function problemsWithImage(drawing: Drawing, bytes: Buffer): Promise<string[]> {
	const metadata = await sharp(bytes).metadata();
	const problems: string[] = [];
	if (metadata.width !== drawing.width || metadata.height !== drawing.height) problems.push(`expected ${drawing.width}×${drawing.height}, got ${metadata.width}×${metadata.height}`);
	if (drawing.folder !== 'public' && metadata.width !== undefined && metadata.width < MIN_CONTENT_WIDTH) problems.push(`expected at least ${MIN_CONTENT_WIDTH} px wide`);
	if (metadata.exif || metadata.icc || metadata.xmp || metadata.iptc) problems.push('expected no metadata (EXIF, ICC, XMP or IPTC) in the file');
	if (bytes.length > MAX_IMAGE_BYTES) problems.push(`expected at most ${MAX_IMAGE_BYTES / 1024} KB, got ${Math.ceil(bytes.length / 1024)} KB; simplify the drawing`);
	return problems;
}
