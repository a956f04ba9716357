import sharp from 'sharp';

/**
 * What an image file really is, read from its first bytes by sharp (libvips), whatever its name
 * says. A file named .jpg that is HTML, or an SVG named .png, would otherwise slip past every rule
 * made for its kind.
 */

/** The formats each image extension promises, as sharp names them (AVIF is a HEIF file with AV1 inside). */
const FORMATS_OF_EXTENSION: Record<string, readonly string[]> = {
	jpg: ['jpeg'],
	jpeg: ['jpeg'],
	png: ['png'],
	webp: ['webp'],
	avif: ['heif'],
	gif: ['gif'],
	tif: ['tiff'],
	tiff: ['tiff'],
	svg: ['svg'],
};

/** The file kinds a person would recognise, for reports. */
const FORMAT_NAMES: Record<string, string> = { jpeg: 'a JPEG image', png: 'a PNG image', webp: 'a WebP image', heif: 'an AVIF or HEIF image', gif: 'a GIF image', tiff: 'a TIFF image', svg: 'an SVG drawing' };

/** What a file holds, read from its header: the image format sharp reads in it, and its size in pixels. */
export interface ImageHeader {
	format: string | undefined;
	width: number | undefined;
	height: number | undefined;
}

/** The header of an image file; all undefined when it is no image sharp knows. */
export async function imageHeaderOf(file: string | Buffer): Promise<ImageHeader> {
	try {
		// No pixel limit for reading the header: the checker reports a picture over the limit by its size.
		const { format, width, height } = await sharp(file, { limitInputPixels: false }).metadata();
		return { format, width, height };
	} catch {
		return { format: undefined, width: undefined, height: undefined };
	}
}

/** What a file holds: the image format sharp reads in it, or undefined when it is no image sharp knows. */
export async function imageFormatOf(file: string | Buffer): Promise<string | undefined> {
	return (await imageHeaderOf(file)).format;
}

/** The extension of a file name, lower-cased, without the dot. */
function extensionOf(file: string): string {
	return /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
}

/** The format a file's name promises, as sharp names it, e.g. "jpeg" for photo.JPG; undefined for other names. */
export function formatPromisedBy(file: string): string | undefined {
	return FORMATS_OF_EXTENSION[extensionOf(file)]?.[0];
}

/** Whether a format is the one a file's extension promises (true for extensions that promise no image format). */
export function matchesExtension(file: string, format: string | undefined): boolean {
	const expected = FORMATS_OF_EXTENSION[extensionOf(file)];
	return !expected || (format !== undefined && expected.includes(format));
}

/** A format as a person would name it, e.g. "a JPEG image". */
export function formatName(format: string | undefined): string {
	return format ? (FORMAT_NAMES[format] ?? `a ${format} image`) : 'no image at all';
}
