/** The compositions of doves: a flock at dawn, and one white dove at night. */
import { STANDARD_HEIGHT, STANDARD_WIDTH, type Drawing } from '../drawing';
import { drawDove } from '../motifs/dove';
import { drawHillRidge } from '../motifs/hills';
import { blurFilter, linearGradient, radialGradient } from '../svg-definitions';

export const dovesAtDawn: Drawing = {
	name: 'doves-at-dawn',
	shows: 'The silhouettes of five doves in flight across a pale dawn sky.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		// Each dove: where it is, its size, and its tilt in degrees; smaller doves are farther and paler.
		const flock = [
			[430, 520, 1.5, -8],
			[760, 380, 1.15, -14],
			[1010, 560, 0.95, -6],
			[1210, 330, 0.75, -16],
			[1380, 470, 0.6, -10],
		].map(([x, y, scale, tilt]) => drawDove(x ?? 0, y ?? 0, scale ?? 1, '#34404f', 0.55 + (scale ?? 1) * 0.25, (tilt ?? 0) + random.between(-4, 4)));
		return {
			defs: linearGradient('sky', [[0, '#9eb2c6'], [0.55, '#dcd3c6'], [1, '#f2e3cb']]) + radialGradient('sun', [[0, '#fff8ea'], [1, '#fbeacd', 0]]),
			body: [`<rect width="${width}" height="${height}" fill="url(#sky)"/>`, `<circle cx="300" cy="880" r="420" fill="url(#sun)"/>`, drawHillRidge(random, width, height, 930, 22, '#8e8c93', 0.55), ...flock].join(''),
		};
	},
};

export const portraitDove: Drawing = {
	name: 'portrait-dove',
	shows: 'A single white dove in flight against a deep blue-grey sky.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(_random, width, height) {
		return {
			defs: radialGradient('bg', [[0, '#4b5a6e'], [0.7, '#2a3444'], [1, '#1b222e']], 0.45, 0.45, 0.75) + blurFilter('glow2', 26),
			body: `<rect width="${width}" height="${height}" fill="url(#bg)"/><g filter="url(#glow2)" opacity="0.35">${drawDove(840, 580, 2.6, '#ffffff', 1, -10)}</g>${drawDove(840, 580, 2.6, '#f5f3ee', 1, -10)}`,
		};
	},
};
