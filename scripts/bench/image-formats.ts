/**
 * npx tsx scripts/bench/image-formats.ts [image…] — what each rendition of a content image costs.
 *
 * For every width the site could offer and every format and encoder effort it could use, encodes the
 * given images (by default a few of the sample archive's) the way Astro's sharp service does —
 * decode, rotate, resize to the width, encode — and prints the median CPU time (user + system, all
 * threads: what the work costs, whatever else the shared machine is doing) and the size.
 * docs/performance.md explains the widths and formats chosen from these figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { CommandFailure, runCommand, type CommandArguments } from '../cli';

const HELP = `Usage: npx tsx scripts/bench/image-formats.ts [image…]

Encodes the images given (by default portrait-dove, lanterns-row and
candles-row from content/images/) at every width the site could offer, in
every format and encoder effort it could use, the way Astro's sharp service
does, and prints the median CPU time and the size of each.

Options:
  --verbose   on an unexpected error, show where it happened
              (also VIGIL_VERBOSE=1)
  -h, --help  show this help

Exits with 0 once every image is measured, 1 when an image cannot be read.`;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const defaultImages = ['portrait-dove.jpg', 'lanterns-row.jpg', 'candles-row.jpg'].map((name) => path.join(repoRoot, 'content/images', name));

const WIDTHS = [240, 400, 800, 1200, 1600];
const ENCODINGS: { label: string; format: 'webp' | 'avif' | 'jpeg'; options: Record<string, number | boolean> }[] = [
	{ label: 'webp q80 effort 4 (Astro default)', format: 'webp', options: { quality: 80, effort: 4 } },
	{ label: 'avif q50 effort 4 (Astro default)', format: 'avif', options: { quality: 50, effort: 4 } },
	{ label: 'avif q50 effort 2', format: 'avif', options: { quality: 50, effort: 2 } },
	{ label: 'avif q50 effort 0', format: 'avif', options: { quality: 50, effort: 0 } },
	{ label: 'jpeg q80 (Astro default)', format: 'jpeg', options: { quality: 80 } },
	{ label: 'jpeg q80 mozjpeg', format: 'jpeg', options: { quality: 80, mozjpeg: true } },
];
const RUNS = 3;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Encodes the images every way and prints the table of CPU times and sizes. */
async function measureImageFormats({ positionals }: CommandArguments<Record<string, never>>): Promise<void> {
	const files = positionals.length ? positionals : defaultImages;
	const missing = files.filter((file) => !existsSync(file));
	if (missing.length) throw new CommandFailure(`no image at ${missing.join(', ')}`);
	sharp.cache(false);
	sharp.concurrency(1);
	console.log(`Median CPU time of ${RUNS} runs, one libvips thread, averaged over ${files.length} image(s): ${files.map((file) => path.basename(file)).join(', ')}\n`);
	console.log(['encoding'.padEnd(36), ...WIDTHS.map((width) => `${width} px`.padStart(18))].join(''));
	for (const encoding of ENCODINGS) {
		const cells: string[] = [];
		for (const width of WIDTHS) {
			let milliseconds = 0;
			let bytes = 0;
			for (const file of files) {
				const input = readFileSync(file);
				const times: number[] = [];
				let size = 0;
				for (let run = 0; run < RUNS; run++) {
					const started = process.cpuUsage();
					const output = await sharp(input, { failOnError: false }).rotate().resize({ width }).toFormat(encoding.format, encoding.options).toBuffer();
					const used = process.cpuUsage(started);
					times.push((used.user + used.system) / 1000);
					size = output.length;
				}
				milliseconds += median(times);
				bytes += size;
			}
			cells.push(`${Math.round(milliseconds / files.length)} ms ${(bytes / files.length / 1024).toFixed(0)} KB`.padStart(18));
		}
		console.log([encoding.label.padEnd(36), ...cells].join(''));
	}
}

await runCommand({ name: 'image-formats', help: HELP, options: {}, allowPositionals: true, run: measureImageFormats });
