/**
 * Reading a schema's structure at run time: what a zod schema is underneath its wrappers (optional,
 * default, refinements, pipes, lazy), and the fields of an object schema. Zod's own API answers
 * these one wrapper at a time; the checker (src/validation/unknown-fields.ts) and the visual
 * editor's configuration (scripts/edit/editor-fields.ts) need them whatever the wrappers are.
 */

/** The parts of a zod definition read here. */
export interface SchemaDefinition {
	typeName?: string;
	innerType?: unknown;
	schema?: unknown;
	in?: unknown;
	type?: unknown;
	values?: readonly string[];
	options?: readonly unknown[];
	checks?: readonly { kind: string }[];
	defaultValue?: () => unknown;
	shape?: () => Record<string, unknown>;
	getter?: () => unknown;
}

/** A schema's definition, or an empty one for a value that is not a schema. */
export function schemaDefinition(schema: unknown): SchemaDefinition {
	return (schema as { _def?: SchemaDefinition } | undefined)?._def ?? {};
}

/** A schema without its wrappers: the schema inside, whether it may be left out, its default, and every layer on the way (for recognising shared schema pieces by identity). */
export interface UnwrappedSchema {
	inner: unknown;
	optional: boolean;
	defaultValue?: unknown;
	layers: unknown[];
}

/** What a schema is underneath its optional, nullable, default, refinement, pipe and lazy wrappers. */
export function unwrapSchema(schema: unknown): UnwrappedSchema {
	const layers: unknown[] = [schema];
	let inner = schema;
	let optional = false;
	let defaultValue: unknown;
	for (let depth = 0; depth < 20; depth++) {
		const definition = schemaDefinition(inner);
		if (definition.typeName === 'ZodOptional' || definition.typeName === 'ZodNullable') optional = true;
		if (definition.typeName === 'ZodDefault') {
			optional = true;
			defaultValue = definition.defaultValue?.();
		}
		const next = definition.innerType ?? definition.schema ?? definition.in ?? definition.getter?.();
		if (next === undefined) break;
		inner = next;
		layers.push(inner);
	}
	return { inner, optional, defaultValue, layers };
}

/** The fields of an object schema (under its wrappers), or an empty object for any other schema. */
export function objectShape(schema: unknown): Record<string, unknown> {
	const definition = schemaDefinition(unwrapSchema(schema).inner);
	return definition.typeName === 'ZodObject' ? (definition.shape?.() ?? {}) : {};
}
