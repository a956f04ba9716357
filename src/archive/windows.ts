import { hasEnded } from './has-ended';
import { zonedInstant } from '../core/time';
import { utcDay } from './publication';

/**
 * The moment a banner stops being shown: the start of the day after its last one. Days are UTC
 * days, as publish dates are, so a banner changes at the same moment for every visitor.
 */
export function bannerEndInstant(banner: { until: string }): Date {
	const [year = 1970, month = 1, day = 1] = banner.until.slice(0, 10).split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day + 1));
}

/** A banner is shown from its first day to its last, inclusive, compared as calendar days. */
export function isBannerCurrent(banner: { from: string; until: string }, now: Date): boolean {
	return banner.from <= utcDay(now) && !hasEnded(bannerEndInstant(banner), now);
}

/** The moment a call closes: its deadline in its own time zone. */
export function callDeadlineInstant(call: { deadline: string; timeZone: string }): Date {
	return zonedInstant(call.deadline, call.timeZone);
}

/** A call is open until its deadline passes in its own time zone. */
export function isCallOpen(call: { deadline: string; timeZone: string }, now: Date): boolean {
	return !hasEnded(callDeadlineInstant(call), now);
}
