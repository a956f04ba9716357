/**
 * The gradients and filters the drawings put in their SVG <defs>, each referred to by its id
 * (fill="url(#id)", filter="url(#id)"). Ids are only unique within one drawing, which is one document.
 */

/** A colour stop of a gradient: where along it (0–1), the colour, and its opacity (default 1). */
export type GradientStop = [offset: number, colour: string, opacity?: number];

/** The <stop> elements of a gradient. */
function stopElements(stops: GradientStop[]): string {
	return stops.map(([offset, colour, opacity = 1]) => `<stop offset="${offset}" stop-color="${colour}" stop-opacity="${opacity}"/>`).join('');
}

/** A linear gradient, top to bottom unless the end points (in the filled shape's own units) say otherwise. */
export function linearGradient(id: string, stops: GradientStop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
	return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopElements(stops)}</linearGradient>`;
}

/** A radial gradient around (cx, cy) with the radius given, in the filled shape's own units. */
export function radialGradient(id: string, stops: GradientStop[], cx = 0.5, cy = 0.5, radius = 0.5): string {
	return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${radius}">${stopElements(stops)}</radialGradient>`;
}

/** A Gaussian blur, with room around the shape for the blur to spread into. */
export function blurFilter(id: string, deviation: number): string {
	return `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${deviation}"/></filter>`;
}

/** How a grain filter looks: the noise's scale, its colour and opacity, and how much it is softened. */
export interface Grain {
	/** feTurbulence's baseFrequency: higher is finer. */
	frequency: number;
	/** The grain's red, green and blue, each 0–1. */
	colour: [red: number, green: number, blue: number];
	opacity: number;
	/** The blur over the grain. */
	softness: number;
	/** feTurbulence's seed, so the grain is the same on every run. */
	seed: number;
}

/** Fractal noise tinted one colour, the texture of stone: the filter id is "grain". */
export function grainFilter({ frequency, colour: [red, green, blue], opacity, softness, seed }: Grain): string {
	return `<filter id="grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="${frequency}" numOctaves="3" seed="${seed}"/><feColorMatrix type="matrix" values="0 0 0 0 ${red}  0 0 0 0 ${green}  0 0 0 0 ${blue}  0 0 0 ${opacity} 0"/><feGaussianBlur stdDeviation="${softness}"/></filter>`;
}
