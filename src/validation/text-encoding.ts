/**
 * Whether a file's text is UTF-8, and if not, where it stops being. A file saved as Latin-1 or
 * Windows-1252 (as older editors on Windows do) builds with "�" in place of every accented letter;
 * the checker names the line of the first byte that is not UTF-8 instead.
 */

/** Whether the first `length` bytes are UTF-8, a multi-byte character cut at the end allowed. */
function isUtf8Prefix(bytes: Uint8Array, length: number): boolean {
	try {
		// stream: true keeps a character that the cut splits in two for later, instead of calling it an error.
		new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
		return true;
	} catch {
		return false;
	}
}

/**
 * The line (from 1) of the first byte that is not UTF-8, or undefined when the whole text is. Found
 * by halving: a prefix that is not UTF-8 stays so however much longer it gets, so the WHATWG
 * decoder, asked about prefixes, finds the first bad byte in a few dozen reads.
 */
export function firstLineNotUtf8(bytes: Uint8Array): number | undefined {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return undefined;
	} catch {
		// Not UTF-8 somewhere: find where below.
	}
	let good = 0;
	let bad = bytes.length;
	while (bad - good > 1) {
		const middle = Math.floor((good + bad) / 2);
		if (isUtf8Prefix(bytes, middle)) good = middle;
		else bad = middle;
	}
	let line = 1;
	for (let index = 0; index < bad - 1; index += 1) if (bytes[index] === 0x0a) line += 1;
	return line;
}
