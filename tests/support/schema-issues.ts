import type { z } from 'astro/zod';

/** One zod issue, as the organiser would read its location and words. */
export interface Issue {
	field: string;
	message: string;
}

/** The issues a schema raises for a value; empty when the value is valid. */
export function issuesOf(schema: z.ZodTypeAny, value: unknown): Issue[] {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

/** The fields a schema complains about for a value. */
export function fieldsWithIssues(schema: z.ZodTypeAny, value: unknown): string[] {
	return issuesOf(schema, value).map((issue) => issue.field);
}

/** The value a schema produces, failing the test with the issues when it rejects the value. */
export function parsedBy<Schema extends z.ZodTypeAny>(schema: Schema, value: unknown): z.output<Schema> {
	const result = schema.safeParse(value);
	if (!result.success) throw new Error(`expected a valid value, got issues: ${JSON.stringify(result.error.issues, null, 2)}`);
	return result.data;
}
