import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { editorConfig } from '../../scripts/edit/editor-config';
import type { EditorField } from '../../scripts/edit/editor-fields';
import { readSiteSettings } from '../../src/archive/site-settings';
import { collectionNames, collectionSchemas } from '../../src/schemas/collections';
import { calendarDate, localDateTime, timeZoneName } from '../../src/schemas/dates';
import { countryCode } from '../../src/schemas/place';
import { archivePath, FULL_ARCHIVE } from '../support/archives';
import { repoRoot } from '../support/commands';

/*
 * The visual editor's configuration is generated from the zod schemas (scripts/edit/). Here it is
 * read back against the schemas, field by field, with zod's own public API: every field of every
 * collection is in the form, in the schema's order (a story's consent first), required exactly when
 * the schema requires it, with a form field of the schema's kind and the schema's own documentation
 * as its hint.
 */

const settings = readSiteSettings(archivePath(FULL_ARCHIVE));
if (!settings) throw new Error(`${FULL_ARCHIVE}/site.yaml did not read`);
const config = editorConfig(settings, { proxyUrl: 'http://localhost:8081/api/v1' }, { contentFolder: 'content', schemaFolder: path.join(repoRoot, 'src/schemas') }) as {
	i18n: { structure: string; locales: string[]; default_locale: string };
	collections: { name: string; folder: string; i18n?: boolean; fields: EditorField[] }[];
};
/** A collection of the editor, or for a collection offered one language at a time, its default language's. */
const collection = (name: string) => config.collections.find((candidate) => candidate.name === name || candidate.name === `${name}-en`) ?? { name, folder: '', i18n: false, fields: [] };
const field = (fields: readonly EditorField[] | undefined, name: string) => fields?.find((candidate) => candidate.name === name);

/** A schema without its optional, default and refinement wrappers, through zod's public API. */
function bare(schema: z.ZodTypeAny): z.ZodTypeAny {
	if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return bare(schema.unwrap());
	if (schema instanceof z.ZodDefault) return bare(schema.removeDefault());
	if (schema instanceof z.ZodEffects) return bare(schema.innerType());
	return schema;
}

/**
 * Checks one object's fields against its schema's shape, and the objects and lists inside it. Inside
 * an object that may be left out, nothing is required in the form (the checker requires the rest).
 */
function compare(shape: Record<string, z.ZodTypeAny>, fields: readonly EditorField[], at: string, withinOptional = false): void {
	expect(new Set(fields.map((candidate) => candidate.name)), at).toEqual(new Set(Object.keys(shape)));
	for (const [name, schema] of Object.entries(shape)) {
		const form = field(fields, name);
		const where = `${at}.${name}`;
		expect(form?.required === false, `${where}: required`).toBe(schema.isOptional() || withinOptional);
		expect(form?.hint, `${where}: hint`).toMatch(/\S/);
		const inner = bare(schema);
		if (inner instanceof z.ZodBoolean) expect(form?.widget, where).toBe('boolean');
		else if (inner instanceof z.ZodNumber) expect(form?.widget, where).toBe('number');
		else if (inner instanceof z.ZodEnum) expect(form?.options, where).toEqual(inner.options);
		else if (inner instanceof z.ZodObject) compare(inner.shape, form?.fields ?? [], where, schema.isOptional() || withinOptional);
		else if (inner instanceof z.ZodArray && bare(inner.element) instanceof z.ZodObject) compare((bare(inner.element) as z.AnyZodObject).shape, form?.fields ?? [], `${where}[]`);
	}
}

describe('the editor’s configuration', () => {
	test.each(collectionNames)('has every field of the %s schema, required as the schema requires it, of its kind, with its documentation', (name) => {
		const shape = (bare(collectionSchemas[name](z.string())) as z.AnyZodObject).shape;
		const fields = collection(name).fields;
		expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
		compare(shape, fields.slice(0, -1), name);
	});

	test('keeps each entry in content/<collection>/<locale>/, in the site’s languages: side by side, or one language at a time for stories, news, people and attacks', () => {
		expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['ar', 'zh', 'en', 'fr', 'ru', 'es'], default_locale: 'en' });
		expect(collection('events')).toMatchObject({ folder: 'content/events', i18n: true });
		const stories = config.collections.filter((candidate) => candidate.name.startsWith('stories'));
		expect(stories.map((candidate) => candidate.folder)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((code) => `content/stories/${code}`));
		expect(stories.every((candidate) => candidate.i18n === undefined && JSON.stringify(candidate.fields).includes('"i18n"') === false)).toBe(true);
	});

	test('writes times as the wall-clock time of the event’s zone, never converted to UTC, and days as days', () => {
		const start = field(collection('events').fields, 'start');
		expect(start).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', picker_utc: false });
		expect(localDateTime.safeParse('2027-08-21T10:00').success).toBe(true);
		const date = field(collection('news').fields, 'date');
		expect(date).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
		expect(calendarDate.safeParse('2027-08-21').success).toBe(true);
	});

	test('offers time zones and countries as lists of what the schemas accept, countries by name', () => {
		const zones = field(collection('events').fields, 'timeZone')?.options as string[];
		expect(zones).toContain('Africa/Nairobi');
		expect(zones.every((zone) => timeZoneName.safeParse(zone).success)).toBe(true);
		const countries = field(field(collection('events').fields, 'venue')?.fields, 'country')?.options as { label: string; value: string }[];
		expect(countries).toContainEqual({ label: 'Kenya', value: 'KE' });
		expect(countries.every((country) => countryCode.safeParse(country.value).success)).toBe(true);
	});

	test('names other entries by relation, and keeps dates, zone, consent and references the same in every translation', () => {
		const events = collection('events').fields;
		expect(field(events, 'series')).toMatchObject({ widget: 'relation', collection: 'series', value_field: '{{slug}}' });
		expect(field(events, 'incident')).toMatchObject({ widget: 'relation', collection: 'incidents' });
		expect(field(field(collection('stories').fields, 'remembered')?.fields, 'person')).toMatchObject({ widget: 'relation', collection: 'people' });
		for (const name of ['start', 'end', 'timeZone', 'series']) expect(field(events, name)?.i18n, name).toBe('duplicate');
		expect(field(events, 'tags')?.field?.i18n).toBe('duplicate');
		expect(field(field(collection('events').fields, 'venue')?.fields, 'country')?.i18n).toBe('duplicate');
		expect(field(events, 'title')?.i18n).toBe(true);
	});

	test('puts images in content/images/, beside the entries that name them', () => {
		expect(field(field(collection('events').fields, 'image')?.fields, 'src')).toMatchObject({ widget: 'image', public_folder: '../../images' });
	});

	test('gives a new entry the protections of npm run new: a draft; a story withdrawn and anonymous, its consent asked first', () => {
		for (const { name, fields } of config.collections) expect(field(fields, 'draft')?.default, name).toBe(true);
		const stories = collection('stories').fields;
		expect(stories[0]?.name).toBe('consent');
		expect(field(stories[0]?.fields, 'status')?.default).toBe('withdrawn');
		expect(field(stories[0]?.fields, 'scope')?.default).toBe('anonymous');
	});
});
