import { z } from 'astro/zod';

/**
 * An embed's origin, as it goes into frame-src. Only plain https origins (letters, digits, dots,
 * hyphens, a port): the WHATWG URL parser lets through characters such as ";" in a host, and a ";"
 * in a policy would start a directive of its own.
 */
const SAFE_ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d+)?$/;

/**
 * The origins (scheme, host, port) of the player addresses recordings embed, sorted and without
 * repeats. frame-src names origins, not whole addresses: a player may redirect within its own site,
 * and after a redirect CSP matches on the origin only
 * (https://www.w3.org/TR/CSP3/#source-list-paths-and-redirects).
 */
export function embedOrigins(addresses: Iterable<string>): string[] {
	const origins = new Set<string>();
	for (const address of addresses) {
		// The schema below already refuses such addresses; this is the last guard before one reaches
		// the Content-Security-Policy of every page (src/security/security-policy.ts).
		if (!isFrameableAddress(address)) throw new Error(`a recording's embed "${address}" must be an https:// address on a plain host name`);
		origins.add(new URL(address).origin);
	}
	return [...origins].sort();
}

/** Whether a player address can be named in frame-src: an https:// address whose origin is plain. */
export function isFrameableAddress(address: string): boolean {
	return URL.canParse(address) && SAFE_ORIGIN.test(new URL(address).origin);
}

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
