import { calendarDate, localDateTime, timeZoneName } from '../../src/schemas/dates';
import { languageTag } from '../../src/schemas/language-tag';
import { webAddress } from '../../src/schemas/link';
import { countryCode } from '../../src/schemas/place';
import { entrySlug } from '../../src/schemas/publishing';
import { objectShape, schemaDefinition, unwrapSchema } from '../../src/schemas/schema-structure';
import type { FieldDocumentation } from './field-documentation';

/**
 * One field of a collection's schema as the visual editor's form field (Decap CMS's widgets), worked
 * out from the zod schema itself, so that the form and the checker can never disagree on what a
 * field is. Wall-clock times stay wall-clock times (no conversion to UTC), time zones and countries
 * are chosen from lists, references to other entries are relations, images go to content/images/,
 * and each field says whether a translation writes it in its own language or keeps the original's.
 */

/** A form field of the editor's configuration. */
export interface EditorField {
	name: string;
	label: string;
	widget: string;
	hint?: string;
	required?: boolean;
	default?: unknown;
	/**
	 * true: each language writes its own; "duplicate": the same in every language (dates, zone,
	 * consent, references). Decap takes only true on an object or a list: its fields say which.
	 */
	i18n?: true | 'duplicate';
	options?: readonly (string | { label: string; value: string })[];
	fields?: EditorField[];
	field?: EditorField;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	multiple?: boolean;
	format?: string;
	date_format?: string | boolean;
	time_format?: string | boolean;
	picker_utc?: boolean;
	value_type?: string;
	media_folder?: string;
	public_folder?: string;
	choose_url?: boolean;
}

/** The schema pieces that have a form field of their own, recognised by identity (they are shared, not copied). */
const is = (layers: readonly unknown[], piece: unknown) => layers.includes(piece) || layers.includes(unwrapSchema(piece).inner);

/** Every IANA time zone this runtime knows, for the time zone list. */
const timeZones = (): string[] => Intl.supportedValuesOf('timeZone');

/** Every country code the schema accepts, with its name in `language`, in that language's order. */
function countries(language: string): { label: string; value: string }[] {
	const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
	const found: { label: string; value: string }[] = [];
	for (let first = 65; first <= 90; first++) {
		for (let second = 65; second <= 90; second++) {
			const code = String.fromCharCode(first, second);
			const name = names.of(code);
			// The schema's own rule, which also refuses the codes Intl names that are not countries (EU, UN, ZZ).
			if (name && countryCode.safeParse(code).success) found.push({ label: name, value: code });
		}
	}
	const collator = new Intl.Collator(language);
	return found.sort((a, b) => collator.compare(a.label, b.label));
}

/** "timeZone" → "Time zone", "onlineUrl" → "Online URL": a label from a field's name. */
export function labelOf(name: string): string {
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().replace(/\burl\b/g, 'URL');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The other collection a field names an entry of, by the field's name: the schemas call such fields after the collection. */
export const relationCollections: Record<string, string> = { series: 'series', incident: 'incidents', person: 'people', documents: 'documents' };

/** Fields written as a paragraph or more rather than a line. */
const LONG_TEXTS = new Set(['summary', 'description', 'text', 'private']);

/** What the mapping needs besides the schema. */
export interface FieldContext {
	documentation: FieldDocumentation;
	/** The language of the editor's lists (country names). */
	language: string;
	/** The field that names each collection's entries to a person: title or name. */
	displayField: (collection: string) => string;
	/** The marker schema standing for an image file's path. */
	imageSource: unknown;
}

/**
 * The form field for one field of a schema's object, whose fields are `siblings`. Inside an object
 * that may be left out (`withinOptional`), no field is required: Decap would otherwise refuse to save
 * an online event for the venue's empty name. The checker, which the editor's files must pass,
 * still requires the venue's name once there is a venue.
 */
export function editorField(name: string, schema: unknown, siblings: readonly string[], context: FieldContext, withinOptional = false): EditorField {
	const unwrapped = unwrapSchema(schema);
	const { inner, defaultValue, layers } = unwrapped;
	const optional = unwrapped.optional || withinOptional;
	const definition = schemaDefinition(inner);
	const hint = context.documentation.of(name, siblings);
	// A list starts empty: without an explicit empty default, Decap starts it with one empty item, whose
	// required fields then stop the entry from being saved.
	// Inside an object that may be left out, no default either: the object would be written with it.
	const startsAs = withinOptional ? undefined : Array.isArray(defaultValue) ? [] : defaultValue !== undefined && typeof defaultValue !== 'object' ? defaultValue : undefined;
	const base: EditorField = { name, label: labelOf(name), widget: 'string', ...(hint ? { hint } : {}), ...(optional ? { required: false } : {}), ...(startsAs !== undefined ? { default: startsAs } : {}) };
	const duplicate = { ...base, i18n: 'duplicate' as const };

	if (is(layers, context.imageSource)) return { ...duplicate, widget: 'image', choose_url: false, media_folder: '../../images', public_folder: '../../images' };
	if (is(layers, localDateTime)) return { ...duplicate, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', picker_utc: false };
	if (is(layers, calendarDate)) return { ...duplicate, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false };
	if (is(layers, timeZoneName)) return { ...duplicate, widget: 'select', options: timeZones() };
	if (is(layers, countryCode)) return { ...duplicate, widget: 'select', options: countries(context.language) };
	if (is(layers, entrySlug) || (definition.typeName === 'ZodUnion' && definition.options?.some((option) => is(unwrapSchema(option).layers, entrySlug)))) {
		const collection = relationCollections[name];
		if (collection) return { ...duplicate, widget: 'relation', collection, value_field: '{{slug}}', search_fields: [context.displayField(collection)], display_fields: [context.displayField(collection)] };
		return duplicate;
	}
	if (is(layers, webAddress) || is(layers, languageTag)) return duplicate;

	switch (definition.typeName) {
		case 'ZodString':
			return { ...base, widget: LONG_TEXTS.has(name) ? 'text' : 'string', i18n: true };
		case 'ZodNumber':
			return { ...duplicate, widget: 'number', value_type: definition.checks?.some((check) => check.kind === 'int') ? 'int' : 'float' };
		case 'ZodBoolean':
			return { ...duplicate, widget: 'boolean' };
		case 'ZodEnum':
			return { ...duplicate, widget: 'select', options: definition.values ?? [] };
		case 'ZodObject': {
			return { ...base, widget: 'object', fields: objectFields(inner, context, optional), i18n: true };
		}
		case 'ZodArray': {
			// Tags stay in the default language in every translation, so that they group entries across languages.
			if (name === 'tags') return { ...base, widget: 'list', i18n: true, field: { name: 'tag', label: 'Tag', widget: 'string', i18n: 'duplicate' } };
			const item = unwrapSchema(definition.type);
			const itemDefinition = schemaDefinition(item.inner);
			const relation = relationCollections[name];
			if (relation && is(item.layers, entrySlug)) {
				return { ...duplicate, widget: 'relation', collection: relation, multiple: true, value_field: '{{slug}}', search_fields: [context.displayField(relation)], display_fields: [context.displayField(relation)] };
			}
			if (itemDefinition.typeName === 'ZodObject') return { ...base, widget: 'list', fields: objectFields(item.inner, context), i18n: true };
			const field = editorField(name, definition.type, [name], context);
			return { ...base, widget: 'list', field: { ...field, label: labelOf(name) }, i18n: true };
		}
		default:
			// A union of two forms (a text in one language, or per language): the simplest form, text.
			return { ...base, i18n: true };
	}
}

/** The form fields of a schema's object, in the schema's order; none required when the object may be left out. */
export function objectFields(schema: unknown, context: FieldContext, withinOptional = false): EditorField[] {
	const shape = objectShape(schema);
	const names = Object.keys(shape);
	return names.map((name) => editorField(name, shape[name], names, context, withinOptional));
}
