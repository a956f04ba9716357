/**
 * How long an MP3 file plays, counted from its frames: each MPEG layer III frame holds 1152 samples
 * (MPEG-1) or 576 (MPEG-2 and 2.5, the 22050 Hz files here). This is the length a browser reports
 * for a constant-bitrate file without a Xing header, padding included, which is what the `duration`
 * of a story and the checker's "cue beyond the media" rule compare against.
 */
export function measureMp3Seconds(bytes: Uint8Array): number {
	let seconds = 0;
	let offset = 0;
	while (offset + 4 <= bytes.length) {
		const frame = readFrameHeader(bytes, offset);
		if (!frame) throw new Error(`no MP3 frame header at byte ${offset}`);
		seconds += frame.samples / frame.sampleRate;
		offset += frame.length;
	}
	return seconds;
}

const BITRATES_KBPS = {
	mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
	mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
} as const;
const SAMPLE_RATES = { mpeg1: [44100, 48000, 32000], mpeg2: [22050, 24000, 16000], 'mpeg2.5': [11025, 12000, 8000] } as const;

/** The layer III frame header at `offset` (ISO/IEC 11172-3 §2.4.2.3 and 13818-3), or undefined. */
function readFrameHeader(bytes: Uint8Array, offset: number): { length: number; samples: number; sampleRate: number } | undefined {
	const [first = 0, second = 0, third = 0] = bytes.subarray(offset, offset + 3);
	if (first !== 0xff || (second & 0xe0) !== 0xe0 || ((second >> 1) & 0b11) !== 0b01) return undefined;
	const versionBits = (second >> 3) & 0b11;
	const version = versionBits === 0b11 ? 'mpeg1' : versionBits === 0b10 ? 'mpeg2' : versionBits === 0b00 ? 'mpeg2.5' : undefined;
	if (!version) return undefined;
	const bitrate = BITRATES_KBPS[version === 'mpeg1' ? 'mpeg1' : 'mpeg2'][third >> 4];
	const sampleRate = SAMPLE_RATES[version][(third >> 2) & 0b11];
	if (!bitrate || !sampleRate) return undefined;
	const samples = version === 'mpeg1' ? 1152 : 576;
	const padding = (third >> 1) & 1;
	return { length: Math.floor(((samples / 8) * bitrate * 1000) / sampleRate) + padding, samples, sampleRate };
}
