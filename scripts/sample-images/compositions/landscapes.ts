/** The compositions of open country: hills at dusk, a lone tree at sunrise, and the site's link-preview card. */
import { STANDARD_HEIGHT, STANDARD_WIDTH, type Drawing } from '../drawing';
import { drawFlame, FLAME_DEFINITIONS } from '../motifs/candle-light';
import { drawHillRidge } from '../motifs/hills';
import { drawTree } from '../motifs/tree';
import { linearGradient, radialGradient } from '../svg-definitions';
import { vignette } from '../vignette';

export const horizonDusk: Drawing = {
	name: 'horizon-dusk',
	shows: 'Layered hills beneath a low sun at dusk, the sky fading from rose to deep blue.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		return {
			defs: FLAME_DEFINITIONS + linearGradient('sky', [[0, '#26304a'], [0.45, '#6b6384'], [0.72, '#d19b88'], [1, '#efc89c']]) + radialGradient('sun', [[0, '#fff1d2'], [0.5, '#fbe0b0', 0.9], [1, '#f4c995', 0]]),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
				`<circle cx="1010" cy="640" r="260" fill="url(#sun)" fill-opacity="0.7"/>`,
				`<circle cx="1010" cy="640" r="62" fill="#fff0d0" fill-opacity="0.9" filter="url(#soft)"/>`,
				drawHillRidge(random, width, height, 650, 60, '#7b6a86', 0.85),
				drawHillRidge(random, width, height, 730, 70, '#4e4866'),
				drawHillRidge(random, width, height, 820, 60, '#2e2d45'),
				drawHillRidge(random, width, height, 910, 40, '#1a1b2b'),
			].join(''),
		};
	},
};

export const portraitTree: Drawing = {
	name: 'portrait-tree',
	shows: 'A lone tree on a gentle rise, dark against a pale sunrise.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		return {
			defs: FLAME_DEFINITIONS + linearGradient('sky', [[0, '#8fa2b5'], [0.55, '#d9cbbb'], [1, '#f1d9b5']]) + radialGradient('sun', [[0, '#fff6e4'], [1, '#fbe6c4', 0]]),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
				`<circle cx="560" cy="760" r="300" fill="url(#sun)"/>`,
				drawHillRidge(random, width, height, 820, 30, '#8a8a8e', 0.6),
				`<path d="M0,${height} L0,900 Q520,780 900,790 Q1300,800 ${width},880 L${width},${height} Z" fill="#2c2f36"/>`,
				drawTree(random, 900, 800, 170, '#2c2f36'),
			].join(''),
		};
	},
};

export const socialCard: Drawing = {
	// The link preview of every page that has no picture of its own (BaseLayout's og:image). No text:
	// the preview shows the page's title beside it, in the reader's language.
	name: 'social-card',
	shows: 'Soft layered hills at dusk beneath a rose and blue sky, with a few small candle flames glowing along the nearest ridge.',
	width: 1200,
	height: 630,
	folder: 'public',
	draw(random, width, height) {
		const flames = Array.from({ length: 5 }, (_, index) => {
			const x = 420 + index * 90 + random.between(-12, 12);
			return drawFlame(x, 560, random.between(30, 40), 70);
		});
		const corners = vignette(width, height, 0.35);
		return {
			defs: FLAME_DEFINITIONS + linearGradient('sky', [[0, '#26304a'], [0.5, '#6b6384'], [0.78, '#d19b88'], [1, '#efc89c']]) + radialGradient('sun', [[0, '#fff1d2'], [0.5, '#fbe0b0', 0.9], [1, '#f4c995', 0]]) + corners.defs,
			body: [
				`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
				`<circle cx="760" cy="400" r="190" fill="url(#sun)" fill-opacity="0.6"/>`,
				drawHillRidge(random, width, height, 410, 40, '#7b6a86', 0.85),
				drawHillRidge(random, width, height, 470, 45, '#4e4866'),
				drawHillRidge(random, width, height, 540, 30, '#2e2d45'),
				drawHillRidge(random, width, height, 590, 20, '#1a1b2b'),
				...flames,
				corners.body,
			].join(''),
		};
	},
};
