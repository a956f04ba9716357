/**
 * Placeholders: text that `npm run new` writes for the organiser to replace. A new entry starts as a
 * draft, so its placeholders never reach visitors; the content checker warns about any still left
 * once the draft line is removed. Both read the rule here.
 */

/** How placeholders begin. */
export const PLACEHOLDER = 'TODO:';

/** Whether a value is a placeholder left by `npm run new`. */
export function isPlaceholder(value: unknown): boolean {
	return typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER);
}
