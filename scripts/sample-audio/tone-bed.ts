/**
 * A soft, low hum under the voices: two sine tones a fifth apart (A2 and E3) that swell and ebb
 * slowly. It is very quiet, about −40 dBFS, so that the silence between cues does not sound like a
 * dropped line, without ever competing with the words.
 */
const TONES_HZ = [110, 165] as const;
const PEAK = 300;
/** One slow breath of the bed every eight seconds. */
const SWELL_HZ = 1 / 8;
/** The bed fades in and out over this long, so the file neither starts nor ends with a click. */
const FADE_SECONDS = 1;

/** The tone bed for `length` samples at `sampleRate`, as floating-point samples. */
export function renderToneBed(length: number, sampleRate: number): Float64Array {
	const bed = new Float64Array(length);
	const fade = Math.min(FADE_SECONDS * sampleRate, length / 2);
	for (let index = 0; index < length; index++) {
		const time = index / sampleRate;
		const swell = 0.75 + 0.25 * Math.sin(2 * Math.PI * SWELL_HZ * time);
		const edge = Math.min(1, index / fade, (length - 1 - index) / fade);
		let tone = 0;
		for (const hz of TONES_HZ) tone += Math.sin(2 * Math.PI * hz * time) / TONES_HZ.length;
		bed[index] = PEAK * swell * edge * tone;
	}
	return bed;
}

/** Adds the bed to the voice, rounding and keeping every sample within 16 bits. */
export function mixWithBed(voice: Int16Array, bed: Float64Array): Int16Array {
	const mixed = new Int16Array(voice.length);
	for (let index = 0; index < voice.length; index++) {
		mixed[index] = Math.max(-32768, Math.min(32767, Math.round((voice[index] ?? 0) + (bed[index] ?? 0))));
	}
	return mixed;
}
