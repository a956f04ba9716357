import { shadeColour } from '../colour-mixing';
import { svgNumber } from '../svg-number';

/** The dove's body, head and tail at unit size, facing right. */
const BODY = 'M-70,8 C-40,-6 10,-10 40,-8 C54,-17 70,-15 78,-6 L94,-1 L78,3 C70,11 52,15 36,15 C6,23 -34,23 -60,17 L-104,36 L-98,18 L-108,4 Z';
// Wings are raised, broad at the shoulder, with a scalloped trailing edge for the flight feathers.
const FAR_WING = 'M-6,-6 C-14,-50 -50,-104 -112,-142 L-108,-126 L-120,-118 L-110,-104 L-120,-94 L-104,-82 L-112,-70 L-94,-58 L-98,-44 L-76,-34 L-70,-2 Z';
const NEAR_WING = 'M26,-7 C22,-62 -4,-122 -46,-176 L-50,-158 L-64,-150 L-56,-136 L-70,-126 L-60,-112 L-72,-100 L-60,-88 L-70,-74 L-56,-62 L-62,-46 L-44,-34 L-46,-4 Z';

/** A dove in flight at (x, y), facing right unless flipped, as one silhouette about 200 × 200 at scale 1; the far wing is a shade apart. */
export function drawDove(x: number, y: number, scale: number, fill: string, opacity = 1, rotate = 0, flip = false): string {
	// A light dove's far wing is darker, a dark dove's lighter (a string comparison of #rrggbb: near enough).
	const farWingFill = shadeColour(fill, fill > '#888888' ? -0.12 : 0.12);
	return `<g transform="translate(${svgNumber(x)} ${svgNumber(y)}) rotate(${svgNumber(rotate)}) scale(${flip ? -scale : scale} ${scale})" fill="${fill}" opacity="${opacity}"><path d="${FAR_WING}" fill="${farWingFill}"/><path d="${BODY}"/><path d="${NEAR_WING}"/></g>`;
}
