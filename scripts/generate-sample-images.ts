/**
 * npx tsx scripts/generate-sample-images.ts — draws every image of the sample archive.
 *
 * The sample archive ships no photographs: no one's face, no real place, nothing downloaded and
 * nothing whose rights we would have to track. Each image is an abstract composition (candle flames,
 * a wreath of leaves, a horizon at dusk, paper cranes…) written as SVG in scripts/sample-images/ and
 * rendered by sharp, which uses librsvg. A seeded PRNG, seeded from each file's name, places the
 * leaves, lanterns and stones, so the same script always writes the same pixels and adding an image
 * moves no other.
 *
 * JPEGs are written at quality 78, progressive, and without metadata: sharp strips EXIF, ICC, XMP
 * and IPTC unless asked to keep them (withMetadata/keepExif), and this script checks that it did.
 *
 * Exit codes: 0 when every image was written, 1 when one could not be drawn, written or was over
 * the size budget, 2 when the command was used wrongly.
 */
import path from 'node:path';
import { contentRoot } from '../src/core/content-root';
import { refreshSampleManifest, SAMPLE_MANIFEST } from './init/content-manifest';
import { runCommand, UsageError, type CommandArguments } from './cli';
import { findDrawings, SAMPLE_DRAWINGS } from './sample-images/catalogue';
import { MAX_IMAGE_BYTES } from './sample-images/image-checks';
import { writeSampleImages } from './sample-images/image-writing';

const HELP = `Usage: npx tsx scripts/generate-sample-images.ts [options]

Draws the sample archive's images (abstract SVG compositions rendered by sharp)
and writes them as JPEG files to content/images/, and the default link-preview
card (social-card, 1200×630) to public/. The output is deterministic: running it
twice writes the same files.

Options:
  --out <folder>    write the content images to another folder (default:
                    content/images, or images/ inside $VIGIL_CONTENT)
  --public <folder> write the site-wide images (social-card) to another folder
                    (default: public)
  --only <names>    draw only these images, comma-separated, e.g. candles-row,portrait-dove
  --list            list the images and what each shows, without drawing
  --verbose         on an unexpected error, show where it happened
                    (also VIGIL_VERBOSE=1)
  -h, --help        show this help

Exits with 0 when every image was written, 1 when one failed or was larger
than ${MAX_IMAGE_BYTES / 1024} KB, 2 when the options were wrong.`;

const OPTIONS = {
	out: { type: 'string' },
	public: { type: 'string' },
	only: { type: 'string' },
	list: { type: 'boolean' },
} as const;

/** Lists the drawings, or draws the chosen ones into their folders. */
async function generateSampleImages({ values: options }: CommandArguments<typeof OPTIONS>): Promise<void> {
	if (options.list) {
		for (const drawing of SAMPLE_DRAWINGS) console.log(`${drawing.name}.jpg  ${drawing.width}×${drawing.height}  ${drawing.shows}`);
		return;
	}
	let selected = SAMPLE_DRAWINGS;
	if (options.only !== undefined) {
		const { found, unknown } = findDrawings(options.only.split(','));
		if (unknown.length || !found.length) throw new UsageError(`--only: no image named ${unknown.join(', ') || '(none given)'}; run with --list to see the names.`);
		selected = found;
	}
	await writeSampleImages(selected, {
		content: path.resolve(options.out ?? path.join(contentRoot(), 'images')),
		public: path.resolve(options.public ?? 'public'),
	});
	// The images are the sample's: npm run init must still know them for the sample's own.
	const listed = options.out === undefined ? refreshSampleManifest(contentRoot()) : undefined;
	if (listed !== undefined) console.log(`Recorded the sample's ${listed} files again in ${SAMPLE_MANIFEST}.`);
}

await runCommand({ name: 'generate-sample-images', help: HELP, options: OPTIONS, run: generateSampleImages });
