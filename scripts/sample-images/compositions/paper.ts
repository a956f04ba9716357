/** The compositions of paper: strings of cranes, a single crane, sheets on a desk, and boats on water. */
import { shadeColour } from '../colour-mixing';
import { STANDARD_HEIGHT, STANDARD_WIDTH, type Drawing } from '../drawing';
import { drawLeafyBranch } from '../motifs/foliage';
import { drawHillRidge } from '../motifs/hills';
import { drawPaperCrane } from '../motifs/paper-crane';
import { PALETTE } from '../palette';
import { blurFilter, linearGradient } from '../svg-definitions';
import { svgNumber } from '../svg-number';
import { vignette } from '../vignette';

export const paperCranes: Drawing = {
	name: 'paper-cranes',
	shows: 'Strings of folded paper cranes in soft pale colours hanging against a dawn-coloured wall.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const colours = ['#f3eee6', '#e9d3cc', '#d4dde6', '#dfe3d2', '#efe2c8'];
		const strands = Array.from({ length: 6 }, (_, index) => {
			const x = 180 + index * 250 + random.between(-30, 30);
			const length = random.between(620, 900);
			const parts = [`<line x1="${svgNumber(x)}" y1="0" x2="${svgNumber(x)}" y2="${svgNumber(length)}" stroke="#8a8076" stroke-width="1.5"/>`];
			for (let y = 120 + random.between(0, 60); y < length; y += random.between(150, 190)) {
				parts.push(drawPaperCrane(x, y + 40, random.between(0.55, 0.75), random.pick(colours), random() < 0.5, random.between(-6, 6)));
				parts.push(`<circle cx="${svgNumber(x)}" cy="${svgNumber(y + 70)}" r="5" fill="#b59a7a"/>`);
			}
			return parts.join('');
		});
		const corners = vignette(width, height, 0.2);
		return {
			defs: linearGradient('bg', [[0, '#dfe4e8'], [0.55, '#e8e0d6'], [1, '#e9d6c3']]) + blurFilter('shadow', 8) + corners.defs,
			body: [
				`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
				...strands,
				`<g filter="url(#shadow)" opacity="0.2"><ellipse cx="1230" cy="930" rx="210" ry="18" fill="#3a3028"/></g>`,
				drawPaperCrane(1230, 880, 2.1, '#f5f0e7', true),
				corners.body,
			].join(''),
		};
	},
};

export const portraitCrane: Drawing = {
	name: 'portrait-crane',
	shows: 'A single folded paper crane, ivory-coloured, resting on a soft grey surface.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(_random, width, height) {
		return {
			defs: linearGradient('bg', [[0, '#d9dde0'], [0.7, '#c9ccce'], [1, '#b7b8b6']]) + blurFilter('shadow', 14),
			body: `<rect width="${width}" height="${height}" fill="url(#bg)"/><rect y="700" width="${width}" height="300" fill="#b2b1ad" fill-opacity="0.5"/><g filter="url(#shadow)" opacity="0.28"><ellipse cx="820" cy="760" rx="330" ry="30" fill="#2a2826"/></g>${drawPaperCrane(820, 700, 3.7, '#f4efe4')}`,
		};
	},
};

export const paperSheets: Drawing = {
	name: 'paper-sheets',
	shows: 'A few blank sheets of paper fanned on a desk, with a blue ribbon marker and a small sprig of leaves.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		// Each sheet: its turn in degrees, and the centre it turns around.
		const sheets = [[-7, 560, 520], [-2, 800, 500], [4, 820, 520], [9, 880, 540]].map(
			([angle, x, y]) =>
				`<g transform="rotate(${angle} ${x} ${y})"><rect x="${(x ?? 0) - 330 + 14}" y="${(y ?? 0) - 430 + 18}" width="660" height="860" fill="#2a251e" fill-opacity="0.25" filter="url(#shadow)"/><rect x="${(x ?? 0) - 330}" y="${(y ?? 0) - 430}" width="660" height="860" fill="url(#sheet)"/></g>`,
		);
		return {
			defs: linearGradient('desk', [[0, '#d5cdbf'], [1, '#b9ae9b']], 0, 0, 1, 1) + linearGradient('sheet', [[0, '#fbf8f1'], [1, '#ebe4d6']], 0, 0, 1, 1) + blurFilter('shadow', 12),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#desk)"/>`,
				...sheets,
				`<path d="M1010,0 L1080,0 L1060,1000 L990,1000 Z" fill="${PALETTE.unBlue}" fill-opacity="0.85"/>`,
				drawLeafyBranch(random, [1280, 880], [1320, 720], [1460, 640], 9, 90, ['#7b8a5a', '#95a277', '#66744a'], '#6a5d45'),
			].join(''),
		};
	},
};

export const paperBoats: Drawing = {
	name: 'paper-boats',
	shows: 'Three small folded paper boats on calm, pale water near the shore.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		// A folded boat at (x, y): hull, sail and its folds, a wake, and its reflection blurred in the water.
		const boat = (x: number, y: number, scale: number, colour: string) =>
			`<g transform="translate(${x} ${y}) scale(${scale})"><path d="M-120,0 L120,0 L80,40 L-80,40 Z" fill="${shadeColour(colour, -0.12)}"/><path d="M-60,0 L0,-110 L60,0 Z" fill="${colour}"/><path d="M0,-110 L60,0 L0,0 Z" fill="${shadeColour(colour, -0.08)}"/><path d="M-120,0 L-60,0 L-80,-30 Z" fill="${shadeColour(colour, 0.05)}"/><path d="M120,0 L60,0 L80,-30 Z" fill="${shadeColour(colour, -0.05)}"/><ellipse cx="0" cy="58" rx="140" ry="14" fill="#ffffff" fill-opacity="0.3"/><path d="M-80,44 L80,44 L60,110 L-60,110 Z" fill="${colour}" fill-opacity="0.18" filter="url(#haze)"/></g>`;
		const glints = Array.from({ length: 24 }, () => `<rect x="${svgNumber(random.between(0, width))}" y="${svgNumber(random.between(420, 980))}" width="${svgNumber(random.between(40, 160))}" height="2" fill="#ffffff" fill-opacity="${svgNumber(random.between(0.15, 0.35))}"/>`);
		return {
			defs: linearGradient('sky', [[0, '#d8dfe3'], [1, '#eee6d8']]) + linearGradient('water', [[0, '#aebdc5'], [1, '#7f96a3']]) + blurFilter('haze', 10),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
				drawHillRidge(random, width, 420, 380, 20, '#9aa3a6', 0.8),
				`<rect y="400" width="${width}" height="${height - 400}" fill="url(#water)"/>`,
				...glints,
				boat(430, 700, 1.1, '#f4efe5'),
				boat(860, 560, 0.7, '#e8d9cf'),
				boat(1190, 760, 0.95, '#dde3e8'),
			].join(''),
		};
	},
};
