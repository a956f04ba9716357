interface ImportMetaEnv {
	/**
	 * True in `astro dev` only, whatever NODE_ENV says (set by src/integrations/dev-server-flag.ts):
	 * drafts are previewed there, and pages carry no Content-Security-Policy, because the dev server
	 * injects inline scripts and styles of its own that the policy would rightly block.
	 */
	readonly VIGIL_DEV_SERVER: boolean;
}

/** webvtt-parser (https://github.com/w3c/webvtt.js) ships no types: the part Vigil uses (src/media/webvtt.ts). */
declare module 'webvtt-parser' {
	/** A node of a cue's text: text, a tag (b, i, u, c, ruby, rt, v with its speaker, lang), or a timestamp. */
	export interface WebVTTNode {
		type: 'text' | 'object' | 'timestamp';
		/** The text; a <v> or <lang> tag's annotation (the speaker, the language); a timestamp's seconds. */
		value?: string | number;
		name?: string;
		classes?: string[];
		children?: WebVTTNode[];
	}
	export interface WebVTTCue {
		id: string;
		startTime: number;
		endTime: number;
		text: string;
		tree: { children: WebVTTNode[] };
	}
	export interface WebVTTError {
		message: string;
		/** The line of the file, from 1. */
		line: number;
		col?: number;
	}
	/** Named character references (e.g. "&amp;") and the characters they stand for, as the package's html-entities.json holds them. */
	export type WebVTTEntities = Record<string, string>;
	class WebVTTParser {
		constructor(entities?: WebVTTEntities);
		parse(input: string, mode?: 'metadata' | 'chapters'): { cues: WebVTTCue[]; errors: WebVTTError[] };
	}
	class WebVTTCueTimingsAndSettingsParser {
		constructor(line: string, errorHandler: (message: string, col: number) => void);
		parse(cue: { startTime?: number; endTime?: number }, previousCueStart: number): true | undefined;
	}
	// A CommonJS module that sets its exports at run time, which Node cannot list as named exports: import the default.
	const webvtt: { WebVTTParser: typeof WebVTTParser; WebVTTCueTimingsAndSettingsParser: typeof WebVTTCueTimingsAndSettingsParser };
	export default webvtt;
}
