import type { RandomSource } from '../random-source';
import { svgNumber } from '../svg-number';

/** A point as [x, y]. */
type Point = [number, number];

/** A leaf pointing along `angle` (degrees, 0 = right) from its stalk at (x, y). */
export function drawLeaf(x: number, y: number, length: number, width: number, angle: number, fill: string, opacity = 1): string {
	return `<path transform="translate(${svgNumber(x)} ${svgNumber(y)}) rotate(${svgNumber(angle)})" d="M0,0 Q${svgNumber(length * 0.45)},${svgNumber(-width)} ${svgNumber(length)},0 Q${svgNumber(length * 0.45)},${svgNumber(width)} 0,0 Z" fill="${fill}" fill-opacity="${opacity}"/>`;
}

/**
 * A leafy branch along a quadratic curve from `from` to `to`, bent towards `control`, with `leaves`
 * leaves of about `size` on alternate sides (largest in the middle) and one at its tip.
 */
export function drawLeafyBranch(random: RandomSource, from: Point, control: Point, to: Point, leaves: number, size: number, colours: string[], stemColour: string): string {
	// `along` runs from 0 at the start of the curve to 1 at its end.
	const pointAt = (along: number): Point => [
		(1 - along) ** 2 * from[0] + 2 * (1 - along) * along * control[0] + along ** 2 * to[0],
		(1 - along) ** 2 * from[1] + 2 * (1 - along) * along * control[1] + along ** 2 * to[1],
	];
	const directionAt = (along: number) => {
		const dx = 2 * (1 - along) * (control[0] - from[0]) + 2 * along * (to[0] - control[0]);
		const dy = 2 * (1 - along) * (control[1] - from[1]) + 2 * along * (to[1] - control[1]);
		return (Math.atan2(dy, dx) * 180) / Math.PI;
	};
	const parts = [`<path d="M${svgNumber(from[0])},${svgNumber(from[1])} Q${svgNumber(control[0])},${svgNumber(control[1])} ${svgNumber(to[0])},${svgNumber(to[1])}" fill="none" stroke="${stemColour}" stroke-width="${svgNumber(size * 0.07)}" stroke-linecap="round"/>`];
	for (let index = 0; index < leaves; index++) {
		const along = 0.06 + (0.9 * index) / Math.max(1, leaves - 1);
		const [x, y] = pointAt(along);
		const side = index % 2 === 0 ? 1 : -1;
		const growth = 0.65 + 0.35 * Math.sin(Math.PI * Math.min(1, along + 0.15));
		parts.push(drawLeaf(x, y, size * growth * random.between(0.85, 1.1), size * 0.2 * random.between(0.85, 1.1), directionAt(along) + side * random.between(32, 48), random.pick(colours)));
	}
	const [endX, endY] = pointAt(1);
	parts.push(drawLeaf(endX, endY, size * 0.7, size * 0.15, directionAt(1), random.pick(colours)));
	return parts.join('');
}

/**
 * A wreath of leaves around (cx, cy), every leaf lying along the circle, in pairs. No leaves grow
 * between the angles gapFrom and gapTo (degrees clockwise from the right).
 */
export function drawWreath(random: RandomSource, cx: number, cy: number, radius: number, count: number, size: number, colours: string[], gapFrom = 80, gapTo = 100): string {
	const parts: string[] = [];
	for (let index = 0; index < count; index++) {
		const angle = (360 * index) / count;
		// Leave a gap at the bottom where the two halves meet, as wreaths are tied.
		if (angle > gapFrom && angle < gapTo) continue;
		const radians = (angle * Math.PI) / 180;
		for (const [offset, tilt] of [[-size * 0.18, -28], [size * 0.18, 28]] as const) {
			const leafRadius = radius + offset + random.between(-6, 6);
			parts.push(drawLeaf(cx + leafRadius * Math.cos(radians), cy + leafRadius * Math.sin(radians), size * random.between(0.85, 1.1), size * 0.22, angle - 90 + tilt + random.between(-8, 8), random.pick(colours), random.between(0.88, 1)));
		}
	}
	return parts.join('');
}
