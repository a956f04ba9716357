import type { RandomSource } from '../random-source';
import { svgNumber } from '../svg-number';

/** How many times the trunk forks before the twigs end in leaves. */
const FORKS = 7;

/** A bare-branched tree with leaf clusters at its twigs' tips, grown upwards from (x, y) from a trunk `length` long. */
export function drawTree(random: RandomSource, x: number, y: number, length: number, colour: string): string {
	const limbs: string[] = [];
	const clusters: string[] = [];
	// Each limb is a line; it forks in two (sometimes three) shorter limbs until `depth` is used up.
	const grow = (fromX: number, fromY: number, limbLength: number, angle: number, depth: number) => {
		const toX = fromX + limbLength * Math.cos(angle);
		const toY = fromY + limbLength * Math.sin(angle);
		limbs.push(`<line x1="${svgNumber(fromX)}" y1="${svgNumber(fromY)}" x2="${svgNumber(toX)}" y2="${svgNumber(toY)}" stroke-width="${svgNumber(Math.max(1.2, depth * depth * 0.55))}"/>`);
		if (depth === 0) {
			for (let leafIndex = 0; leafIndex < 4; leafIndex++) {
				clusters.push(`<circle cx="${svgNumber(toX + random.between(-12, 12))}" cy="${svgNumber(toY + random.between(-12, 8))}" r="${svgNumber(random.between(3.5, 7.5))}" fill-opacity="${svgNumber(random.between(0.55, 0.9))}"/>`);
			}
			return;
		}
		const spread = random.between(0.32, 0.52);
		grow(toX, toY, limbLength * random.between(0.7, 0.8), angle - spread, depth - 1);
		grow(toX, toY, limbLength * random.between(0.7, 0.8), angle + spread * random.between(0.8, 1.1), depth - 1);
		if (depth > 3 && random() < 0.35) grow(toX, toY, limbLength * 0.6, angle + random.between(-0.15, 0.15), depth - 2);
	};
	grow(x, y, length, -Math.PI / 2, FORKS);
	return `<g stroke="${colour}" stroke-linecap="round">${limbs.join('')}</g><g fill="${colour}">${clusters.join('')}</g>`;
}
