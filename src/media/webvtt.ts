import { readFileSync } from 'node:fs';
import webvtt, { type WebVTTNode } from 'webvtt-parser';
import htmlEntities from 'webvtt-parser/html-entities.json';

const { WebVTTCueTimingsAndSettingsParser, WebVTTParser } = webvtt;

/*
 * WebVTT caption files read with webvtt-parser, the W3C's own parser and validator
 * (https://github.com/w3c/webvtt.js). Its default table of character references turns "&amp;" into
 * "&;", so it is given the full HTML table it ships, which is what browsers decode.
 */

/** A caption cue as the transcript shows it: its times, its words as plain text and who says them. */
export interface CaptionCue {
	/** Seconds from the start of the recording. */
	start: number;
	end: number;
	/** The cue's words, without markup: tags are dropped, character references decoded. */
	text: string;
	/** The speaker a <v Name> voice span names, if the cue has one. */
	speaker?: string | undefined;
}

/** A cue's timing line in the file, in the file's order. */
export interface CueTiming {
	/** The line of the file, from 1. */
	line: number;
	start: number;
	end: number;
}

/** What reading a caption file found. */
export interface ParsedCaptions {
	/** The cues, by start time. */
	cues: CaptionCue[];
	/** Where the file breaks the WebVTT format, with its line, from 1. */
	errors: { line: number; message: string }[];
	/** Every cue's timing line that could be read, in the order of the file. */
	timings: CueTiming[];
}

/** webvtt-parser's message for a cue that starts before the one above it, which the checker words itself. */
export const OUT_OF_ORDER_MESSAGE = 'Start timestamp is not greater than or equal to start timestamp of previous cue.';

/** Reads a WebVTT file. Cue text errors (a stray "&", an unknown tag) are ignored, as browsers ignore them. */
export function parseCaptions(text: string): ParsedCaptions {
	// 'metadata' mode skips the checks of cue text, which browsers read leniently.
	const { cues, errors } = new WebVTTParser(htmlEntities).parse(text, 'metadata');
	return {
		cues: cues.map((cue) => ({ start: cue.startTime, end: cue.endTime, text: plainText(cue.tree.children), speaker: firstSpeaker(cue.tree.children) })),
		errors: errors.map(({ line, message }) => ({ line, message })),
		timings: cueTimings(text),
	};
}

/** The timing lines ("00:01.000 --> 00:04.000") of a file, read with the parser's own timestamp rules. */
function cueTimings(text: string): CueTiming[] {
	const timings: CueTiming[] = [];
	text.split(/\r\n|\r|\n/).forEach((line, index) => {
		if (!line.includes('-->')) return;
		const cue: { startTime?: number; endTime?: number } = {};
		const read = new WebVTTCueTimingsAndSettingsParser(line, () => undefined).parse(cue, 0);
		if (read && cue.startTime !== undefined && cue.endTime !== undefined) timings.push({ line: index + 1, start: cue.startTime, end: cue.endTime });
	});
	return timings;
}

/** A cue's words with its markup taken away; ruby annotations (<rt>) left out, line breaks as spaces. */
function plainText(nodes: readonly WebVTTNode[]): string {
	const words = (list: readonly WebVTTNode[]): string =>
		list.map((node) => (node.type === 'text' ? String(node.value ?? '') : node.type === 'object' && node.name !== 'rt' ? words(node.children ?? []) : '')).join('');
	return words(nodes).replace(/\s+/g, ' ').trim();
}

/** The speaker of the first <v> voice span in a cue. */
function firstSpeaker(nodes: readonly WebVTTNode[]): string | undefined {
	for (const node of nodes) {
		if (node.type !== 'object') continue;
		if (node.name === 'v' && typeof node.value === 'string' && node.value.trim()) return node.value.trim();
		const inner = firstSpeaker(node.children ?? []);
		if (inner) return inner;
	}
	return undefined;
}

const readFiles = new Map<string, ParsedCaptions>();

/** A caption file read and parsed once per build, however many pages (one per locale) show it. */
export function readCaptions(file: string): ParsedCaptions {
	let parsed = readFiles.get(file);
	if (!parsed) {
		parsed = parseCaptions(readFileSync(file, 'utf8'));
		readFiles.set(file, parsed);
	}
	return parsed;
}
