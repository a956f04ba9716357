import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanBuiltImages, hasIdentifyingMetadata } from '../../src/images/image-hygiene';
import { removeTemporaryFolders, repoRoot, temporaryFolder } from '../support/commands';

const GPS_PHOTO = path.join(repoRoot, 'tests/fixtures/photo-with-gps/photo-with-gps.jpg');

/** The GPS position a photo's EXIF gives, if any. */
async function gpsOf(file: string): Promise<unknown> {
	const { exif } = await sharp(file).metadata();
	return exif ? exifReader(exif).GPSInfo : undefined;
}

/** A built site in miniature: a page that shows one image, an image no page shows, and a public/ photo. */
function builtSite(): string {
	const site = temporaryFolder('vigil-images-');
	mkdirSync(path.join(site, '_astro'));
	copyFileSync(GPS_PHOTO, path.join(site, '_astro', 'shown.Ab12_Cd.jpg'));
	copyFileSync(GPS_PHOTO, path.join(site, '_astro', 'withdrawn-portrait.Xy34.jpg'));
	copyFileSync(GPS_PHOTO, path.join(site, 'from-public.jpg'));
	writeFileSync(path.join(site, 'index.html'), '<img src="/_astro/shown.Ab12_Cd.jpg" alt="A shown photo"><img src="/from-public.jpg" alt="">');
	return site;
}

afterAll(removeTemporaryFolders);

describe('cleaning the images of a built site', () => {
	test('the fixture photo really carries a GPS position, so the tests below can fail', async () => {
		expect(await gpsOf(GPS_PHOTO)).toMatchObject({ GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' });
		expect(await hasIdentifyingMetadata(GPS_PHOTO)).toBe(true);
	});

	test('removes an image no page refers to, such as the portrait of a withdrawn story', async () => {
		const site = builtSite();
		const report = await cleanBuiltImages(site);
		expect(existsSync(path.join(site, '_astro', 'withdrawn-portrait.Xy34.jpg'))).toBe(false);
		expect(report.removed).toEqual([path.join('_astro', 'withdrawn-portrait.Xy34.jpg')]);
		expect(existsSync(path.join(site, '_astro', 'shown.Ab12_Cd.jpg'))).toBe(true);
	});

	test('strips the GPS position and camera details from every image left, public/ copies included', async () => {
		const site = builtSite();
		await cleanBuiltImages(site);
		for (const file of [path.join(site, '_astro', 'shown.Ab12_Cd.jpg'), path.join(site, 'from-public.jpg')]) {
			expect(await hasIdentifyingMetadata(file)).toBe(false);
			expect(await gpsOf(file)).toBeUndefined();
			const { width, height, format } = await sharp(file).metadata();
			expect({ width, height, format }).toEqual({ width: 1600, height: 1000, format: 'jpeg' });
		}
	});

	test('leaves an image without metadata byte for byte as it was', async () => {
		const site = builtSite();
		const clean = await sharp(GPS_PHOTO).toBuffer();
		writeFileSync(path.join(site, 'from-public.jpg'), clean);
		const report = await cleanBuiltImages(site);
		expect(report.cleaned).not.toContain('from-public.jpg');
		expect(readFileSync(path.join(site, 'from-public.jpg')).equals(clean)).toBe(true);
	});
});
