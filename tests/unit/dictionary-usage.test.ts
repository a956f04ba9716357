import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import { dictionaries } from '../../src/i18n/index';
import { readSiteSettings } from '../../src/archive/site-settings';
import { archivePath, FULL_ARCHIVE, HOSTILE_ARCHIVE, VALID_ARCHIVE } from '../support/archives';
import { repoRoot } from '../support/commands';

/** Every .astro and .ts file under src/, as text. */
function sourceFiles(folder = path.join(repoRoot, 'src')): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(astro|ts)$/.test(entry.name) ? [readFileSync(full, 'utf8')] : [];
	});
}

/**
 * The keys the code can ask for: literal keys in quotes, and keys built from a template such as
 * `event.kind.${event.kind}`, read as a pattern in which each ${…} stands for one word.
 */
function keysUsedBy(sources: string[]): { literal: Set<string>; patterns: RegExp[] } {
	const literal = new Set<string>();
	const patterns: RegExp[] = [];
	for (const source of sources) {
		for (const match of source.matchAll(/['"]([a-z][\w-]*(?:\.[\w-]+)+)['"]/g)) literal.add(match[1] ?? '');
		for (const match of source.matchAll(/\bt\(`([^`]+)`/g)) {
			const template = (match[1] ?? '').split(/\$\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
			patterns.push(new RegExp(`^${template.join('[\\w-]+')}$`));
		}
	}
	return { literal, patterns };
}

describe('the interface dictionaries', () => {
	test('every dictionary has exactly the keys of en.json', () => {
		const reference = Object.keys(en).sort();
		expect(Object.keys(dictionaries).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
		for (const [code, dictionary] of Object.entries(dictionaries)) {
			expect(Object.keys(dictionary).sort(), `src/i18n/${code}.json`).toEqual(reference);
		}
	});

	test('every language of the fixture archives has a dictionary', () => {
		for (const archive of [FULL_ARCHIVE, VALID_ARCHIVE, HOSTILE_ARCHIVE]) {
			for (const { code } of readSiteSettings(archivePath(archive))?.locales ?? []) expect(dictionaries[code], `${archive}: ${code}`).toBeDefined();
		}
	});

	test('every key in the dictionaries is used somewhere in the code', () => {
		const { literal, patterns } = keysUsedBy(sourceFiles());
		const unused = Object.keys(en).filter((key) => !literal.has(key) && !patterns.some((pattern) => pattern.test(key)));
		expect(unused).toEqual([]);
	});
});
