import type { z } from 'astro/zod';
import { describeFound, type Problem } from './problem';

const TYPE_WORDS: Record<string, string> = {
	string: 'text',
	number: 'a number',
	integer: 'a whole number',
	boolean: 'true or false',
	array: 'a list (lines starting with "- ")',
	object: 'a group of indented fields',
	date: 'a date',
};

function valueAt(data: unknown, path: (string | number)[]): unknown {
	let value: unknown = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[key];
	}
	return value;
}

function quoteList(options: readonly unknown[]): string {
	const quoted = options.map((option) => JSON.stringify(option));
	return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** Rewrites one zod issue as what the organiser expected to write. */
function expectationOf(issue: z.ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.received === 'undefined' && !issue.message.startsWith('expected')) {
				return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}; this field is required`;
			}
			return issue.message.startsWith('expected') ? issue.message : `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
		case 'invalid_enum_value':
			return `expected ${quoteList(issue.options)}`;
		case 'invalid_literal':
			return `expected ${JSON.stringify(issue.expected)}`;
		case 'invalid_string':
			if (issue.validation === 'url') return 'expected a full web address starting with https://';
			if (issue.validation === 'email') return 'expected an email address such as events@example.org';
			return issue.message.startsWith('expected') ? issue.message : `expected text in the right form (${issue.message})`;
		case 'too_small':
			if (issue.type === 'string') return 'expected some text; this field cannot be empty';
			if (issue.type === 'array') return `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
			return `expected ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
		case 'too_big':
			return `expected ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
		case 'invalid_union':
			return issue.message.startsWith('expected') ? issue.message : 'expected a value of another form';
		default:
			return issue.message.startsWith('expected') ? issue.message : `expected ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
	}
}

/** Turns zod's issues for one file into problems that name the field, what was found and what was expected. */
export function problemsFromZod(
	issues: z.ZodIssue[],
	data: unknown,
	file: string,
	lineOf: (path: (string | number)[]) => number,
): Problem[] {
	return issues.map((issue) => {
		const found = valueAt(data, issue.path);
		return {
			file,
			line: lineOf(issue.path),
			field: issue.path.length ? issue.path.join('.') : '(frontmatter)',
			message: expectationOf(issue),
			found: describeFound(found),
			severity: 'error',
		};
	});
}
