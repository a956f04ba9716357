/**
 * The axe rules switched off for particular elements, each with the reason. The accessibility sweep
 * (accessibility.test.ts) drops a violation of `rule` on an element that matches `selector` on a page
 * whose path matches `pages`, and fails when an exception no longer matches anything, so that the
 * list cannot outlive its reasons. Fix the page rather than add a line here: an exception is only for
 * a rule that is wrong about an element (a known false positive of axe), never for a real barrier.
 */
export interface AxeException {
	/** The axe rule id, e.g. "color-contrast". */
	rule: string;
	/** A CSS selector for the elements the rule is wrong about. */
	selector: string;
	/** Which pages, as a pattern of the path within the site; every page when omitted. */
	pages?: RegExp;
	/** Why the rule is wrong here, with a link to the axe issue or the WCAG text where there is one. */
	reason: string;
}

export const axeExceptions: AxeException[] = [];
