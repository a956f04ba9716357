import sharp from 'sharp';
import type { Drawing } from './drawing';
import { svgDocumentOf } from './svg-document';

/** Quality 78, progressive: small files that still look smooth in gradients. */
const JPEG_QUALITY = 78;

/** Renders one drawing to JPEG bytes with sharp (librsvg). No withMetadata(): sharp then writes no EXIF, ICC or XMP. */
export async function renderJpeg(drawing: Drawing): Promise<Buffer> {
	return sharp(Buffer.from(svgDocumentOf(drawing)))
		.flatten({ background: '#000000' })
		.jpeg({ quality: JPEG_QUALITY, progressive: true, chromaSubsampling: '4:2:0', optimiseCoding: true })
		.toBuffer();
}
