/** The compositions of stone: a lit wall of dressed blocks, and a cairn by the water. */
import { shadeColour } from '../colour-mixing';
import { STANDARD_HEIGHT, STANDARD_WIDTH, type Drawing } from '../drawing';
import { seedFromName } from '../random-source';
import { blurFilter, grainFilter, linearGradient, radialGradient } from '../svg-definitions';
import { svgNumber } from '../svg-number';

export const stoneWallLight: Drawing = {
	name: 'stone-wall-light',
	shows: 'A wall of pale dressed stone blocks, lit by soft light from the upper left.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const blocks: string[] = [];
		// Courses of blocks 125 px high, each course starting at a different offset, as masons lay them.
		for (let row = 0, y = 0; y < height; row++, y += 125) {
			let x = row % 2 ? -random.between(60, 160) : -random.between(0, 60);
			while (x < width) {
				const blockWidth = random.between(230, 380);
				const tone = shadeColour('#a39d93', random.between(-0.12, 0.12));
				blocks.push(`<rect x="${svgNumber(x + 3)}" y="${svgNumber(y + 3)}" width="${svgNumber(blockWidth - 6)}" height="119" rx="4" fill="${tone}"/>`);
				x += blockWidth;
			}
		}
		return {
			defs:
				linearGradient('light', [[0, '#fff6e6', 0.5], [0.45, '#fff6e6', 0.08], [1, '#000000', 0.35]], 0, 0, 1, 1) +
				grainFilter({ frequency: 0.035, colour: [0.25, 0.24, 0.22], opacity: 0.9, softness: 0.6, seed: seedFromName('stone-wall-light') % 1000 }),
			body: [
				`<rect width="${width}" height="${height}" fill="#4f4b46"/>`,
				...blocks,
				`<rect width="${width}" height="${height}" filter="url(#grain)" opacity="0.45"/>`,
				`<rect width="${width}" height="${height}" fill="url(#light)"/>`,
			].join(''),
		};
	},
};

export const portraitStones: Drawing = {
	name: 'portrait-stones',
	shows: 'A small cairn of five smooth stones stacked by the water in soft morning light.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(_random, width, height) {
		// From the bottom up: centre x and y, half-width and half-height, colour.
		const stones = [
			[800, 780, 230, 70, '#7f7b75'],
			[790, 672, 180, 52, '#9a958d'],
			[812, 585, 135, 44, '#857f78'],
			[798, 512, 98, 34, '#aaa49a'],
			[806, 455, 64, 26, '#918b83'],
		] as const;
		return {
			defs: linearGradient('bg', [[0, '#d5dbdd'], [0.6, '#e3e0d8'], [1, '#c9c4ba']]) + radialGradient('stoneLight', [[0, '#ffffff', 0.45], [1, '#ffffff', 0]], 0.35, 0.3, 0.7) + blurFilter('shadow', 12),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
				`<rect y="820" width="${width}" height="${height - 820}" fill="#a9a79f" fill-opacity="0.6"/>`,
				`<ellipse cx="820" cy="845" rx="280" ry="22" fill="#2c2a27" fill-opacity="0.35" filter="url(#shadow)"/>`,
				...stones.map(([x, y, radiusX, radiusY, colour]) => `<ellipse cx="${x}" cy="${y}" rx="${radiusX}" ry="${radiusY}" fill="${colour}"/><ellipse cx="${x}" cy="${y}" rx="${radiusX}" ry="${radiusY}" fill="url(#stoneLight)"/>`),
			].join(''),
		};
	},
};
