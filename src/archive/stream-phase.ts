/**
 * Where a live stream stands at a moment: not yet begun, on air, or over. The build decides it for its
 * own day and the browser decides it again with the visitor's clock (src/client/vigil-live-stream.ts),
 * with the same rule as "This event has ended" (./has-ended.ts). It imports nothing else, so that the
 * browser's copy stays a few bytes.
 */
import { hasEnded } from './has-ended';

export type StreamPhase = 'before' | 'live' | 'after';

/**
 * The phase of a stream that opens at `opens` and closes at `closes` (instants or their ISO 8601
 * text), at `now`: live from the very instant it opens until the instant it closes. Undefined when a
 * moment cannot be read, so that the page keeps what the build decided.
 */
export function streamPhase(opens: Date | string, closes: Date | string, now: Date): StreamPhase | undefined {
	const instant = (moment: Date | string) => (typeof moment === 'string' ? Date.parse(moment) : moment.getTime());
	if (Number.isNaN(instant(opens)) || Number.isNaN(instant(closes))) return undefined;
	if (hasEnded(closes, now)) return 'after';
	return hasEnded(opens, now) ? 'live' : 'before';
}

/** How long until the phase next changes at `now`, in milliseconds; undefined once the stream is over. */
export function untilNextPhase(opens: Date | string, closes: Date | string, now: Date): number | undefined {
	const phase = streamPhase(opens, closes, now);
	if (phase === undefined || phase === 'after') return undefined;
	const next = new Date(phase === 'before' ? opens : closes).getTime();
	return Math.max(0, next - now.getTime());
}
