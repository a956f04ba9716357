import { z } from 'astro/zod';
import { localDateTime } from './dates';
import { webAddress } from './link';

/** An event's live stream: where to watch it, and when the broadcast starts and stops if not with the event. */
export const liveStreamSchema = z.object({
	/** Where to watch it live, e.g. https://webtv.un.org/en/schedule/2027-08-21. */
	url: webAddress,
	/** When the broadcast begins, in the event's time zone, if before the event itself (e.g. 15 minutes early); otherwise the event's start. */
	start: localDateTime.optional(),
	/** When the broadcast stops, in the event's time zone, if not at the event's end. */
	end: localDateTime.optional(),
});

export type LiveStream = z.output<typeof liveStreamSchema>;

/** The times of an event that a live stream is read against (local wall-clock times in one zone). */
interface StreamedEvent {
	start: string;
	end?: string | undefined;
	allDay: boolean;
}

/**
 * The live stream's times must make a window: the page says "Watch live" from its start until its
 * end, so a stream needs an end (its own, or the event's), and that end must come after the start.
 */
export function checkLiveStreamTimes(event: StreamedEvent, stream: LiveStream, ctx: z.RefinementCtx): void {
	const start = stream.start ?? event.start;
	const end = stream.end ?? event.end;
	// An all-day event ends at the end of its last day, so it always has an end.
	if (!end && !event.allDay) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: ['liveStream', 'end'],
			message: `expected an end for the live stream, so that the page stops saying "Watch live": give the event an end, or the stream one, e.g. end: ${event.start.slice(0, 10)}T12:00`,
		});
		return;
	}
	if (end && end <= start) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: stream.end ? ['liveStream', 'end'] : ['liveStream', 'start'],
			message: `expected the live stream to start before it ends (${start} to ${end})`,
		});
	}
}
