/** What a page needs to know about a recording to decide whether it shows a player. */
interface Recording {
	kind: 'video' | 'audio' | 'transcript';
	embed?: string | undefined;
}

/**
 * The address of the player an event page shows for a recording, if it shows one: a video or an
 * audio recording with an `embed` address. A transcript is read, not played, so its `embed` is
 * ignored. The same rule decides which players' sites the Content-Security-Policy lets pages frame.
 */
export function playerAddress(recording: Recording): string | undefined {
	return recording.kind === 'transcript' ? undefined : recording.embed;
}
