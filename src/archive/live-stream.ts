import type { LiveStream } from '../schemas/live-stream';
import { zonedInstant } from '../core/time';
import { endInstant, type EventTiming } from './event-timeline';

/** The instants between which an event's page says "Watch live". */
export interface StreamWindow {
	opens: Date;
	closes: Date;
}

/**
 * When the live stream is on air: from its own start, or the event's, until its own end, or the
 * event's (for an all-day event, the end of its last day, as for "This event has ended").
 */
export function streamWindow(event: EventTiming, stream: LiveStream): StreamWindow {
	return {
		opens: zonedInstant(stream.start ?? event.start, event.timeZone),
		closes: stream.end ? zonedInstant(stream.end, event.timeZone) : endInstant(event),
	};
}
