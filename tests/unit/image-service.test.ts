import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import imageService from '../../src/images/image-service';
import { repoRoot } from '../support/commands';

/** A JPEG with GPS coordinates and camera details in its EXIF, and an orientation tag. */
const GPS_PHOTO = path.join(repoRoot, 'tests/fixtures/photo-with-gps/photo-with-gps.jpg');
const imageConfig = { service: { entrypoint: './src/images/image-service.ts', config: {} } } as never;

async function renditionOf(input: Uint8Array, transform: Record<string, unknown>) {
	const { data, format } = await imageService.transform(input, { src: '/photo.jpg', ...transform }, imageConfig);
	return { format, metadata: await sharp(data).metadata() };
}

test('encodes AVIF at effort 0: as fast as the service promises, not libaom\'s default effort 4', async () => {
	const input = new Uint8Array(readFileSync(GPS_PHOTO));
	const { data } = await imageService.transform(input, { src: '/photo.jpg', format: 'avif', width: 800, height: 500 }, imageConfig);
	const atEffort0 = await sharp(input).resize({ width: 800 }).avif({ effort: 0 }).toBuffer();
	const atEffort4 = await sharp(input).resize({ width: 800 }).avif({ effort: 4 }).toBuffer();
	expect(atEffort0.length).not.toBe(atEffort4.length);
	expect(data.length).toBe(atEffort0.length);
});

test('renditions from one decoded source have the asked width and format, and carry no EXIF, XMP or IPTC', async () => {
	const input = new Uint8Array(readFileSync(GPS_PHOTO));
	expect((await sharp(input).metadata()).exif).toBeDefined();
	const source = await sharp(input).rotate().metadata();
	for (const [format, width] of [
		['avif', 400],
		['avif', 200],
		['jpg', 300],
		['webp', 240],
	] as const) {
		// Astro fills in the height of every local image from its width: the service must not take it for a crop.
		const height = Math.round(((source.height ?? 0) * width) / (source.width ?? 1));
		const { metadata } = await renditionOf(input, { format, width, height });
		expect(metadata.format).toBe(format === 'jpg' ? 'jpeg' : format === 'avif' ? 'heif' : format);
		expect(metadata.width).toBe(width);
		// The proportions of the upright source are kept.
		expect(metadata.height).toBe(height);
		expect([metadata.exif, metadata.xmp, metadata.iptc]).toEqual([undefined, undefined, undefined]);
	}
});

test('never enlarges a picture beyond its source', async () => {
	const input = new Uint8Array(readFileSync(GPS_PHOTO));
	const { width = 0 } = await sharp(input).metadata();
	const { metadata } = await renditionOf(input, { format: 'avif', width: width * 2 });
	expect(metadata.width).toBe(width);
});

test('a crop to width and height goes through Astro’s own service and is exact', async () => {
	const input = new Uint8Array(readFileSync(GPS_PHOTO));
	const { metadata } = await renditionOf(input, { format: 'jpg', width: 120, height: 120, fit: 'cover' });
	expect([metadata.width, metadata.height]).toEqual([120, 120]);
	expect(metadata.exif).toBeUndefined();
});

describe('an SVG source', () => {
	const drawing = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" onload="alert(1)"><script>alert(2)</script><rect width="400" height="200" fill="#2b2f45"/></svg>';
	const svgSource = { src: '/_astro/drawing.svg', width: 400, height: 200, format: 'svg' } as const;

	test('is asked for in the format the page wants (or WebP, Astro’s default), never kept as SVG', async () => {
		const validate = (options: Record<string, unknown>) => imageService.validateOptions!({ src: svgSource, ...options } as never, imageConfig as never);
		expect((await validate({ width: 200, format: 'avif' })).format).toBe('avif');
		expect((await validate({ width: 200, format: 'jpg' })).format).toBe('jpg');
		expect((await validate({ width: 200 })).format).toBe('webp');
		expect((await validate({ width: 200, format: 'svg' })).format).toBe('webp');
		// The source itself is given back untouched, for Astro to find the file by.
		expect((await validate({ width: 200, format: 'avif' })).src).toBe(svgSource);
	});

	test('is drawn into pixels at the asked width, with nothing of its code left', async () => {
		for (const format of ['avif', 'jpg', 'webp'] as const) {
			const { data } = await imageService.transform(new TextEncoder().encode(drawing), { src: '/_astro/drawing.svg', format, width: 200, height: 100 }, imageConfig);
			const metadata = await sharp(data).metadata();
			expect(metadata.format).toBe(format === 'jpg' ? 'jpeg' : format === 'avif' ? 'heif' : format);
			expect([metadata.width, metadata.height]).toEqual([200, 100]);
			expect(Buffer.from(data).toString('latin1')).not.toMatch(/alert|script|onload|<svg/);
		}
	});

	test('is refused, should anything still ask for it as SVG', async () => {
		await expect(imageService.transform(new TextEncoder().encode(drawing), { src: '/_astro/drawing.svg', format: 'svg' }, imageConfig)).rejects.toThrow('never published as SVG');
	});
});
