import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { formatPromisedBy, imageFormatOf, matchesExtension } from '../../src/images/image-file-format';
import { contentImageProblems } from '../../src/validation/image-files';
import { publicImageWarnings } from '../../src/validation/public-images';
import { removeTemporaryFolders, temporaryFolder } from '../support/commands';

afterAll(removeTemporaryFolders);

const PNG = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } }).png().toBuffer();
const JPEG = await sharp(PNG).jpeg().toBuffer();
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#345"/></svg>';
const HTML = '<!DOCTYPE html><html><body><p>not a picture</p></body></html>';

/** A folder holding the given files (names and contents). */
function folderWith(files: Record<string, string | Buffer>): string {
	const folder = temporaryFolder('images');
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
		writeFileSync(path.join(folder, name), content);
	}
	return folder;
}

describe('what an image file really holds', () => {
	test('is read from its bytes, whatever its name', async () => {
		expect(await imageFormatOf(JPEG)).toBe('jpeg');
		expect(await imageFormatOf(PNG)).toBe('png');
		expect(await imageFormatOf(Buffer.from(SVG))).toBe('svg');
		expect(await imageFormatOf(Buffer.from(HTML))).toBeUndefined();
	});

	test('matches the name when the name promises that format, in any case', () => {
		expect(matchesExtension('photo.JPG', 'jpeg')).toBe(true);
		expect(matchesExtension('photo.jpeg', 'jpeg')).toBe(true);
		expect(matchesExtension('still.avif', 'heif')).toBe(true);
		expect(matchesExtension('photo.jpg', 'png')).toBe(false);
		expect(matchesExtension('drawing.png', 'svg')).toBe(false);
		expect(matchesExtension('page.jpg', undefined)).toBe(false);
		expect(formatPromisedBy('a/b/c.TIF')).toBe('tiff');
	});
});

describe('the checker on the image files of an archive', () => {
	test('says nothing about pictures that are what their names say', async () => {
		const folder = folderWith({ 'images/a.jpg': JPEG, 'images/b.png': PNG, 'images/c.svg': SVG, 'events/en/notes.md': '# not an image' });
		expect(await contentImageProblems(folder, (file) => path.relative(folder, file))).toEqual([]);
	});

	test('names a web page saved as .jpg and a drawing named .png, each with the fix', async () => {
		const folder = folderWith({ 'images/page.jpg': HTML, 'images/drawing.png': SVG });
		const problems = await contentImageProblems(folder, (file) => path.relative(folder, file));
		const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
		expect(problems.map(({ file, field, message, severity }) => ({ file, field, message, severity })).sort(byFile)).toEqual([
			{ file: 'images/drawing.png', field: '(image)', message: 'expected a PNG image, as its name says, but the file holds an SVG drawing', severity: 'error' },
			{ file: 'images/page.jpg', field: '(image)', message: 'expected a JPEG image, as its name says, but the file holds no image at all', severity: 'error' },
		]);
		expect(problems.every((problem) => problem.hint)).toBe(true);
	});

	test('names every piece of active content in a drawing, on its line, as an error, also in a drawing named .png', async () => {
		const drawing = `${SVG.replace('</svg>', '')}\n<script>alert(1)</script>\n<rect onmouseover="x()"/>\n</svg>`;
		const folder = folderWith({ 'images/evil.svg': drawing, 'images/evil-in-disguise.png': drawing });
		const problems = await contentImageProblems(folder, (file) => path.relative(folder, file));
		const summary = problems.map((problem) => `${problem.file}:${problem.line ?? '-'} ${problem.severity} ${problem.message}`).sort();
		expect(summary).toEqual([
			'images/evil-in-disguise.png:- error expected a PNG image, as its name says, but the file holds an SVG drawing',
			'images/evil-in-disguise.png:2 error expected a drawing that only shows a picture, but it holds a <script> element',
			'images/evil-in-disguise.png:3 error expected a drawing that only shows a picture, but it holds an event handler (onmouseover)',
			'images/evil.svg:2 error expected a drawing that only shows a picture, but it holds a <script> element',
			'images/evil.svg:3 error expected a drawing that only shows a picture, but it holds an event handler (onmouseover)',
		]);
	});

	test('warns, and only warns, about active content in an SVG of public/, saying that it is served as it is', async () => {
		const folder = folderWith({ 'icons/ok.svg': SVG, 'icons/evil.svg': SVG.replace('<rect', '<rect onload="alert(1)"') });
		const warnings = await publicImageWarnings(folder, folder);
		expect(warnings.map(({ file, line, severity }) => ({ file, line, severity }))).toEqual([{ file: 'icons/evil.svg', line: 1, severity: 'warning' }]);
		expect(warnings[0]?.hint).toContain('served exactly as they are');
	});
});
