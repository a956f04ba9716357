import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot, runCommand, STACK_FRAME } from '../support/commands';

/* `npm test` first checks for Chromium (the pretest script), so a machine without it hears so at once. */

test('without Chromium, npm test stops before anything else with one line saying how to install it', async () => {
	const { code, stdout, stderr } = await runCommand('npx', ['tsx', 'scripts/require-chromium.ts'], { CHROMIUM_PATH: '/nowhere/chromium' });
	expect(code).toBe(1);
	expect(stdout).toBe('');
	expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('there is none at /nowhere/chromium: install it with `apt-get install -y chromium`')]);
	expect(stderr).toContain('CHROMIUM_PATH');
	expect(stderr).not.toMatch(STACK_FRAME);
});

test('with a Chromium there to run, it says nothing and lets the tests go on', async () => {
	// Any program that can be run stands in for Chromium here: only its presence is checked.
	const { code, stdout, stderr } = await runCommand('npx', ['tsx', 'scripts/require-chromium.ts'], { CHROMIUM_PATH: process.execPath });
	expect([code, stdout, stderr]).toEqual([0, '', '']);
});

test('the pretest script runs it, so that npm test checks first', () => {
	const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
	expect(scripts.pretest).toBe('tsx scripts/require-chromium.ts');
});
