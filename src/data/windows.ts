import { utcDay } from './publication';
import { zonedInstant } from '../lib/time';

/** A banner is shown from its first day to its last, inclusive, compared as calendar days. */
export function isBannerCurrent(banner: { from: string; until: string }, now: Date): boolean {
	const today = utcDay(now);
	return banner.from <= today && today <= banner.until;
}

/** A call is open until its deadline passes in its own time zone. */
export function isCallOpen(call: { deadline: string; timeZone: string }, now: Date): boolean {
	return zonedInstant(call.deadline, call.timeZone).getTime() > now.getTime();
}
