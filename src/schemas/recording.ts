import { z } from 'astro/zod';
import { isFrameableAddress } from '../lib/security-policy';

/** What a recording holds. */
export const recordingKinds = ['video', 'audio', 'transcript'] as const;

/** A recording or transcript of an event, published after it. */
export const recordingSchema = z.object({
	/** Whether it is a video, an audio recording or a transcript. */
	kind: z.enum(recordingKinds),
	/** What the recording is called, e.g. "Full ceremony". */
	title: z.string().trim().min(1),
	/** Where it can be watched, heard or read: a web address or a file in public/, e.g. /files/transcript.pdf. */
	url: z.string().trim().regex(/^(https:\/\/|\/)/, 'expected a web address starting with https:// or a path in public/ starting with /'),
	/** A player page on another site to show the recording on this page, e.g. https://www.youtube-nocookie.com/embed/<id>; loaded only when the visitor presses play. */
	embed: z
		.string()
		.trim()
		.url()
		.startsWith('https://', 'expected a player address starting with https://')
		// The player's site goes into every page's Content-Security-Policy (frame-src), where a ";"
		// or other unusual character in a host name would change the policy itself. (Addresses that
		// are not https:// web addresses at all get the messages above, not this one too.)
		.refine((address) => !address.startsWith('https://') || !URL.canParse(address) || isFrameableAddress(address), 'expected a player address on a plain host name (letters, digits, dots and hyphens), e.g. https://www.youtube-nocookie.com/embed/<id>')
		.optional(),
	/** The language the recording is in, as a language code such as en or fr. */
	language: z.string().trim().min(2).optional(),
	/** How long it runs, in minutes. */
	minutes: z.number().int().positive().optional(),
});
