import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
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
