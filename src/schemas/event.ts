import { z } from 'astro/zod';
import { localDateTime, timeZoneName } from './dates';
import { checkLiveStreamTimes, liveStreamSchema } from './live-stream';
import { imageSchema } from './image';
import { webAddress } from './link';
import { mediaSchema } from './media';
import { venueSchema } from './place';
import { entrySlug, publishingFields } from './publishing';
import { programmeItemSchema, programmeTimeProblems } from './programme';
import { recordingSchema } from './recording';

/** What kind of gathering an event is. */
export const eventKinds = ['memorial-ceremony', 'day-of-remembrance', 'launch', 'panel', 'exhibition', 'other'] as const;
/** How people take part. */
export const attendanceModes = ['in-person', 'online', 'mixed'] as const;
/** Whether the event goes ahead as announced. */
export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

/** A memorial event, ceremony or commemoration: one file in content/events/<locale>/. */
export function eventSchema<Source extends z.ZodTypeAny>(imageSource: Source) {
	return z
		.object({
			/** The event's name as it should appear in listings and on its page. */
			title: z.string().trim().min(1),
			/** One or two sentences saying what the event is and who it honours. */
			summary: z.string().trim().min(1),
			/** What kind of event this is. */
			kind: z.enum(eventKinds),
			/** When it begins, as local wall-clock time in `timeZone`, e.g. 2021-09-11T08:30. */
			start: localDateTime,
			/** When it ends, in the same time zone; must come after `start`. */
			end: localDateTime.optional(),
			/** The IANA time zone the times are written in, e.g. America/New_York. */
			timeZone: timeZoneName,
			/** True for an event that lasts whole days; times of day are then not shown. */
			allDay: z.boolean().default(false),
			/** Whether people attend in person, online or both. */
			attendance: z.enum(attendanceModes).default('in-person'),
			/** Where it takes place; required unless attendance is online. */
			venue: venueSchema.optional(),
			/** Where to watch or join online. */
			onlineUrl: webAddress.optional(),
			/** A live stream of the event, which the page offers with "Watch live" only while the event is on. */
			liveStream: liveStreamSchema.optional(),
			/** Where to register, if registration is needed. */
			registrationUrl: webAddress.optional(),
			/** The organisations or people who organise it. */
			organisers: z.array(z.string().trim().min(1)).default([]),
			/** The attack the event commemorates: the file name of an entry in content/incidents/, e.g. nairobi-2013. */
			incident: entrySlug.optional(),
			/** The recurring observance this event is an edition of: a file name in content/series/<locale>/. */
			series: entrySlug.optional(),
			/** Whether the event goes ahead as announced. */
			status: z.enum(eventStatuses).default('scheduled'),
			/** For a rescheduled event: when it was first meant to begin, in the same time zone. */
			previousStart: localDateTime.optional(),
			/** The order of service: what happens when, and who speaks or performs, in order. */
			programme: z.array(programmeItemSchema).default([]),
			/** Recordings and transcripts published after the event. */
			recordings: z.array(recordingSchema).default([]),
			/** Audio and video files the site serves itself, with captions and a transcript, e.g. the ceremony's readings. */
			media: z.array(mediaSchema(imageSource)).default([]),
			/** A photograph or picture for the event's page and cards. */
			image: imageSchema(imageSource).optional(),
			...publishingFields,
		})
		.superRefine((event, ctx) => {
			if (event.attendance !== 'online' && !event.venue) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['venue'],
					message: `expected a venue with name, city and country for an event with attendance "${event.attendance}"; for an online-only event set attendance: online`,
				});
			}
			if (event.end && event.end <= event.start) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['end'],
					message: `expected an end after the start (${event.start})`,
				});
			}
			// Only against a valid end: an end before the start is reported above, and every item would seem out of place.
			if (!event.end || event.end > event.start) {
				for (const { index, message } of programmeTimeProblems(event)) {
					ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['programme', index, 'time'], message });
				}
			}
			if (event.liveStream) checkLiveStreamTimes(event, event.liveStream, ctx);
			if (event.status === 'rescheduled' && !event.previousStart) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['previousStart'],
					message: 'expected the originally announced start time of a rescheduled event, e.g. 2027-04-19T10:00',
				});
			}
		});
}

export type EventData = z.output<ReturnType<typeof eventSchema<z.ZodString>>>;
