/** The compositions of flowers: carnations laid on stone, a frangipani on water, and an anemone. */
import { shadeColour } from '../colour-mixing';
import { STANDARD_HEIGHT, STANDARD_WIDTH, type Drawing } from '../drawing';
import { drawLeaf } from '../motifs/foliage';
import { PALETTE } from '../palette';
import { seedFromName } from '../random-source';
import { blurFilter, grainFilter, linearGradient, radialGradient } from '../svg-definitions';
import { svgNumber } from '../svg-number';

export const flowersOnStone: Drawing = {
	name: 'flowers-on-stone',
	shows: 'Red and white carnations laid on a grey stone step.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		// A carnation seen from above: three rings of round petals, smaller and lighter towards the middle.
		const carnation = (x: number, y: number, radius: number, colour: string) => {
			const parts: string[] = [];
			for (const [ring, count, scale] of [[1, 14, 1], [0.68, 11, 0.8], [0.36, 7, 0.65]] as const) {
				for (let index = 0; index < count; index++) {
					const angle = (index / count) * Math.PI * 2 + random.between(0, 0.4);
					const petalDistance = radius * ring * 0.62;
					parts.push(`<circle cx="${svgNumber(x + petalDistance * Math.cos(angle))}" cy="${svgNumber(y + petalDistance * Math.sin(angle))}" r="${svgNumber(radius * 0.36 * scale)}" fill="${shadeColour(colour, random.between(-0.18, 0.1) + (1 - ring) * 0.12)}"/>`);
				}
			}
			return parts.join('');
		};
		const stems: string[] = [];
		const heads: string[] = [];
		const placed = [
			[520, 470, PALETTE.ivory], [690, 420, '#a8333b'], [610, 600, '#b9434a'], [820, 540, '#a8333b'], [760, 700, PALETTE.ivory], [930, 650, '#b9434a'],
		] as const;
		for (const [x, y, colour] of placed) {
			stems.push(`<path d="M${x},${y} Q${x + 220},${y + 140} ${x + 560},${y + 210}" fill="none" stroke="#4f6140" stroke-width="9" stroke-linecap="round"/>`);
			stems.push(drawLeaf(x + 260, y + 150, 110, 12, 25 + random.between(-8, 8), '#5f7350'));
			heads.push(`<circle cx="${x + 10}" cy="${y + 16}" r="72" fill="#000000" fill-opacity="0.25" filter="url(#shadow)"/>`);
			heads.push(carnation(x, y, 70, colour));
		}
		return {
			defs:
				linearGradient('stone', [[0, '#8f8b85'], [1, '#6d6a66']], 0, 0, 1, 1) +
				blurFilter('shadow', 10) +
				grainFilter({ frequency: 0.02, colour: [0.2, 0.2, 0.19], opacity: 0.8, softness: 0.8, seed: seedFromName('flowers-on-stone') % 1000 }),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#stone)"/>`,
				`<rect width="${width}" height="${height}" filter="url(#grain)" opacity="0.4"/>`,
				`<rect y="880" width="${width}" height="${height - 880}" fill="#3f3d3a" fill-opacity="0.6"/>`,
				...stems,
				...heads,
			].join(''),
		};
	},
};

export const ripplesOnWater: Drawing = {
	name: 'ripples-on-water',
	shows: 'A single white frangipani flower floating on still blue water, with ripples spreading around it.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(_random, width, height) {
		// Seen at a low angle, each ripple is an ellipse a third as tall as it is wide, fainter as it spreads.
		const ripples = Array.from({ length: 9 }, (_, index) => {
			const radiusX = 90 + index * 95;
			return `<ellipse cx="840" cy="540" rx="${radiusX}" ry="${svgNumber(radiusX * 0.34)}" fill="none" stroke="#e6f0f4" stroke-opacity="${svgNumber(0.42 - index * 0.042)}" stroke-width="${svgNumber(3.5 - index * 0.25)}"/>`;
		});
		const petals = Array.from({ length: 5 }, (_, index) => {
			const angle = index * 72 - 90;
			return `<path transform="translate(840 528) rotate(${angle})" d="M0,0 C14,-22 60,-34 78,-12 C86,2 54,18 0,0 Z" fill="url(#petal)"/>`;
		});
		return {
			defs: linearGradient('water', [[0, '#5f7f91'], [0.5, '#3e5b6d'], [1, '#243947']]) + linearGradient('petal', [[0, '#f1d57a'], [0.45, '#fbf6ea'], [1, '#ffffff']], 0, 0, 1, 0) + blurFilter('shadow', 6),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#water)"/>`,
				...ripples,
				`<ellipse cx="846" cy="546" rx="86" ry="30" fill="#0f1d27" fill-opacity="0.35" filter="url(#shadow)"/>`,
				...petals,
				`<circle cx="840" cy="528" r="9" fill="#f0cf6a"/>`,
			].join(''),
		};
	},
};

export const portraitFlower: Drawing = {
	name: 'portrait-flower',
	shows: 'A single white anemone with a dark centre on a soft sage-green background.',
	width: STANDARD_WIDTH,
	height: STANDARD_HEIGHT,
	draw(random, width, height) {
		const petals = Array.from({ length: 6 }, (_, index) => {
			const angle = index * 60 + random.between(-6, 6);
			return `<path transform="translate(800 460) rotate(${svgNumber(angle)})" d="M0,0 C40,-40 150,-70 205,-20 C235,10 200,70 120,70 C60,70 20,40 0,0 Z" fill="url(#petal)" stroke="#d9d6cc" stroke-width="1"/>`;
		});
		const stamens = Array.from({ length: 28 }, (_, index) => {
			const angle = (index / 28) * Math.PI * 2;
			const distance = random.between(40, 58);
			return `<circle cx="${svgNumber(800 + distance * Math.cos(angle))}" cy="${svgNumber(460 + distance * Math.sin(angle))}" r="4.5" fill="#2b2a33"/>`;
		});
		return {
			defs: radialGradient('bg', [[0, '#b7c2ad'], [1, '#7e8b76']], 0.5, 0.45, 0.75) + radialGradient('petal', [[0, '#e7e4dc'], [0.5, '#fbfaf6'], [1, '#ffffff']], 0.1, 0.5, 0.9) + blurFilter('shadow', 16),
			body: [
				`<rect width="${width}" height="${height}" fill="url(#bg)"/>`,
				`<path d="M800,520 C790,700 740,850 700,1000" fill="none" stroke="#56663f" stroke-width="12" stroke-linecap="round"/>`,
				drawLeaf(770, 760, 200, 34, 200, '#5d6e47'),
				`<circle cx="820" cy="490" r="230" fill="#2c3326" fill-opacity="0.28" filter="url(#shadow)"/>`,
				...petals,
				`<circle cx="800" cy="460" r="38" fill="#34323d"/>`,
				...stamens,
			].join(''),
		};
	},
};
