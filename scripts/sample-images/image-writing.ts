import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CommandFailure } from '../cli';
import type { Drawing } from './drawing';
import { problemsWithImage } from './image-checks';
import { renderJpeg } from './jpeg-rendering';

/** Where each kind of image is written: content images, and the site-wide ones of public/. */
export type OutputFolders = Record<NonNullable<Drawing['folder']>, string>;

const plural = (count: number) => `${count} image${count === 1 ? '' : 's'}`;

/**
 * Renders each drawing, checks it and writes it as <name>.jpg into its folder, printing a line per
 * image. An image that fails is reported and skipped, so that one mistake does not cost the others;
 * then the whole run fails.
 */
export async function writeSampleImages(drawings: readonly Drawing[], folders: OutputFolders): Promise<void> {
	const used = [...new Set(drawings.map((drawing) => folders[drawing.folder ?? 'content']))];
	for (const folder of used) mkdirSync(folder, { recursive: true });
	console.log(`Drawing ${plural(drawings.length)} into ${used.map((folder) => `${path.relative(process.cwd(), folder) || folder}/`).join(' and ')}`);

	let failures = 0;
	let totalBytes = 0;
	for (const [index, drawing] of drawings.entries()) {
		const file = path.join(folders[drawing.folder ?? 'content'], `${drawing.name}.jpg`);
		const counter = `[${String(index + 1).padStart(String(drawings.length).length)}/${drawings.length}]`;
		try {
			const bytes = await renderJpeg(drawing);
			const problems = await problemsWithImage(drawing, bytes);
			if (problems.length) {
				failures++;
				console.error(`${counter} ${drawing.name}.jpg: ${problems.join('; ')}`);
				continue;
			}
			writeFileSync(file, bytes);
			totalBytes += statSync(file).size;
			console.log(`${counter} ${drawing.name}.jpg  ${drawing.width}×${drawing.height}  ${Math.ceil(bytes.length / 1024)} KB`);
		} catch (error) {
			failures++;
			console.error(`${counter} ${drawing.name}.jpg: could not draw or write it: ${(error as Error).message}`);
		}
	}
	if (failures) throw new CommandFailure(`${failures} of ${plural(drawings.length)} failed; the others were written.`);
	console.log(`Done: ${plural(drawings.length)}, ${Math.ceil(totalBytes / 1024)} KB in all.`);
}
