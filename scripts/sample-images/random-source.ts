import { mulberry32 } from '../seeded-random';

/** FNV-1a: a stable 32-bit seed from an image's name, so that adding an image moves no other. */
export function seedFromName(name: string): number {
	let hash = 0x811c9dc5;
	for (const char of name) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** A seeded source of numbers in [0, 1), called as a function, with the helpers the drawings use. */
export interface RandomSource {
	(): number;
	/** A number between min and max. */
	between(min: number, max: number): number;
	/** One item of a list. */
	pick<T>(items: readonly T[]): T;
}

/** The random source of the image called `name`: the same numbers, in the same order, on every run. */
export function randomSourceFor(name: string): RandomSource {
	const next = mulberry32(seedFromName(name));
	const random = (() => next()) as RandomSource;
	random.between = (min, max) => min + (max - min) * next();
	random.pick = (items) => items[Math.floor(next() * items.length) % items.length] as (typeof items)[number];
	return random;
}
