import path from 'node:path';
import { z } from 'astro/zod';
import { collectionNames, collectionSchemas, type CollectionName } from '../../src/schemas/collections';
import type { SiteSettings } from '../../src/schemas/site';
import { objectShape } from '../../src/schemas/schema-structure';
import { labelOf, objectFields, type EditorField, type FieldContext } from './editor-fields';
import { FieldDocumentation } from './field-documentation';

/**
 * The visual editor's whole configuration (Decap CMS's config.yml, as data), generated from the zod
 * schemas in src/schemas/ and the site's languages every time the editor starts, so that the two can
 * never disagree. What it adds to the schemas is only what the editor must know and a schema cannot
 * say: where the files are, and the protections `npm run new` gives a new entry (a draft; a story
 * withdrawn and anonymous, its consent asked first).
 */

/** Where the editor reaches the files: the local proxy that reads and writes content/ on this machine. */
export interface EditorBackend {
	/** The proxy's API address, e.g. http://localhost:8081/api/v1. */
	proxyUrl: string;
}

/** What every entry of a collection in the editor gets besides the schema's fields: its text. */
const BODY: EditorField = { name: 'body', label: 'Text', widget: 'markdown', i18n: true, required: false, hint: 'The text of the entry, in Markdown.' };

/**
 * The collections whose entries are mostly written in one language (a story told in Arabic, a name,
 * an attack, a news item of one office): the editor offers them one language at a time. Decap writes
 * an entry of a translated collection in every language at once, and an untranslated copy (a French
 * file without a title) would fail the check. Events, observances, documents, banners, calls and
 * pages are offered side by side in their languages, translation panes and all.
 */
const ONE_LANGUAGE_COLLECTIONS: ReadonlySet<CollectionName> = new Set(['stories', 'news', 'people', 'incidents']);

/** A field, and the fields inside it, without the translation setting: for a collection of one language. */
function withoutTranslation(field: EditorField): EditorField {
	const { i18n: _translation, ...rest } = field;
	return { ...rest, ...(field.fields ? { fields: field.fields.map(withoutTranslation) } : {}), ...(field.field ? { field: withoutTranslation(field.field) } : {}) };
}

/** The fields a new story asks first, in this order: consent is recorded on purpose before anything else. */
const STORY_FIRST_FIELDS = ['consent'];

/** The editor's field for a collection's entry names: its title, or its name for people, attacks and observances. */
function displayField(collection: string): string {
	return 'title' in objectShape(collectionSchemas[collection as CollectionName](z.string())) ? 'title' : 'name';
}

/** The protections of npm run new, on a collection's generated fields. */
function withNewEntryDefaults(collection: CollectionName, fields: EditorField[]): EditorField[] {
	const protectedFields = fields.map((field) => {
		// New entries start as drafts: nothing reaches the site until someone decides it is ready.
		if (field.name === 'draft') return { ...field, default: true };
		if (collection === 'stories' && field.name === 'consent') {
			// Withdrawn and anonymous until the storyteller's consent is recorded on purpose.
			const defaults: Record<string, string> = { status: 'withdrawn', scope: 'anonymous' };
			return { ...field, fields: field.fields?.map((inner) => (inner.name in defaults ? { ...inner, default: defaults[inner.name] } : inner)) };
		}
		return field;
	});
	if (collection !== 'stories') return protectedFields;
	const first = protectedFields.filter((field) => STORY_FIRST_FIELDS.includes(field.name));
	return [...first, ...protectedFields.filter((field) => !STORY_FIRST_FIELDS.includes(field.name))];
}

/** The editor's configuration for an archive's settings, with its files in `contentFolder` (relative to the folder the proxy serves). */
export function editorConfig(settings: Pick<SiteSettings, 'locales' | 'defaultLocale'>, backend: EditorBackend, options: { contentFolder: string; schemaFolder: string; language?: string }): Record<string, unknown> {
	// The image fields are recognised by this schema standing for an image file's path.
	const imageSource = z.string();
	const context: FieldContext = { documentation: new FieldDocumentation(options.schemaFolder), language: options.language ?? settings.defaultLocale, displayField, imageSource };
	const contentFolder = options.contentFolder.split(path.sep).join('/');
	return {
		backend: { name: 'proxy', proxy_url: backend.proxyUrl, branch: 'main' },
		// The editor's own language; its words for the organiser, not the site's.
		locale: 'en',
		media_folder: `${contentFolder}/images`,
		public_folder: '../../images',
		i18n: { structure: 'multiple_folders', locales: settings.locales.map((locale) => locale.code), default_locale: settings.defaultLocale },
		collections: collectionNames.flatMap((collection) => {
			const fields = [...withNewEntryDefaults(collection, objectFields(collectionSchemas[collection](imageSource), context)), BODY];
			const common = { create: true, extension: 'md', format: 'frontmatter', slug: '{{slug}}', identifier_field: displayField(collection) };
			if (!ONE_LANGUAGE_COLLECTIONS.has(collection)) return [{ name: collection, label: labelOf(collection), folder: `${contentFolder}/${collection}`, i18n: true, ...common, fields }];
			// One collection per language, each writing its own folder, and no translation panes.
			return settings.locales.map((locale) => ({
				name: `${collection}-${locale.code}`,
				label: `${labelOf(collection)} — ${locale.name}`,
				folder: `${contentFolder}/${collection}/${locale.code}`,
				...common,
				fields: fields.map(withoutTranslation),
			}));
		}),
	};
}
