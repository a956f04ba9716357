import type { RandomSource } from '../random-source';
import { svgNumber } from '../svg-number';

/**
 * A smooth, seeded skyline of hills, filled down to the bottom of the picture: the sum of a few
 * sine waves with random phases, around `baseY` and at most `amplitude` above or below it.
 */
export function drawHillRidge(random: RandomSource, width: number, height: number, baseY: number, amplitude: number, fill: string, opacity = 1): string {
	const waves = [1.1, 2.3, 4.7, 9.3].map((frequency, index) => ({ frequency, weight: 1 / 2 ** index, phase: random() * Math.PI * 2 }));
	const totalWeight = waves.reduce((sum, wave) => sum + wave.weight, 0);
	const points: string[] = [];
	for (let x = 0; x <= width; x += 16) {
		const y = baseY + (amplitude * waves.reduce((sum, wave) => sum + wave.weight * Math.sin((2 * Math.PI * wave.frequency * x) / width + wave.phase), 0)) / totalWeight;
		points.push(`${svgNumber(x)},${svgNumber(y)}`);
	}
	return `<path d="M0,${height} L${points.join(' L')} L${width},${height} Z" fill="${fill}" fill-opacity="${opacity}"/>`;
}
