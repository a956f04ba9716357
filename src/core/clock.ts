/**
 * The moment the archive is built for. Upcoming and past, open and closed, and scheduled entries are
 * all decided against it. VIGIL_NOW (an ISO date-time) pins it, so tests and reproducible builds do
 * not depend on the day they run; otherwise it is the real time of the build.
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
	const pinned = env.VIGIL_NOW?.trim();
	if (!pinned) return new Date();
	const parsed = new Date(pinned);
	// Without Z or an offset, Date would read the time in the machine's zone: a pinned clock must
	// name the same moment on every machine.
	if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(pinned) || Number.isNaN(parsed.getTime())) {
		throw new Error(`VIGIL_NOW: expected an ISO date-time such as 2026-11-28T12:00:00Z, found ${JSON.stringify(pinned)}`);
	}
	return parsed;
}
