/** Something wrong (or worth a look) in the organiser's content, said so that they can fix it. */
export interface Problem {
	/** The file, relative to the project folder, e.g. content/stories/en/amal.md. */
	file: string;
	/** The line in that file, where it is known. */
	line?: number;
	/** The field, as a dotted path, e.g. consent.status; "(file)" for the file as a whole. */
	field: string;
	/** What is expected, in plain words. */
	message: string;
	/** What was found, already quoted for display, where it helps. */
	found?: string;
	/** A concrete next step, where the message alone may not be enough. */
	hint?: string;
	/** Errors stop the build; warnings are shown and the build goes on. */
	severity: 'error' | 'warning';
}

const MAX_FOUND_LENGTH = 60;

/** Quotes a value from the content the way the organiser wrote it, shortened if long. */
export function describeFound(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (value instanceof Date) return value.toISOString();
	const text = JSON.stringify(value) ?? String(value);
	return text.length > MAX_FOUND_LENGTH ? `${text.slice(0, MAX_FOUND_LENGTH - 1)}…` : text;
}

/** One problem as one or two lines: "file:line: field: expected …, found …" and an indented hint. */
export function formatProblem(problem: Problem): string {
	const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const found = problem.found === undefined ? '' : `, found ${problem.found}`;
	const label = problem.severity === 'warning' ? 'warning: ' : '';
	const hint = problem.hint ? `\n    hint: ${problem.hint}` : '';
	return `${label}${place}: ${problem.field}: ${problem.message}${found}${hint}`;
}

/** A whole report, errors first, with a closing count. */
export function formatReport(problems: Problem[]): string {
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	const lines = [...errors, ...warnings].map(formatProblem);
	const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	lines.push(`${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}.`);
	return lines.join('\n');
}
