import { z } from 'astro/zod';
import { localDateTime, timeZoneName } from './dates';
import { webAddress } from './link';
import { publishingFields } from './publishing';

/**
 * A dated call to action, such as "submit your question to our expert before 20 March 2018":
 * one file in content/calls/<locale>/. The body of the file says more.
 */
export const callSchema = z
	.object({
		/** The call's heading, e.g. "Ask our expert on the human rights of victims of terrorism". */
		title: z.string().trim().min(1),
		/** One sentence saying what is asked of the visitor. */
		text: z.string().trim().min(1),
		/** The last moment to respond, as local wall-clock time in `timeZone`, e.g. 2018-03-20T23:59. */
		deadline: localDateTime,
		/** The IANA time zone the deadline is written in. */
		timeZone: timeZoneName,
		/** Where to respond online. */
		url: webAddress.optional(),
		/** Where to respond by email. */
		email: z.string().email().optional(),
		...publishingFields,
	})
	.refine((call) => call.url || call.email, {
		path: ['url'],
		message: 'expected a url or an email address where visitors can respond',
	});

export type CallData = z.output<typeof callSchema>;
