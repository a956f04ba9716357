import { shadeColour } from '../colour-mixing';
import { svgNumber } from '../svg-number';

/**
 * The facets of a crane at unit size (about 200 × 140, head to the left): each a polygon and how
 * much lighter or darker than the paper it looks, as folds catch the light.
 */
const FACETS: [shade: number, corners: [number, number][]][] = [
	[-0.22, [[-4, -8], [40, -102], [22, -4]]],
	[0.02, [[-40, 0], [0, -10], [0, 24]]],
	[-0.14, [[0, -10], [40, 0], [0, 24]]],
	[-0.05, [[-36, -2], [-94, -68], [-24, -8]]],
	[-0.18, [[-94, -68], [-110, -59], [-88, -62]]],
	[-0.09, [[34, -2], [92, -64], [24, -8]]],
	[0.1, [[-16, -6], [-32, -120], [18, -6]]],
];

/** An origami crane seen from the side at (x, y), as flat facets of one paper colour; `flip` turns its head to the right. */
export function drawPaperCrane(x: number, y: number, scale: number, colour: string, flip = false, rotate = 0): string {
	const polygons = FACETS.map(([shade, corners]) => {
		const fill = shadeColour(colour, shade);
		return `<polygon points="${corners.map(([cornerX, cornerY]) => `${cornerX},${cornerY}`).join(' ')}" fill="${fill}" stroke="${fill}" stroke-width="0.6" stroke-linejoin="round"/>`;
	}).join('');
	return `<g transform="translate(${svgNumber(x)} ${svgNumber(y)}) rotate(${svgNumber(rotate)}) scale(${flip ? -scale : scale} ${scale})">${polygons}</g>`;
}
