import sharp from 'sharp';
import { largestRenderedWidth } from '../images/image-sizes';
import type { Problem } from './problem';

/** An image an entry uses: the file, and where in the entry it is named. */
export interface UsedImage {
	/** The image file, absolute. */
	image: string;
	/** The entry file, as reports name it. */
	file: string;
	/** The field that names the image, e.g. portrait.src. */
	field: string;
	line: number;
}

/** Vector images have no width to speak of: they are drawn at any size. */
const VECTOR = /\.svg$/i;

/**
 * Warnings for images narrower than the largest width the site renders, read from each file's header
 * with sharp (the pixels are not decoded, so this stays fast). Each file is read once however many
 * entries use it; a file sharp cannot read is left to the build, which reports it.
 */
export async function imageWidthWarnings(used: readonly UsedImage[], minimumWidth: number = largestRenderedWidth): Promise<Problem[]> {
	const widths = new Map<string, Promise<{ width?: number | undefined; height?: number | undefined } | undefined>>();
	const sizeOf = (image: string) => {
		let size = widths.get(image);
		if (!size) {
			size = sharp(image)
				.metadata()
				.then(({ width, height, orientation }) => ((orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height }))
				.catch(() => undefined);
			widths.set(image, size);
		}
		return size;
	};
	const warnings = await Promise.all(
		used
			.filter((use) => !VECTOR.test(use.image))
			.map(async (use): Promise<Problem | undefined> => {
				const size = await sizeOf(use.image);
				if (!size?.width || size.width >= minimumWidth) return undefined;
				return {
					file: use.file,
					line: use.line,
					field: use.field,
					message: `expected an image at least ${minimumWidth} pixels wide, the largest size the site shows it at`,
					found: `${size.width} × ${size.height ?? '?'} pixels`,
					hint: 'use the original photo or a larger export: a smaller image looks blurred on large screens, and Vigil makes the smaller sizes itself',
					severity: 'warning',
				};
			}),
	);
	return warnings.filter((warning): warning is Problem => warning !== undefined);
}
