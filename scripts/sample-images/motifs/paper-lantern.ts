import { radialGradient } from '../svg-definitions';
import { svgNumber } from '../svg-number';

/** Paper lit from inside (the gradient "paperlight"), for the defs of a drawing with lanterns. */
export const PAPER_LIGHT_DEFINITION = radialGradient('paperlight', [
	[0, '#fff3d6'],
	[0.5, '#f6c77c'],
	[0.85, '#de8e45'],
	[1, '#b9642f'],
], 0.45, 0.42, 0.6);

/** A paper lantern hanging from (x, top) on a cord `cord` long, glowing from inside. Needs PAPER_LIGHT_DEFINITION and the glow of FLAME_DEFINITIONS. */
export function drawPaperLantern(x: number, top: number, cord: number, radiusX: number, radiusY: number, glowRadius: number): string {
	const centreY = top + cord + radiusY;
	return [
		`<line x1="${svgNumber(x)}" y1="${svgNumber(top)}" x2="${svgNumber(x)}" y2="${svgNumber(top + cord + 4)}" stroke="#201c24" stroke-width="2"/>`,
		`<circle cx="${svgNumber(x)}" cy="${svgNumber(centreY)}" r="${svgNumber(glowRadius)}" fill="url(#glow)"/>`,
		`<ellipse cx="${svgNumber(x)}" cy="${svgNumber(centreY)}" rx="${svgNumber(radiusX)}" ry="${svgNumber(radiusY)}" fill="url(#paperlight)"/>`,
		// The ribs of the paper shade, as faint curves: left of the middle, the middle, right of it.
		...[-0.5, 0, 0.5].map(
			(side) => `<path d="M${svgNumber(x + side * radiusX * 0.9)},${svgNumber(centreY - radiusY * 0.95)} Q${svgNumber(x + side * radiusX * 1.5)},${svgNumber(centreY)} ${svgNumber(x + side * radiusX * 0.9)},${svgNumber(centreY + radiusY * 0.95)}" fill="none" stroke="#b0652e" stroke-opacity="0.25" stroke-width="1.5"/>`,
		),
		`<rect x="${svgNumber(x - radiusX * 0.42)}" y="${svgNumber(centreY - radiusY - 6)}" width="${svgNumber(radiusX * 0.84)}" height="10" rx="3" fill="#2a2226"/>`,
		`<rect x="${svgNumber(x - radiusX * 0.42)}" y="${svgNumber(centreY + radiusY - 4)}" width="${svgNumber(radiusX * 0.84)}" height="10" rx="3" fill="#2a2226"/>`,
	].join('');
}
