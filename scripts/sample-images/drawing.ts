import type { RandomSource } from './random-source';

/** What a drawing adds to its SVG document: definitions (gradients, filters) and the shapes themselves. */
export interface SvgLayers {
	defs: string;
	body: string;
}

/** One image of the sample archive, and how to draw it. */
export interface Drawing {
	/** The file name without .jpg; also the seed. */
	name: string;
	/** What it shows, for --list and for whoever writes its alt text. */
	shows: string;
	width: number;
	height: number;
	/** Where it goes: content images beside the entries (the default), site-wide images into public/. */
	folder?: 'content' | 'public';
	/** The drawing's SVG, from the random source seeded with its name. */
	draw(random: RandomSource, width: number, height: number): SvgLayers;
}

/** The width of most content images: as wide as npm run check asks content images to be. */
export const STANDARD_WIDTH = 1600;
/** The height of most content images: a 16:10 landscape. */
export const STANDARD_HEIGHT = 1000;
