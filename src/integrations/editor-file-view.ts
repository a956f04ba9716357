import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { entrySubfolder } from '../core/entry-folder';
import { parseFrontmatter } from '../core/frontmatter';
import { isUntranslatedCopy, withoutAddedEmptyValues } from './editor-saved-text';

/**
 * The archive's entries as the visual editor sees them: each at `<content>/<collection>/<locale>/<name>.md`,
 * whichever sub-folder of its language folder it is in.
 *
 * Decap CMS finds a translation's language in the folder just above the file, so it cannot list or
 * open the events `npm run new` sorts into a folder per year (`events/en/2027/…`); its own sub-folder
 * options either use today's year or open such entries empty. An entry's address is its language
 * and file name only (src/core/entry-id.ts, and the checker reports two files of one language with
 * the same name), so the editor loses nothing by seeing every entry directly in its language folder:
 * this view, between Decap and its file proxy, lists the files of the sub-folders there, reads and
 * writes each at the file it stands for, and puts a new entry where `npm run new` would
 * (src/core/entry-folder.ts).
 */

/** How deep below the folder Decap lists the view looks for entries: a year folder, and two more for an organiser's own. */
const EXTRA_DEPTH = 3;
const ENTRY_FILE = /\.mdx?$/i;

interface EntryLocation {
	/** The folder of its language, `<content>/<collection>/<locale>`. */
	languageFolder: string;
	collection: string;
	/** The folders between the language folder and the file, e.g. ['2027']. */
	inside: string[];
	fileName: string;
}

export interface EditorFileView {
	/** The language folder a path of an entry is in, e.g. "fr". */
	localeOf(file: string): string | undefined;
	/** The text of an archive's file, if it exists. */
	read(file: string): string | undefined;
	/** The path the editor sees for a file of the archive. */
	toEditor(file: string): string;
	/** The archive's file for a path the editor names: the one it stands for, or that path for a file that does not exist yet. */
	toArchive(file: string): string;
	/** Where a file the editor saves is written: its existing file, or for a new one the folder `npm run new` would choose. */
	toSaved(file: string, text: string): string;
}

/** A view of the entries in `<root>/<contentFolder>`; paths are relative to `root`, with forward slashes, as the proxy's are. */
export function editorFileView(root: string, contentFolder: string): EditorFileView {
	const contentParts = contentFolder.split('/').filter(Boolean);
	const locate = (file: string): EntryLocation | undefined => {
		const parts = file.split('/');
		const [collection, locale, ...rest] = parts.slice(contentParts.length);
		const fileName = rest.pop();
		if (!collection || !locale || !fileName || !ENTRY_FILE.test(fileName)) return undefined;
		if (parts.slice(0, contentParts.length).join('/') !== contentParts.join('/')) return undefined;
		return { languageFolder: [...contentParts, collection, locale].join('/'), collection, inside: rest, fileName };
	};
	const toArchive = (file: string): string => {
		const location = locate(file);
		if (!location || location.inside.length > 0 || existsSync(path.join(root, file))) return file;
		const folder = path.join(root, location.languageFolder);
		if (!existsSync(folder)) return file;
		const found = readdirSync(folder, { recursive: true, encoding: 'utf8' }).find((inside) => path.basename(inside) === location.fileName);
		return found ? `${location.languageFolder}/${found.split(path.sep).join('/')}` : file;
	};
	return {
		localeOf: (file) => locate(file)?.languageFolder.split('/').at(-1),
		read: (file) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined),
		toEditor(file) {
			const location = locate(file);
			return location && location.inside.length > 0 ? `${location.languageFolder}/${location.fileName}` : file;
		},
		toArchive,
		toSaved(file, text) {
			const existing = toArchive(file);
			const location = locate(existing);
			if (!location || location.inside.length > 0 || existsSync(path.join(root, existing))) return existing;
			const { data } = parseFrontmatter(text);
			const start = data && typeof data === 'object' ? (data as Record<string, unknown>).start : undefined;
			const subfolder = entrySubfolder(location.collection, start);
			return subfolder ? `${location.languageFolder}/${subfolder}/${location.fileName}` : existing;
		},
	};
}

/** A request to Decap's file proxy, as its body parser leaves it (decap-server, local file-system mode). */
interface ProxyRequest {
	body?: { action?: string; params?: Record<string, unknown> };
}
interface ProxyResponse {
	json(body: unknown): unknown;
}
interface ProxyEntry {
	file?: { path?: string };
}
interface DataFile {
	path: string;
	raw?: string;
	newPath?: string;
}

/**
 * What a save writes: each file at the archive's path, without the empty values Decap adds, and
 * without the language panes left unfilled (src/integrations/editor-saved-text.ts). A translation that
 * already exists is always written: the organiser wrote it.
 */
function filesToWrite(view: EditorFileView, files: DataFile[], defaultLocale: string): DataFile[] {
	for (const file of files) {
		file.path = view.toSaved(file.path, file.raw ?? '');
		if (file.newPath) file.newPath = view.toSaved(file.newPath, file.raw ?? '');
		if (file.raw !== undefined) file.raw = withoutAddedEmptyValues(file.raw, view.read(file.path));
	}
	const original = files.find((file) => view.localeOf(file.path) === defaultLocale);
	if (!original?.raw || files.length < 2) return files;
	return files.filter((file) => file === original || view.read(file.path) !== undefined || !isUntranslatedCopy(file.raw ?? '', original.raw ?? ''));
}

/**
 * The view as a handler placed before decap-server's own (after a JSON body parser): it rewrites the
 * paths of a request from the editor's to the archive's, and those of the answer back.
 */
export function editorFileViewHandler(view: EditorFileView, defaultLocale: string) {
	const answerInEditorPaths = (response: ProxyResponse) => {
		const send = response.json.bind(response);
		const rewrite = (entry: ProxyEntry | null | undefined) => (entry?.file?.path ? { ...entry, file: { ...entry.file, path: view.toEditor(entry.file.path) } } : entry);
		response.json = (body: unknown) => send(Array.isArray(body) ? body.map(rewrite) : rewrite(body as ProxyEntry));
	};
	return (request: ProxyRequest, response: ProxyResponse, next: () => void): void => {
		const params = request.body?.params;
		if (!params) return next();
		switch (request.body?.action) {
			case 'entriesByFolder':
				if (typeof params.depth === 'number') params.depth += EXTRA_DEPTH;
				answerInEditorPaths(response);
				break;
			case 'entriesByFiles':
				if (Array.isArray(params.files)) params.files = params.files.map((file: { path: string }) => ({ ...file, path: view.toArchive(file.path) }));
				answerInEditorPaths(response);
				break;
			case 'getEntry':
			case 'deleteFile':
				if (typeof params.path === 'string') params.path = view.toArchive(params.path);
				answerInEditorPaths(response);
				break;
			case 'deleteFiles':
				if (Array.isArray(params.paths)) params.paths = params.paths.map((file: string) => view.toArchive(file));
				break;
			case 'persistEntry': {
				const files = ((Array.isArray(params.dataFiles) ? params.dataFiles : [params.entry]) as unknown[]).filter((file): file is DataFile => typeof (file as DataFile | undefined)?.path === 'string');
				params.dataFiles = filesToWrite(view, files, defaultLocale);
				break;
			}
		}
		next();
	};
}
