import { Mp3Encoder } from '@breezystack/lamejs';

/**
 * 32 kbit/s, mono: plenty for a synthesised voice at 22050 Hz (MPEG-2 layer III), and small enough
 * that a minute of testimony stays under the sample archive's budget.
 */
const BITRATE_KBPS = 32;
/** lamejs takes its input in blocks; 1152 samples is one MPEG-1 frame, a size it handles well. */
const BLOCK = 1152;

/**
 * Encodes mono samples as a constant-bitrate MP3. lamejs writes frames only: no ID3 tag and no
 * Xing/LAME header, so the file holds no metadata, and the same samples always give the same bytes.
 */
export function encodeMp3(samples: Int16Array, sampleRate: number): Buffer {
	const encoder = new Mp3Encoder(1, sampleRate, BITRATE_KBPS);
	const parts: Buffer[] = [];
	// lamejs returns Int8Arrays, whatever its types say; Buffer.from views the same bytes without copying.
	const keep = (part: ArrayBufferView) => parts.push(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
	for (let start = 0; start < samples.length; start += BLOCK) keep(encoder.encodeBuffer(samples.subarray(start, start + BLOCK)));
	keep(encoder.flush());
	return Buffer.concat(parts);
}
