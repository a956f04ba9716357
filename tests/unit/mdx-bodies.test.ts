import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteSections } from '../../src/core/routes';
import { mdxBodyProblems } from '../../src/validation/mdx-bodies';
import { archivePath, VALID_ARCHIVE } from '../support/archives';
import { repoRoot } from '../support/commands';

/*
 * The checker compiles MDX bodies as the build does (src/validation/mdx-bodies.ts). What MDX allows
 * must pass, so that the check never stops a build that would succeed; what stops the build must be
 * named with its line. The whole promise (check clean ⇒ build succeeds) is held by the corpus of
 * broken archives in tests/build/staged-build.test.ts.
 */

const archive = archivePath(VALID_ARCHIVE);
const links = { base: '/', defaultLocale: 'en', sections: siteSections, contentRoot: archive };

/** The problems in a body that starts on line 6 of news/en/written-in-mdx.mdx, as "line: found". */
async function problemsIn(body: string): Promise<string[]> {
	const entry = { file: 'news/en/written-in-mdx.mdx', absolute: path.join(archive, 'news/en/written-in-mdx.mdx'), body, bodyLine: 6 };
	return (await mdxBodyProblems(entry, links, repoRoot)).map((problem) => `${problem.line}: ${problem.found ?? problem.message}`);
}

describe('MDX bodies the build compiles', () => {
	test('pass: exports, imports of files that exist, props, frontmatter, globals, names declared inside an expression, HTML and fragments', async () => {
		const body = [
			"import Report from './report-published.md';",
			'export const year = 2021;',
			'export function Note({ children }) { return <aside>{children}</aside>; }',
			'',
			'In {year}, {frontmatter.title} and {props.locale ?? "en"}: {Math.max(1, 2)}.',
			'',
			'{[1, 2].map((n) => <span key={n}>{n * 2}</span>)}',
			'',
			'<Note>Text in a component the file defines.</Note>',
			'',
			'<div class="quote">HTML as JSX, <br /> closed.</div> <>A fragment</> and \\{ braces \\} as text.',
			'',
			'<Report />',
		].join('\n');
		expect(await problemsIn(body)).toEqual([]);
	});

	test('fail, each on its own line: an unclosed brace, an unclosed tag, an unknown component, a missing import, an undefined name', async () => {
		expect(await problemsIn('\nThe families gathered { to remember.\n')).toEqual([expect.stringMatching(/^7: expected MDX that can be read, but unexpected end of file in expression/)]);
		expect(await problemsIn('\n<div>\nNever closed.\n')).toEqual([expect.stringMatching(/^7: expected MDX that can be read, but expected a closing tag for `<div>`/)]);
		expect(await problemsIn('\nText.\n\n<UnknownWidget />\n<Gallery.Item />\n')).toEqual(['9: "<UnknownWidget>", which is neither imported nor defined', '10: "<Gallery.Item>", which is neither imported nor defined']);
		expect(await problemsIn("import Card from '../../components/Card.astro';\nimport missing from 'no-such-package';\n")).toEqual([
			'6: "../../components/Card.astro", which is not there',
			'7: "no-such-package", which is not there',
		]);
		expect(await problemsIn('\nHe would have been {age} this year; {(x) => x + later}.\n')).toEqual(['7: "{age}", which nothing defines', '7: "{later}", which nothing defines']);
	});
});
