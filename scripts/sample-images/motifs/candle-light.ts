import { blurFilter, linearGradient, radialGradient } from '../svg-definitions';
import { svgNumber } from '../svg-number';

/** The path of a teardrop flame standing on (x, y), `height` tall and `width` wide. */
function flameOutline(x: number, y: number, height: number, width: number): string {
	return `M${svgNumber(x)},${svgNumber(y - height)} C${svgNumber(x + width * 0.55)},${svgNumber(y - height * 0.45)} ${svgNumber(x + width * 0.62)},${svgNumber(y)} ${svgNumber(x)},${svgNumber(y)} C${svgNumber(x - width * 0.62)},${svgNumber(y)} ${svgNumber(x - width * 0.55)},${svgNumber(y - height * 0.45)} ${svgNumber(x)},${svgNumber(y - height)} Z`;
}

/** The gradients and filters every drawing with candle light in it needs in its defs: glow, flame, soft, haze. */
export const FLAME_DEFINITIONS =
	radialGradient('glow', [
		[0, '#ffd99a', 0.55],
		[0.35, '#f2b263', 0.2],
		[1, '#e9a050', 0],
	]) +
	radialGradient('flame', [
		[0, '#fffbf1'],
		[0.45, '#ffe6a6'],
		[0.8, '#f5ac4c'],
		[1, '#e0782c', 0.9],
	], 0.5, 0.78, 0.75) +
	blurFilter('soft', 1.6) +
	blurFilter('haze', 14);

/** The wax of a candle, lit from the front (the gradient "wax"), for the defs of a drawing with candles. */
export const WAX_DEFINITION = linearGradient('wax', [
	[0, '#bdae96'],
	[0.35, '#efe5d1'],
	[0.6, '#f6eedf'],
	[1, '#b3a48c'],
], 0, 0, 1, 0);

/** A flame standing on (x, y) with its halo: glow first, then the flame, then a small blue base. Needs FLAME_DEFINITIONS. */
export function drawFlame(x: number, y: number, height: number, glowRadius: number): string {
	const width = height * 0.36;
	return [
		`<circle cx="${svgNumber(x)}" cy="${svgNumber(y - height * 0.5)}" r="${svgNumber(glowRadius)}" fill="url(#glow)"/>`,
		`<path d="${flameOutline(x, y, height, width)}" fill="url(#flame)" filter="url(#soft)"/>`,
		`<ellipse cx="${svgNumber(x)}" cy="${svgNumber(y - height * 0.1)}" rx="${svgNumber(width * 0.16)}" ry="${svgNumber(height * 0.1)}" fill="#6d7fa8" fill-opacity="0.45" filter="url(#soft)"/>`,
	].join('');
}

/** A pillar candle centred on x, standing on y = floor, with its wick and flame. Needs FLAME_DEFINITIONS and WAX_DEFINITION. */
export function drawCandle(x: number, floor: number, height: number, width: number, flameHeight: number, glowRadius: number): string {
	const top = floor - height;
	return [
		`<rect x="${svgNumber(x - width / 2)}" y="${svgNumber(top)}" width="${svgNumber(width)}" height="${svgNumber(height)}" rx="${svgNumber(width * 0.08)}" fill="url(#wax)"/>`,
		`<ellipse cx="${svgNumber(x)}" cy="${svgNumber(top + 2)}" rx="${svgNumber(width / 2 - 2)}" ry="${svgNumber(width * 0.1)}" fill="#f6ecd8"/>`,
		`<line x1="${svgNumber(x)}" y1="${svgNumber(top)}" x2="${svgNumber(x)}" y2="${svgNumber(top - flameHeight * 0.22)}" stroke="#2a2020" stroke-width="3" stroke-linecap="round"/>`,
		drawFlame(x, top - flameHeight * 0.12, flameHeight, glowRadius),
	].join('');
}
