/** The compositions of paper lanterns: strung across the sky, alone, and floating on a river. */
import { STANDARD_HEIGHT, STANDARD_WIDTH, type Drawing } from '../drawing';
import { FLAME_DEFINITIONS } from '../motifs/candle-light';
import { drawHillRidge } from '../motifs/hills';
import { drawPaperLantern, PAPER_LIGHT_DEFINITION } from '../motifs/paper-lantern';
import { PALETTE } from '../palette';
import { linearGradient } from '../svg-definitions';
import { svgNumber } from '../svg-number';

export const lanternsRow: Drawing = {
	name: 'lanterns-row',
	shows: 'A row of glowing paper lanterns strung across a dusk sky above dark hills.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		// The string the lanterns hang from: a quadratic curve that sags in the middle.
		const stringStart: [number, number] = [-40, 170];
		const stringSag: [number, number] = [800, 420];
		const stringEnd: [number, number] = [width + 40, 170];
		const alongString = (share: number): [number, number] => [
			(1 - share) ** 2 * stringStart[0] + 2 * (1 - share) * share * stringSag[0] + share ** 2 * stringEnd[0],
			(1 - share) ** 2 * stringStart[1] + 2 * (1 - share) * share * stringSag[1] + share ** 2 * stringEnd[1],
		];
		const lanterns = Array.from({ length: 8 }, (_, index) => {
			const [x, y] = alongString(0.09 + index * 0.117);
			const size = random.between(0.85, 1.15);
			return drawPaperLantern(x, y, random.between(24, 90), 40 * size, 54 * size, 190);
		});
		return {
			defs: FLAME_DEFINITIONS + PAPER_LIGHT_DEFINITION + linearGradient('sky', [[0, '#1b2437'], [0.5, '#4f4a66'], [0.78, '#a9827e'], [1, '#e0b07e']]),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
				drawHillRidge(random, width, height, 830, 50, '#3d3850', 0.9),
				drawHillRidge(random, width, height, 900, 40, '#22202f'),
				`<path d="M${stringStart[0]},${stringStart[1]} Q${stringSag[0]},${stringSag[1]} ${stringEnd[0]},${stringEnd[1]}" fill="none" stroke="#201c24" stroke-width="2.5"/>`,
				...lanterns,
			].join(''),
		};
	},
};

export const portraitLantern: Drawing = {
	name: 'portrait-lantern',
	shows: 'One paper lantern glowing warmly against a deep blue evening sky.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		return {
			defs: FLAME_DEFINITIONS + PAPER_LIGHT_DEFINITION + linearGradient('sky', [[0, '#141c2c'], [0.65, '#2c3550'], [1, '#5d5470']]),
			body: `<rect width="${width}" height="${height}" fill="url(#sky)"/>${drawHillRidge(random, width, height, 930, 24, '#191a26')}${drawPaperLantern(800, 0, 210, 150, 205, 560)}`,
		};
	},
};

export const lanternsOnRiver: Drawing = {
	name: 'lanterns-on-river',
	shows: 'Small lanterns floating on a dark river at dusk, their light reflected in the water.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const horizon = 430;
		const lights = Array.from({ length: 16 }, () => {
			// 0 far away at the horizon, 1 close by: nearer lanterns are lower and larger.
			const nearness = random();
			const y = horizon + 70 + nearness ** 1.4 * 470;
			const size = 14 + nearness * 46;
			const x = random.between(80, width - 80);
			return [
				`<ellipse cx="${svgNumber(x)}" cy="${svgNumber(y + size * 1.6)}" rx="${svgNumber(size * 0.5)}" ry="${svgNumber(size * 2.2)}" fill="${PALETTE.amber}" fill-opacity="0.28" filter="url(#haze)"/>`,
				`<circle cx="${svgNumber(x)}" cy="${svgNumber(y)}" r="${svgNumber(size * 3.4)}" fill="url(#glow)"/>`,
				`<path d="M${svgNumber(x - size * 0.75)},${svgNumber(y - size * 0.7)} L${svgNumber(x + size * 0.75)},${svgNumber(y - size * 0.7)} L${svgNumber(x + size * 0.6)},${svgNumber(y + size * 0.45)} L${svgNumber(x - size * 0.6)},${svgNumber(y + size * 0.45)} Z" fill="url(#paperlight)"/>`,
				`<rect x="${svgNumber(x - size * 0.8)}" y="${svgNumber(y + size * 0.4)}" width="${svgNumber(size * 1.6)}" height="${svgNumber(size * 0.22)}" fill="#2a2226"/>`,
			].join('');
		});
		return {
			defs: FLAME_DEFINITIONS + PAPER_LIGHT_DEFINITION + linearGradient('sky', [[0, '#222b40'], [0.7, '#6a5f78'], [1, '#b98c80']]) + linearGradient('water', [[0, '#2d3447'], [0.35, '#1b2232'], [1, '#0e131d']]),
			body: [
				`<rect width="${width}" height="${horizon + 2}" fill="url(#sky)"/>`,
				drawHillRidge(random, width, horizon + 4, horizon - 20, 26, '#2a2838'),
				`<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="url(#water)"/>`,
				`<rect y="${horizon}" width="${width}" height="60" fill="#b98c80" fill-opacity="0.12" filter="url(#haze)"/>`,
				...lights,
			].join(''),
		};
	},
};
