import { z } from 'astro/zod';
import { calendarDate } from './dates';

/** Whether the person telling the story has agreed to its publication. */
export const consentStatuses = ['given', 'withdrawn'] as const;
/** Whether the story may name the people in it. */
export const consentScopes = ['named', 'anonymous'] as const;

/**
 * The storyteller's consent. Every story needs one: a story with status "withdrawn" disappears from
 * everything the build produces, and scope "anonymous" keeps real names off the page.
 */
export const consentSchema = z.object(
	{
		/** "given" to publish; "withdrawn" removes the story from the whole site at the next build. */
		status: z.enum(consentStatuses),
		/** The day consent was recorded (or withdrawn), e.g. 2024-03-02. */
		recordedOn: calendarDate,
		/** "named" when names may be shown; "anonymous" when the narrator is not named and remembered people go by pseudonyms. */
		scope: z.enum(consentScopes),
	},
	{
		errorMap: (issue, ctx) =>
			issue.code === 'invalid_type' && ctx.data === undefined
				? { message: 'expected a consent block with status, recordedOn and scope; no story is published without recorded consent' }
				: { message: ctx.defaultError },
	},
);

export type Consent = z.output<typeof consentSchema>;
