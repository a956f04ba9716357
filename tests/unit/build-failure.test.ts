import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { failureReport, type FailureContext } from '../../scripts/build-failure';
import { repoRoot, STACK_FRAME } from '../support/commands';

/*
 * What `npm run build` says when Astro itself stops, read from Astro's real output in five failures
 * (tests/fixtures/build-output/, recorded from builds of the valid archive with one mistake each and
 * the content check skipped; the archive's folder is written /archive there). Each must come out as
 * the checker's kind of line: the organiser's file, the line where Astro gives one, what went wrong
 * and a hint, with no stack trace.
 */

const context: FailureContext = {
	contentRoot: '/archive',
	cwd: '/',
	contentFiles: ['stories/en/m1.mdx', 'stories/en/m2.mdx', 'stories/en/m3.mdx', 'stories/en/amal.md', 'images/candles.jpg', 'images/huge.png'].map((file) => path.join('/archive', file)),
	checked: false,
};

function reportOn(recording: string, checked = false): string {
	return failureReport(readFileSync(path.join(repoRoot, 'tests/fixtures/build-output', `${recording}.txt`), 'utf8'), { ...context, checked });
}

describe('a build that Astro stopped, said for the organiser', () => {
	test.each([
		['mdx-syntax-error', 'archive/stories/en/m1.mdx:29: (build): the build stopped on this file: Unexpected end of file in expression, expected a corresponding closing brace for `{`'],
		['unresolved-import', 'archive/stories/en/m3.mdx: (build): the build stopped on this file: Could not resolve "../../components/Card.astro" from "../../archive/stories/en/m3.mdx"'],
		['missing-component', 'archive/stories/en/m2.mdx: (build): the build stopped on this file while building /stories/m2/index.html: Expected component `UnknownWidget` to be defined'],
		['not-an-image', 'archive/images/candles.jpg: (build): the build stopped on this file: Could not load /archive/images/candles.jpg'],
		['over-pixel-limit', 'archive/images/huge.png: (build): the build stopped on this file: Input image exceeds pixel limit'],
	])('%s: the file, the line Astro gives, and what went wrong', (recording, expected) => {
		const report = reportOn(recording);
		expect(report.split('\n')[0]).toContain(expected);
		expect(report).not.toMatch(STACK_FRAME);
		expect(report).not.toMatch(/node_modules|triggerUncaughtException|\[cause\]|Stack trace/);
	});

	test('passes on Astro’s hint, and says what to do next', () => {
		expect(reportOn('not-an-image')).toContain('hint: This is often caused by a corrupted or malformed image.');
		expect(reportOn('not-an-image')).toContain('run `npm run check`');
		expect(reportOn('not-an-image', true)).toContain('npm run check found nothing wrong');
	});

	test('without a file it can name, shows what the step said, without progress lines or a stack trace', () => {
		const output = ['12:00:00 [build] Building static entrypoints...', 'Error: the disk is full', '    at write (node:fs:1:1)'].join('\n');
		const report = failureReport(output, context);
		expect(report).toMatch(/^Error: the disk is full\n {4}hint: /);
		expect(report).not.toMatch(STACK_FRAME);
	});
});
