import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatTimestamp } from '../i18n/display-names';
import { locateMediaFile, MEDIA_FOLDER, type MediaLocation } from '../media/media-location';
import { OUT_OF_ORDER_MESSAGE, parseCaptions } from '../media/webvtt';
import { mediaDuration } from '../schemas/media';
import type { Problem } from './problem';
import { firstLineNotUtf8 } from './text-encoding';

/**
 * The recordings that entries serve themselves (`media`, src/schemas/media.ts): every file they name
 * must be there, inside the archive's media/ folder or in public/, and every caption file must be
 * WebVTT that a browser reads as written, its cues in order and within the recording. Problems in a
 * caption file are reported at the caption file's own line. The schema has already reported fields of
 * the wrong form and language codes that are not ones.
 */

/** An entry as far as its media go. */
export interface EntryWithMedia {
	/** The entry file, as reports name it. */
	file: string;
	/** The entry file on disk, which relative paths start from. */
	absolute: string;
	data: Record<string, unknown>;
	lineOf: (path: (string | number)[]) => number;
}

/**
 * Durations are written to the second (2:35) while files run to the millisecond: a cue may end up to
 * this many seconds after the written duration before it is called beyond the recording.
 */
const DURATION_ROUNDING = 1;

/** Where the checker looks, and how it names files. */
export interface MediaCheckOptions {
	/** The archive's folder. */
	root: string;
	/** The folder of files served as they are (public/). */
	publicDir: string;
	display: (file: string) => string;
}

/** Every problem with the media files the entries name, at once. */
export function mediaFileProblems(entries: readonly EntryWithMedia[], options: MediaCheckOptions): Problem[] {
	const problems: Problem[] = [];
	const reported = new Set<string>();
	const report = (problem: Problem) => {
		// A caption file several entries share (an entry and its translations) is reported once.
		const key = `${problem.file}\0${problem.line ?? ''}\0${problem.field}\0${problem.message}`;
		if (!reported.has(key)) problems.push(problem);
		reported.add(key);
	};
	for (const entry of entries) {
		const media = entry.data.media;
		if (!Array.isArray(media)) continue;
		media.forEach((item: unknown, index) => {
			if (!item || typeof item !== 'object') return;
			const { src, duration, captions } = item as { src?: unknown; duration?: unknown; captions?: unknown };
			checkFile(entry, src, ['media', index, 'src'], options, report);
			const seconds = mediaDuration.safeParse(duration);
			if (!Array.isArray(captions)) return;
			captions.forEach((track: unknown, trackIndex) => {
				const trackSrc = (track as { src?: unknown } | null)?.src;
				const file = checkFile(entry, trackSrc, ['media', index, 'captions', trackIndex, 'src'], options, report);
				if (file) checkCaptionFile(file, seconds.success ? seconds.data : undefined, entry, options, report);
			});
		});
	}
	return problems;
}

/** Checks that a named file is there; returns it on disk when it is. */
function checkFile(entry: EntryWithMedia, src: unknown, fieldPath: (string | number)[], { root, publicDir, display }: MediaCheckOptions, report: (problem: Problem) => void): string | undefined {
	// A path of the wrong form has been reported by the schema.
	if (typeof src !== 'string' || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim())) return undefined;
	const location: MediaLocation = locateMediaFile(src.trim(), entry.absolute, root);
	const at = { file: entry.file, line: entry.lineOf(fieldPath), field: fieldPath.join('.'), found: JSON.stringify(src), severity: 'error' as const };
	if (location.in === 'elsewhere') {
		report({
			...at,
			message: `expected a file inside the archive's ${MEDIA_FOLDER}/ folder (${display(path.join(root, MEDIA_FOLDER))}/), but this path leads to ${display(location.file)}`,
			hint: `put recordings and caption files in ${display(path.join(root, MEDIA_FOLDER))}/ and write the path from this file, e.g. ../../${MEDIA_FOLDER}/testimony.mp3`,
		});
		return undefined;
	}
	const file = location.in === 'archive' ? location.file : path.join(publicDir, decodeURI(location.sitePath.replace(/[?#].*$/, '')));
	if (!existsSync(file) || !statSync(file).isFile()) {
		report({
			...at,
			message:
				location.in === 'archive'
					? `expected a file at ${display(file)}, but there is no such file; check the spelling and the number of ../`
					: `expected a file at ${display(file)} (a path starting with / is a file in public/), but there is no such file`,
		});
		return undefined;
	}
	return file;
}

/** Problems inside a caption file, at its own lines: what breaks WebVTT, cues out of order, cues beyond the recording's end. */
function checkCaptionFile(file: string, duration: number | undefined, entry: EntryWithMedia, { display }: MediaCheckOptions, report: (problem: Problem) => void): void {
	const shown = display(file);
	const bytes = readFileSync(file);
	const notUtf8 = firstLineNotUtf8(bytes);
	if (notUtf8 !== undefined) {
		report({
			file: shown,
			line: notUtf8,
			field: '(captions)',
			message: 'expected a caption file saved as UTF-8, which WebVTT requires, but this line has a character in another encoding',
			hint: 'open the file and save it again choosing UTF-8',
			severity: 'error',
		});
	}
	const { errors, timings } = parseCaptions(bytes.toString('utf8'));
	const hint = 'see "How to make a caption file" in docs/organisers-guide.md';
	for (const error of errors) {
		// Cues out of order are reported below, in words of our own.
		if (error.message === OUT_OF_ORDER_MESSAGE) continue;
		report({ file: shown, line: error.line, field: '(captions)', message: `expected a WebVTT caption file: ${error.message}`, hint, severity: 'error' });
	}
	timings.forEach((cue, index) => {
		const previous = timings[index - 1];
		if (previous && cue.start < previous.start) {
			report({
				file: shown,
				line: cue.line,
				field: '(captions)',
				message: `expected each cue to start at or after the one before it (at ${clock(previous.start)}, line ${previous.line}); cues must be in the order they are spoken`,
				found: clock(cue.start),
				severity: 'error',
			});
		}
		if (duration !== undefined && cue.end > duration + DURATION_ROUNDING) {
			report({
				file: shown,
				line: cue.line,
				field: '(captions)',
				message: `expected the cue to end within the recording, which lasts ${clock(duration)} (duration in ${entry.file})`,
				found: `a cue ending at ${clock(cue.end)}`,
				hint: 'correct the cue\'s times, or the duration if the recording is longer',
				severity: 'error',
			});
		}
	});
}

/** A moment as a player shows it, with tenths where the second alone would hide the difference, e.g. 0:19.4. */
function clock(seconds: number): string {
	const tenths = Math.round((seconds % 1) * 10);
	return tenths === 0 || tenths === 10 ? formatTimestamp(Math.round(seconds), 'en') : `${formatTimestamp(Math.floor(seconds), 'en')}.${tenths}`;
}
