/** The compositions of candles: lit in a row, alone, in a field of tealights, and unlit. */
import { STANDARD_HEIGHT, STANDARD_WIDTH, type Drawing } from '../drawing';
import { drawCandle, drawFlame, FLAME_DEFINITIONS, WAX_DEFINITION } from '../motifs/candle-light';
import { PALETTE } from '../palette';
import { blurFilter, linearGradient, radialGradient } from '../svg-definitions';
import { svgNumber } from '../svg-number';
import { vignette } from '../vignette';

export const candlesRow: Drawing = {
	name: 'candles-row',
	shows: 'Seven lit pillar candles of different heights on a dark ledge.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const floor = 770;
		const candles = Array.from({ length: 7 }, (_, index) => {
			const x = 230 + index * 190 + random.between(-18, 18);
			return drawCandle(x, floor, random.between(170, 360), random.between(74, 96), random.between(70, 92), 230);
		});
		const reflections = Array.from({ length: 7 }, (_, index) => `<ellipse cx="${svgNumber(230 + index * 190)}" cy="${floor + 18}" rx="70" ry="10" fill="${PALETTE.amber}" fill-opacity="0.22" filter="url(#haze)"/>`);
		const corners = vignette(width, height, 0.55);
		return {
			defs: FLAME_DEFINITIONS + WAX_DEFINITION + linearGradient('bg', [[0, '#15121b'], [0.7, '#2a2029'], [1, '#1c1617']]) + linearGradient('ledge', [[0, '#2e2521'], [1, '#120e0d']]) + corners.defs,
			body: `<rect width="${width}" height="${height}" fill="url(#bg)"/><rect y="${floor}" width="${width}" height="${height - floor}" fill="url(#ledge)"/>${reflections.join('')}${candles.join('')}${corners.body}`,
		};
	},
};

export const portraitCandle: Drawing = {
	name: 'portrait-candle',
	shows: 'A single lit candle in a dark room, its light falling softly around it.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(_random, width, height) {
		const corners = vignette(width, height, 0.6);
		return {
			defs: FLAME_DEFINITIONS + WAX_DEFINITION + radialGradient('bg', [[0, '#3a2c2a'], [0.6, '#1d1719'], [1, '#0f0c10']], 0.5, 0.45, 0.7) + corners.defs,
			body: `<rect width="${width}" height="${height}" fill="url(#bg)"/><ellipse cx="800" cy="842" rx="240" ry="26" fill="${PALETTE.amber}" fill-opacity="0.18" filter="url(#haze)"/>${drawCandle(800, 840, 380, 140, 130, 520)}${corners.body}`,
		};
	},
};

export const candleFieldWide: Drawing = {
	name: 'candle-field-wide',
	shows: 'Rows of small tealight flames receding into the dark under a deep dusk sky.',
	width: 1920,
	height: 1200,
	draw(random, width, height) {
		const lights: string[] = [];
		for (let row = 0; row < 6; row++) {
			// 0 for the farthest row, 1 for the nearest: nearer tealights are lower, larger and brighter.
			const nearness = row / 5;
			const y = 700 + nearness ** 1.4 * 420;
			const size = 12 + nearness * 34;
			const count = 7 + row * 2;
			for (let index = 0; index < count; index++) {
				const x = ((index + 0.5 + random.between(-0.2, 0.2) + (row % 2) * 0.5) / (count + 0.5)) * width;
				lights.push(
					`<g opacity="${svgNumber(0.55 + nearness * 0.45)}"><ellipse cx="${svgNumber(x)}" cy="${svgNumber(y + size * 0.35)}" rx="${svgNumber(size * 0.9)}" ry="${svgNumber(size * 0.3)}" fill="#7e776d"/><rect x="${svgNumber(x - size * 0.9)}" y="${svgNumber(y - size * 0.05)}" width="${svgNumber(size * 1.8)}" height="${svgNumber(size * 0.4)}" fill="#a39b8f"/>` +
						drawFlame(x, y - size * 0.08, size * 1.2, size * 2.6) +
						'</g>',
				);
			}
		}
		return {
			defs: FLAME_DEFINITIONS + linearGradient('sky', [[0, '#121828'], [0.4, '#2a2a44'], [0.56, '#4a3c50'], [0.62, '#2a2026'], [1, '#120d0f']]),
			body: [`<rect width="${width}" height="${height}" fill="url(#sky)"/>`, ...lights].join(''),
		};
	},
};

export const withdrawnSample: Drawing = {
	// Used only by the sample withdrawn story: if this file ever reaches dist/, the withdrawal leaked.
	name: 'withdrawn-sample',
	shows: 'An unlit candle beside a closed envelope on a plain grey table, in even, muted light.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(_random, width, height) {
		return {
			defs: WAX_DEFINITION + linearGradient('bg', [[0, '#c9cbcc'], [0.62, '#b9bbbc'], [1, '#9ea1a3']]) + linearGradient('envelope', [[0, '#efe9de'], [1, '#ddd5c6']], 0, 0, 1, 1) + blurFilter('shadow', 12),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
				`<rect y="640" width="${width}" height="${height - 640}" fill="#8f9294" fill-opacity="0.55"/>`,
				`<ellipse cx="560" cy="812" rx="150" ry="18" fill="#2c2a27" fill-opacity="0.3" filter="url(#shadow)"/>`,
				`<rect x="490" y="420" width="140" height="390" rx="10" fill="url(#wax)"/>`,
				`<ellipse cx="560" cy="422" rx="68" ry="13" fill="#f6ecd8"/>`,
				`<line x1="560" y1="420" x2="560" y2="392" stroke="#2a2020" stroke-width="4" stroke-linecap="round"/>`,
				`<g transform="rotate(-6 1060 720)">`,
				`<rect x="820" y="600" width="500" height="300" fill="#2a251e" fill-opacity="0.25" filter="url(#shadow)"/>`,
				`<rect x="806" y="584" width="500" height="300" fill="url(#envelope)"/>`,
				`<path d="M806,584 L1056,760 L1306,584" fill="none" stroke="#bfb5a3" stroke-width="4"/>`,
				`</g>`,
			].join(''),
		};
	},
};
