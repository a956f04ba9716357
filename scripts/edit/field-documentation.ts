import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The documentation of each field of the schemas in src/schemas/, as written there: the comment
 * above each property of a z.object({…}) (or of an object of fields spread into one, such as
 * publishingFields). The editor shows it as the field's hint, so the schemas stay the one place a
 * field is described.
 *
 * zod keeps no trace of comments, so a field of a schema at run time is matched to the object in the
 * source whose property names it has: among the objects that hold the field, the one with the most
 * names, all of which the schema's object has.
 */

/** One object literal of the schemas' source: its own property names and the comments on them. */
interface DocumentedObject {
	names: ReadonlySet<string>;
	comments: ReadonlyMap<string, string>;
}

/** The comment on a property, as plain text on one line, or undefined when it has none. */
function commentOf(property: ts.PropertyAssignment): string | undefined {
	const docs = ts.getJSDocCommentsAndTags(property).filter(ts.isJSDoc);
	const last = docs.at(-1);
	const text = last ? ts.getTextOfJSDocComment(last.comment) : undefined;
	return text?.replace(/\s+/g, ' ').trim() || undefined;
}

/** Every object literal with named properties in the files of a folder. */
function documentedObjects(folder: string): DocumentedObject[] {
	const objects: DocumentedObject[] = [];
	for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts')).sort()) {
		const file = path.join(folder, name);
		const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
		const visit = (node: ts.Node): void => {
			if (ts.isObjectLiteralExpression(node)) {
				const properties = node.properties.filter(ts.isPropertyAssignment).filter((property) => ts.isIdentifier(property.name) || ts.isStringLiteral(property.name));
				const names = new Set(properties.map((property) => (property.name as ts.Identifier | ts.StringLiteral).text));
				const comments = new Map(properties.flatMap((property) => {
					const comment = commentOf(property);
					return comment ? [[(property.name as ts.Identifier | ts.StringLiteral).text, comment] as const] : [];
				}));
				if (comments.size > 0) objects.push({ names, comments });
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return objects;
}

/** Reads the schemas' source once and answers, for the fields of one object, the comment on each. */
export class FieldDocumentation {
	private readonly objects: DocumentedObject[];

	constructor(schemaFolder: string) {
		this.objects = documentedObjects(schemaFolder);
	}

	/** The comment on `field` of an object whose fields are `fields`, or undefined. */
	of(field: string, fields: readonly string[]): string | undefined {
		const all = new Set(fields);
		let best: DocumentedObject | undefined;
		for (const object of this.objects) {
			if (!object.comments.has(field) || ![...object.names].every((name) => all.has(name))) continue;
			if (!best || object.names.size > best.names.size) best = object;
		}
		return best?.comments.get(field);
	}
}
