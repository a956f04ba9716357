/** The samples of a mono 16-bit PCM WAV file, and how many of them make a second. */
export interface PcmAudio {
	sampleRate: number;
	samples: Int16Array;
}

/**
 * Reads a mono 16-bit PCM WAV file, such as espeak-ng writes. It walks the RIFF chunks rather than
 * assuming a 44-byte header, and when the data chunk claims more bytes than there are (espeak-ng
 * writing to a pipe cannot go back to fill in the size, and leaves 0x7ffff000 or so) it takes what
 * is there.
 */
export function readWav(bytes: Buffer): PcmAudio {
	if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a RIFF WAVE file');
	let sampleRate: number | undefined;
	let offset = 12;
	while (offset + 8 <= bytes.length) {
		const id = bytes.toString('ascii', offset, offset + 4);
		const size = bytes.readUInt32LE(offset + 4);
		const body = offset + 8;
		if (id === 'fmt ') {
			const format = bytes.readUInt16LE(body);
			const channels = bytes.readUInt16LE(body + 2);
			const bitsPerSample = bytes.readUInt16LE(body + 14);
			if (format !== 1 || channels !== 1 || bitsPerSample !== 16) {
				throw new Error(`expected mono 16-bit PCM, found format ${format}, ${channels} channels, ${bitsPerSample} bits`);
			}
			sampleRate = bytes.readUInt32LE(body + 4);
		} else if (id === 'data') {
			if (sampleRate === undefined) throw new Error('the data chunk comes before the fmt chunk');
			const end = Math.min(bytes.length, body + size);
			const count = Math.floor((end - body) / 2);
			const samples = new Int16Array(count);
			for (let index = 0; index < count; index++) samples[index] = bytes.readInt16LE(body + index * 2);
			return { sampleRate, samples };
		}
		// RIFF chunks are padded to an even length.
		offset = body + size + (size % 2);
	}
	throw new Error('no data chunk');
}
