/**
 * mulberry32: a small, well-known seeded PRNG returning numbers in [0, 1). The same seed always gives
 * the same sequence, so the sample images and the benchmark's synthetic archive are the same on every
 * machine and every run.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
