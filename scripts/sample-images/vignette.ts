import type { SvgLayers } from './drawing';
import { radialGradient } from './svg-definitions';

/** Darkens the corners a little, as a lens would; keeps the eye on the middle. Its body goes last, over everything. */
export function vignette(width: number, height: number, strength = 0.45): SvgLayers {
	return {
		defs: radialGradient('vignette', [
			[0.55, '#000000', 0],
			[1, '#000000', strength],
		], 0.5, 0.5, 0.75),
		body: `<rect width="${width}" height="${height}" fill="url(#vignette)"/>`,
	};
}
