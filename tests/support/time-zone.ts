/** Runs `body` with process.env.TZ set to `zone`, then puts the previous value back. */
export function inTimeZone<T>(zone: string, body: () => T): T {
	const previous = process.env.TZ;
	process.env.TZ = zone;
	try {
		return body();
	} finally {
		if (previous === undefined) delete process.env.TZ;
		else process.env.TZ = previous;
	}
}
