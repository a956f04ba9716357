import type { ImageMetadata, ImageOutputFormat, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import sharp from 'sharp';

/**
 * Astro's sharp image service, with three changes, the first two measured by `npm run bench`
 * (docs/performance.md):
 *
 * 1. A picture is decoded once, not once per rendition. Astro's build hands every rendition of one
 *    source file the same buffer, one after the other; decoding a 1600 × 2000 JPEG costs about as
 *    much CPU as encoding an 800 px AVIF from it, and a portrait has four renditions. The decoded
 *    pixels are kept against that buffer (a WeakMap, so they go when Astro lets the buffer go).
 * 2. AVIF is encoded at effort 0 instead of libaom's default 4: on photographs it is 20 times
 *    faster, and at the same quality setting the files are no larger.
 *
 * 3. An SVG is drawn into pixels like any other picture. Astro keeps an SVG source as SVG, and an
 *    SVG can carry a script that runs for anyone who opens the image's own address; a picture from
 *    a family or a contributor must never be able to do that on the archive's origin, on a host that
 *    sends no Content-Security-Policy header. Rasterised, it is AVIF, JPEG or WebP like a photo, and
 *    its original is never published (src/integrations/image-hygiene.ts removes it). Why rasterise
 *    rather than sanitise is in docs/dignity-and-privacy.md.
 *
 * Everything else — sizes, formats, quality, the URL scheme, the cache — is Astro's own service.
 * The output carries no metadata: raw pixels have none to pass on (and sharp writes none unless
 * asked), so nothing a camera recorded reaches a visitor.
 */

/** Formats decoded once and reused (SVG drawn at its own size); animated images go through Astro's service. */
const SHARED_DECODE_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'tiff', 'svg']);

/** The format an SVG is drawn into when none is asked for: Astro's own default for pictures. */
const DEFAULT_RASTER_FORMAT = 'webp';

interface DecodedPicture {
	pixels: Buffer;
	raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

const decoded = new WeakMap<Uint8Array, Promise<DecodedPicture | undefined>>();

/** The source's pixels, upright (EXIF orientation applied) and in sRGB; undefined for what is not a still photo-like image. */
function decodeOnce(inputBuffer: Uint8Array): Promise<DecodedPicture | undefined> {
	let pending = decoded.get(inputBuffer);
	if (!pending) {
		pending = (async () => {
			const source = sharp(inputBuffer, { failOnError: false });
			const { format, pages = 1 } = await source.metadata();
			if (!format || !SHARED_DECODE_FORMATS.has(format) || pages > 1) return undefined;
			const { data, info } = await source.rotate().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
			return { pixels: data, raw: { width: info.width, height: info.height, channels: info.channels } };
		})();
		decoded.set(inputBuffer, pending);
	}
	return pending;
}

/** Quality names as Astro's service reads them. */
const QUALITY_NAMES: Record<string, number> = { low: 25, mid: 50, high: 80, max: 100 };

function qualityOf(quality: unknown): number | undefined {
	if (typeof quality === 'number') return quality;
	if (typeof quality !== 'string') return undefined;
	return QUALITY_NAMES[quality] ?? (Number.isFinite(Number(quality)) ? Number(quality) : undefined);
}

/**
 * Whether options name an SVG file imported as an image (content images, Markdown images). Astro
 * hands some imported images over wrapped in a function proxy, so typeof alone does not tell.
 */
function isSvgSource(src: unknown): src is ImageMetadata {
	return (typeof src === 'object' || typeof src === 'function') && src !== null && (src as ImageMetadata).format === 'svg';
}

const service: LocalImageService = {
	...sharpService,
	validateOptions(options, imageConfig) {
		if (!isSvgSource(options.src)) return sharpService.validateOptions!(options, imageConfig);
		// Astro would keep an SVG as SVG (and refuses to convert one). Its checks are run as for a
		// picture, then the source is given back, to be drawn into the format asked for.
		const source = options.src;
		const format = options.format && options.format !== 'svg' ? options.format : DEFAULT_RASTER_FORMAT;
		const checked = sharpService.validateOptions!({ ...options, format, src: { ...source, format: 'png' } }, imageConfig);
		return Promise.resolve(checked).then((validated) => ({ ...validated, src: source }));
	},
	async transform(inputBuffer, transform, config) {
		const picture = await decodeOnce(inputBuffer);
		const format = transform.format as string | undefined;
		// A crop (width and height with a fit), SVG and anything not decoded once: Astro's own way.
		// Astro fills in the height of every local image from its width, so a height alone is no crop.
		const isCrop = Boolean(transform.fit && transform.width && transform.height);
		if (format === 'svg') throw new Error('an SVG is never published as SVG: it is drawn as a picture (see src/images/image-service.ts)');
		if (!picture || !format || isCrop) return sharpService.transform(inputBuffer, transform, config);
		const image = sharp(picture.pixels, { raw: picture.raw });
		if (transform.width) image.resize({ width: Math.round(Number(transform.width)), withoutEnlargement: true });
		else if (transform.height) image.resize({ height: Math.round(Number(transform.height)), withoutEnlargement: true });
		if (transform.background) image.flatten({ background: String(transform.background) });
		const quality = qualityOf(transform.quality);
		if (format === 'avif') image.avif({ quality, effort: 0 });
		else image.toFormat(format as keyof sharp.FormatEnum, { quality });
		const { data, info } = await image.toBuffer({ resolveWithObject: true });
		return { data, format: info.format as ImageOutputFormat };
	},
};

export default service;
