import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { publicImageWarnings } from '../../src/validation/public-images';
import { VALID_ARCHIVE } from '../support/archives';
import { repoRoot, runCommand } from '../support/commands';

describe('images in public/', () => {
	test('a photo with a GPS position gets a warning that names the file and says how to clean it', async () => {
		const warnings = await publicImageWarnings(path.join(repoRoot, 'tests/fixtures/photo-with-gps'), repoRoot);
		expect(warnings).toEqual([
			expect.objectContaining({
				file: 'tests/fixtures/photo-with-gps/photo-with-gps.jpg',
				severity: 'warning',
				message: expect.stringContaining('can reveal where and when a photo was taken'),
			}),
		]);
	});

	test('images without metadata, and a missing folder, give no warning', async () => {
		expect(await publicImageWarnings(path.join(repoRoot, 'public'), repoRoot)).toEqual([]);
		expect(await publicImageWarnings(path.join(repoRoot, 'no-such-folder'), repoRoot)).toEqual([]);
	});

	test('npm run check shows the warning and still exits 0, since a warning is not an error', async () => {
		const result = await runCommand('npx', ['tsx', 'scripts/check.ts', '--content', VALID_ARCHIVE, '--public', 'tests/fixtures/photo-with-gps']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('warning: tests/fixtures/photo-with-gps/photo-with-gps.jpg: (image): expected an image without EXIF');
	}, 60_000);
});
