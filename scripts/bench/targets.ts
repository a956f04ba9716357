import type { ReferenceBuild } from './bare-astro-reference';
import type { Transfer } from './page-weight';

/** One build's figures, as scripts/bench.ts measures them. */
export interface BuildFigures {
	seconds: number;
	astroSeconds: number;
	pagefindSeconds: number;
	peakRssBytes: number;
	imagesEncoded: number;
	imagesReused: number;
}


/** Everything one benchmark run measured. */
export interface Figures {
	stories: number;
	locales: number;
	/** The file type of the generated entries. */
	format: 'md' | 'mdx';
	/** Absent when the run reused an earlier image cache (--skip-cold). */
	cold: BuildFigures | undefined;
	warm: BuildFigures;
	textOnly: BuildFigures;
	/** The bare Astro reference over the same story files, cold and warm after the same change; absent with --skip-reference. */
	reference: { cold: ReferenceBuild; warm: ReferenceBuild } | undefined;
	output: { bytes: number; htmlPages: number; storyPages: number; images: number; pagefindBytes: number };
	pages: { storyPage: Transfer; firstSearch: Transfer };
}

export interface TargetResult {
	name: string;
	measured: string;
	limit: string;
	/** Undefined when this run did not measure it. */
	met: boolean | undefined;
}

const GIB = 1024 ** 3;
const KB = 1000;

/**
 * The targets of issue #18 and docs/performance.md, for 10,000 stories in six languages with
 * 10,000 people on a 2-core machine. A smaller run is held to the same limits: it should meet them
 * with room to spare.
 */
export function targetsFor(figures: Figures): TargetResult[] {
	const { cold, warm, textOnly, pages, reference } = figures;
	const peak = Math.max(cold?.peakRssBytes ?? 0, warm.peakRssBytes, textOnly.peakRssBytes);
	const seconds = (value: number) => `${value.toFixed(1)} s`;
	const ratio = reference ? warm.seconds / reference.warm.seconds : undefined;
	return [
		{ name: 'peak memory of the whole build (RSS)', measured: `${(peak / GIB).toFixed(2)} GiB`, limit: '4 GiB', met: peak <= 4 * GIB },
		{ name: 'warm rebuild after one story changed', measured: seconds(warm.seconds), limit: '120 s', met: warm.seconds <= 120 },
		{ name: 'images re-encoded by the warm rebuild', measured: String(warm.imagesEncoded), limit: '0', met: warm.imagesEncoded === 0 },
		{ name: 'cold build of the text, images cached', measured: seconds(textOnly.seconds), limit: '300 s', met: textOnly.seconds <= 300 },
		{ name: 'cold build with every image', measured: cold ? seconds(cold.seconds) : 'not run', limit: '1200 s', met: cold ? cold.seconds <= 1200 : undefined },
		{
			name: 'warm rebuild against the bare Astro reference',
			measured: ratio === undefined ? 'not run' : `${ratio.toFixed(2)}× (${seconds(warm.seconds)} against ${seconds(reference?.warm.seconds ?? 0)})`,
			limit: '1.5×',
			met: ratio === undefined ? undefined : ratio <= 1.5,
		},
		{ name: 'first one-word search, transferred', measured: `${(pages.firstSearch.gzippedBytes / KB).toFixed(1)} KB`, limit: '250 KB', met: pages.firstSearch.gzippedBytes <= 250 * KB },
		{ name: 'story page with its portrait, transferred', measured: `${(pages.storyPage.gzippedBytes / KB).toFixed(1)} KB`, limit: '100 KB', met: pages.storyPage.gzippedBytes <= 100 * KB },
	];
}
