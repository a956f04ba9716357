import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { VALID_ARCHIVE } from '../support/archives';
import { repoRoot, runCommand } from '../support/commands';
import { buildArchive, ownBuildFolder } from '../support/fixture-builds';

/*
 * Organisers in sensitive settings build offline, and nothing about their archive may leave their
 * machine: not Astro's telemetry, not an update check. The build runs here with every attempt to
 * reach another machine recorded and refused (tests/support/record-network.cjs), as a person runs
 * it: `astro build` with none of the project's environment set.
 */

const folder = ownBuildFolder('offline');
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const networkLog = path.join(folder, 'network.log');
const recorder = path.join(repoRoot, 'tests/support/record-network.cjs');

/** What the recorder saw while a command ran. */
function attempts(): string[] {
	return existsSync(networkLog) ? readFileSync(networkLog, 'utf8').trim().split('\n').filter(Boolean) : [];
}

describe('a build', () => {
	test('makes no request to another machine, telemetry included', { timeout: 600_000 }, async () => {
		const build = await buildArchive(VALID_ARCHIVE, path.join(folder, 'out'), { env: { NODE_OPTIONS: `--require ${recorder}`, VIGIL_NETWORK_LOG: networkLog } });
		expect(build.code, build.stderr).toBe(0);
		expect(existsSync(path.join(folder, 'out/index.html'))).toBe(true);
		expect(attempts()).toEqual([]);
	});

	test('would be caught: the recorder sees a request that a command makes', async () => {
		const log = path.join(folder, 'control.log');
		const control = await runCommand(process.execPath, ['-e', "fetch('https://registry.example.org/').catch(() => {})"], {
			NODE_OPTIONS: `--require ${recorder}`,
			VIGIL_NETWORK_LOG: log,
		});
		expect(control.code).toBe(0);
		expect(readFileSync(log, 'utf8')).toMatch(/registry\.example\.org/);
	});
});

describe('every command the project defines', () => {
	const scripts = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

	test('runs Astro with its telemetry off, set before Astro starts (astro dev records before it reads the config)', () => {
		const astroCommands = Object.entries(scripts).flatMap(([name, command]) => command.split('&&').map((part) => ({ name, part: part.trim() }))).filter(({ part }) => /\bastro\b/.test(part));
		expect(astroCommands.length).toBeGreaterThan(3);
		expect(astroCommands.filter(({ part }) => !part.startsWith('ASTRO_TELEMETRY_DISABLED=1 ')).map(({ name, part }) => `${name}: ${part}`)).toEqual([]);
	});
});
