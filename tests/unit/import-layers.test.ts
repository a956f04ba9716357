import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../support/commands';

/**
 * Imports run one way: a file may import files of its own layer or of a lower one, never of a
 * higher one. The layers are the table under "## Layers" in docs/architecture.md, read from there,
 * so that the documented map and the enforced one cannot drift apart.
 */

interface Layer {
	rank: number;
	name: string;
	/** Folders (ending with "/") and single files, relative to the repository root. */
	places: string[];
}

/** The layer table of docs/architecture.md: rows of `| rank | layer | places | … |`. */
function readLayerTable(): Layer[] {
	const architecture = readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');
	const section = architecture.split(/^## Layers$/m)[1]?.split(/^## /m)[0] ?? '';
	return section
		.split('\n')
		.map((line) => /^\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|/.exec(line))
		.filter((row): row is RegExpExecArray => row !== null)
		.map(([, rank, name, places]) => ({
			rank: Number(rank),
			name: name ?? '',
			places: [...(places ?? '').matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''),
		}));
}

const SOURCE_FILE = /\.(ts|mts|mjs|astro)$/;

/** Every source file under a folder, relative to the repository root. */
function sourceFilesUnder(folder: string): string[] {
	return readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => SOURCE_FILE.test(file))
		.map((file) => path.posix.join(folder, file.split(path.sep).join('/')));
}

/** The relative import specifiers of a file: static and dynamic imports, re-exports, and imports in <script>. */
function relativeImports(text: string): string[] {
	const found = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((match) => match[2] ?? '');
	return [...new Set(found)];
}

/** The file an import specifier names, relative to the repository root, trying the extensions TypeScript would. */
function resolveImport(fromFile: string, specifier: string): string | undefined {
	const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
	for (const candidate of [target, `${target}.ts`, `${target}.astro`, `${target}/index.ts`]) {
		const absolute = path.join(repoRoot, candidate);
		if (existsSync(absolute) && statSync(absolute).isFile()) return candidate;
	}
	return undefined;
}

const layers = readLayerTable();

/** The layer a file belongs to: the one whose place is the longest prefix of its path. */
function layerOf(file: string): Layer | undefined {
	let best: { layer: Layer; length: number } | undefined;
	for (const layer of layers) {
		for (const place of layer.places) {
			const matches = place.endsWith('/') ? file.startsWith(place) : file === place;
			if (matches && (!best || place.length > best.length)) best = { layer, length: place.length };
		}
	}
	return best?.layer;
}

const checkedFiles = [...sourceFilesUnder('src'), ...sourceFilesUnder('scripts'), 'astro.config.mjs'];

describe('the layer table in docs/architecture.md', () => {
	test('has the layers from base to commands, in rank order', () => {
		expect(layers.map((layer) => layer.name)).toEqual(['base', 'contract', 'rules', 'features', 'browser', 'checker', 'rendering', 'build hooks', 'commands']);
		expect(layers.map((layer) => layer.rank)).toEqual([...layers.keys()]);
	});

	test('places every source file of src/ and scripts/ in a layer', () => {
		expect(checkedFiles.length).toBeGreaterThan(100);
		expect(checkedFiles.filter((file) => !layerOf(file))).toEqual([]);
	});

	test('names only folders and files that exist', () => {
		const places = layers.flatMap((layer) => layer.places);
		expect(places.filter((place) => !existsSync(path.join(repoRoot, place)))).toEqual([]);
	});
});

describe('imports run one way', () => {
	const imports = checkedFiles.flatMap((file) =>
		relativeImports(readFileSync(path.join(repoRoot, file), 'utf8')).map((specifier) => ({ file, specifier, target: resolveImport(file, specifier) })),
	);

	test('every relative import names a file that exists', () => {
		expect(imports.length).toBeGreaterThan(300);
		expect(imports.filter((found) => !found.target).map((found) => `${found.file}: ${found.specifier}`)).toEqual([]);
	});

	test('no file imports a file of a higher layer, or a test', () => {
		const violations = imports.flatMap(({ file, target }) => {
			if (!target) return [];
			if (target.startsWith('tests/')) return [`${file} imports ${target}: the product never imports its tests`];
			const from = layerOf(file);
			const to = layerOf(target);
			if (!from || !to || to.rank <= from.rank) return [];
			return [`${file} (${from.name}, ${from.rank}) imports ${target} (${to.name}, ${to.rank})`];
		});
		expect(violations).toEqual([]);
	});

	test('the check itself notices an import that runs upwards', () => {
		const schema = layerOf('src/schemas/event.ts');
		const page = layerOf('src/pages/[...lang]/index.astro');
		expect(schema && page && page.rank > schema.rank).toBe(true);
		expect(relativeImports(`import { x } from '../pages/a';\nexport { y } from "./b";\nconst z = await import('../c');`)).toEqual(['../pages/a', './b', '../c']);
	});
});
