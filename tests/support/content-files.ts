import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { archivePath, FULL_ARCHIVE } from './archives';

/** The content folder the built site was made from. */
export const contentDir = archivePath(FULL_ARCHIVE);

/** A content file as the browser tests read it: where it is, its frontmatter and its whole text. */
export interface SourceFile {
	/** The path inside the archive, e.g. "stories/en/tea-at-four-oclock.md". */
	file: string;
	collection: string;
	locale: string;
	/** The address segment, from the file name. */
	slug: string;
	data: Record<string, unknown>;
	text: string;
}

const ENTRY_FILE = /\.mdx?$/;

/**
 * Every entry file of a collection, in every language folder, with its frontmatter parsed. Read
 * straight from the full fixture archive, so that the tests compare the built site with what organisers wrote.
 */
export function sourceFiles(collection: string): SourceFile[] {
	const root = path.join(contentDir, collection);
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((file) => ENTRY_FILE.test(file))
		.map((file) => {
			const text = readFileSync(path.join(root, file), 'utf8');
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
			return {
				file: `${collection}/${file.split(path.sep).join('/')}`,
				collection,
				locale: file.split(path.sep)[0] ?? '',
				slug: path.basename(file).replace(ENTRY_FILE, ''),
				data: (parse(frontmatter) ?? {}) as Record<string, unknown>,
				text,
			};
		});
}

/** A story file's fields that the dignity tests read. */
export interface StoryFields {
	narrator: { name: string; relation: string };
	consent: { status: string; scope: string };
	contentWarnings?: string[];
	portrait?: { src: string };
}

/** Every story file, with its frontmatter typed as the dignity tests read it. */
export function storyFiles(): (SourceFile & { story: StoryFields })[] {
	return sourceFiles('stories').map((file) => ({ ...file, story: file.data as unknown as StoryFields }));
}

/** The images a content file refers to, by file name without extension, e.g. "portrait-stones". */
export function imagesReferredToBy(text: string): string[] {
	return [...text.matchAll(/images\/([^/\s"')]+?)\.(?:jpe?g|png|webp|avif|gif|tiff?)\b/gi)].map((match) => match[1] ?? '');
}
