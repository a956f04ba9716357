/** The compositions of leaves: an olive wreath, a laurel wreath, and an olive branch. */
import { mixColours } from '../colour-mixing';
import { STANDARD_HEIGHT, STANDARD_WIDTH, type Drawing } from '../drawing';
import { drawLeafyBranch, drawWreath } from '../motifs/foliage';
import { PALETTE } from '../palette';
import { randomSourceFor } from '../random-source';
import { blurFilter, linearGradient, radialGradient } from '../svg-definitions';
import { svgNumber } from '../svg-number';
import { vignette } from '../vignette';

export const wreathOfLeaves: Drawing = {
	name: 'wreath-of-leaves',
	shows: 'A round wreath of olive-green leaves on a pale stone-coloured background.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const colours = [PALETTE.olive, PALETTE.oliveDark, PALETTE.sage, mixColours(PALETTE.olive, PALETTE.sage, 0.5)];
		const berries = Array.from({ length: 14 }, () => {
			const angle = random.between(110, 430) * (Math.PI / 180);
			const distance = 300 + random.between(-20, 20);
			return `<circle cx="${svgNumber(800 + distance * Math.cos(angle))}" cy="${svgNumber(500 + distance * Math.sin(angle))}" r="${svgNumber(random.between(7, 10))}" fill="#5e4b55"/>`;
		});
		const corners = vignette(width, height, 0.25);
		return {
			defs: radialGradient('bg', [[0, '#f3ede2'], [1, '#d6cdbd']], 0.5, 0.45, 0.75) + blurFilter('shadow', 10) + corners.defs,
			body: [
				`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
				`<g filter="url(#shadow)" opacity="0.1" transform="translate(10 16)"><circle cx="800" cy="500" r="300" fill="none" stroke="#3b3328" stroke-width="56"/></g>`,
				drawWreath(random, 800, 500, 300, 48, 96, colours, 84, 96),
				...berries,
				corners.body,
			].join(''),
		};
	},
};

export const laurelWreathBlue: Drawing = {
	name: 'laurel-wreath-blue',
	shows: 'Two pale laurel branches curving upward to form a wreath on a calm blue background.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const colours = ['#f4f1ea', '#e6e9ee', '#dfe5ec'];
		return {
			defs: linearGradient('bg', [[0, '#4a7aa6'], [1, '#2b4f74']]) + radialGradient('light', [[0, '#ffffff', 0.18], [1, '#ffffff', 0]]),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
				`<circle cx="800" cy="460" r="520" fill="url(#light)"/>`,
				drawLeafyBranch(random, [780, 860], [470, 760], [520, 200], 22, 88, colours, '#e8ecf0'),
				drawLeafyBranch(random, [820, 860], [1130, 760], [1080, 200], 22, 88, colours, '#e8ecf0'),
			].join(''),
		};
	},
};

export const oliveBranch: Drawing = {
	name: 'olive-branch',
	shows: 'An olive branch with silver-green leaves and a few dark olives, on warm paper.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const colours = ['#7b8a5a', '#95a277', '#66744a', '#a7b08f'];
		// A second source with the same seed draws the same branch again, as its shadow.
		const shadowRandom = randomSourceFor('olive-branch');
		const olives = [[620, 560], [905, 470], [1090, 455], [760, 610]].map(
			([x, y], index) => `<ellipse cx="${x}" cy="${y}" rx="22" ry="15" transform="rotate(${-20 + index * 12} ${x} ${y})" fill="${index % 2 ? '#3f3a2c' : '#55533a'}"/><ellipse cx="${(x ?? 0) - 6}" cy="${(y ?? 0) - 5}" rx="6" ry="3" fill="#ffffff" fill-opacity="0.25"/>`,
		);
		return {
			defs: linearGradient('bg', [[0, '#f1eadb'], [1, '#ddd1ba']], 0, 0, 1, 1) + blurFilter('shadow', 9),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
				`<g filter="url(#shadow)" opacity="0.16" transform="translate(16 22)"><g fill="#2d2a22">${drawLeafyBranch(shadowRandom, [230, 760], [760, 520], [1380, 300], 19, 150, ['#2d2a22'], '#2d2a22')}</g></g>`,
				drawLeafyBranch(random, [230, 760], [760, 520], [1380, 300], 19, 150, colours, '#6a5d45'),
				...olives,
			].join(''),
		};
	},
};
