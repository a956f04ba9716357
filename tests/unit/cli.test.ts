import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeTemporaryFolders, repoRoot, runCommand, STACK_FRAME, temporaryFolder } from '../support/commands';

afterAll(removeTemporaryFolders);

const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

/**
 * A made-up command built on scripts/cli.ts: --outcome chooses how its work ends, so that each way
 * a command can end is seen as a person running it would see it.
 */
const DEMO_COMMAND = `
import { CommandFailure, runCommand, UsageError } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'scripts/cli.ts')).href)};

const HELP = 'Usage: demo [--name <text>] [--outcome <what>]\\n\\nGreets someone, or fails as asked.';

await runCommand({
	name: 'demo',
	help: HELP,
	options: { name: { type: 'string', default: 'world' }, outcome: { type: 'string', default: 'greeting' } },
	async run({ values }) {
		switch (values.outcome) {
			case 'greeting':
				console.log('Hello, ' + values.name + '.');
				return;
			case 'usage-error':
				throw new UsageError('--name: expected a name, found ""');
			case 'failure':
				throw new CommandFailure('Chromium was not found at /nowhere');
			case 'own-report':
				console.log('3 errors in content/: see above.');
				return 1;
			case 'crash':
				throw new Error('the disk is full');
			case 'crash-in-a-timer':
				setTimeout(() => {
					throw new Error('a timer went wrong');
				}, 0);
				return new Promise(() => {});
			case 'flood':
				// More than any pipe holds, in batches, so that a closed pipe is noticed between them.
				for (let batch = 0; batch < 2000; batch++) {
					process.stdout.write('a line of output\\n'.repeat(1000));
					await new Promise((resolve) => setImmediate(resolve));
				}
				console.error('reached the end');
				return;
		}
	},
});
`;

let demo: string;

beforeAll(() => {
	demo = path.join(temporaryFolder('cli'), 'demo.mts');
	writeFileSync(demo, DEMO_COMMAND);
});

const runDemo = (args: string[], env: Record<string, string> = {}) => runCommand(tsx, [demo, ...args], env);

describe('a command built on scripts/cli.ts', () => {
	test.each([['--help'], ['-h']])('%s prints the help to stdout and exits with 0, without doing the work', async (flag) => {
		const { code, stdout, stderr } = await runDemo([flag]);
		expect(code).toBe(0);
		expect(stdout).toBe('Usage: demo [--name <text>] [--outcome <what>]\n\nGreets someone, or fails as asked.\n');
		expect(stderr).toBe('');
	}, 60_000);

	test('reads its options, with their defaults, and exits with 0 when the work is done', async () => {
		expect(await runDemo([])).toEqual({ code: 0, stdout: 'Hello, world.\n', stderr: '' });
		expect(await runDemo(['--name', 'Amal'])).toEqual({ code: 0, stdout: 'Hello, Amal.\n', stderr: '' });
	}, 60_000);

	test.each([
		[['--colour'], "demo: Unknown option '--colour'"],
		[['--name'], "demo: Option '--name <value>' argument missing"],
		[['Amal'], "demo: Unexpected argument 'Amal'"],
		[['--help=yes'], "demo: Option '-h, --help' does not take an argument"],
		[['--outcome', 'usage-error'], 'demo: --name: expected a name, found ""'],
	])('used wrongly (%j), exits with 2: one line says what is wrong, then the help, on stderr', async (args, problem) => {
		const { code, stdout, stderr } = await runDemo(args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		const [firstLine, blank, ...help] = stderr.split('\n');
		expect(firstLine).toContain(problem);
		expect(blank).toBe('');
		expect(help.join('\n')).toBe('Usage: demo [--name <text>] [--outcome <what>]\n\nGreets someone, or fails as asked.\n');
	}, 60_000);

	test('a failure it reports exits with 1 and says why in one plain line, without a stack trace or the help', async () => {
		const { code, stdout, stderr } = await runDemo(['--outcome', 'failure']);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe('demo: Chromium was not found at /nowhere\n');
	}, 60_000);

	test('a failure it has already reported in its own output exits with 1 and adds nothing', async () => {
		expect(await runDemo(['--outcome', 'own-report'])).toEqual({ code: 1, stdout: '3 errors in content/: see above.\n', stderr: '' });
	}, 60_000);

	test.each([['crash', 'the disk is full'], ['crash-in-a-timer', 'a timer went wrong']])(
		'an unexpected error (%s) exits with 1 with its message and no stack trace',
		async (outcome, message) => {
			const { code, stderr } = await runDemo(['--outcome', outcome]);
			expect(code).toBe(1);
			expect(stderr).toContain(`demo: ${message}\n`);
			expect(stderr).toContain('VIGIL_VERBOSE=1');
			expect(stderr).not.toMatch(STACK_FRAME);
		},
		60_000,
	);

	test.each([
		['--verbose', ['--outcome', 'crash', '--verbose'], {}],
		['VIGIL_VERBOSE=1', ['--outcome', 'crash'], { VIGIL_VERBOSE: '1' }],
	])('with %s, an unexpected error shows its stack trace too', async (_how, args, env) => {
		const { code, stderr } = await runDemo(args, env);
		expect(code).toBe(1);
		expect(stderr).toContain('the disk is full');
		expect(stderr).toMatch(STACK_FRAME);
	}, 60_000);

	test('stops quietly when the reader closes its output early, as `| head -1` does', async () => {
		const child = spawn(tsx, [demo, '--outcome', 'flood'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		// Read the first chunk, then go away, as head does after its first line.
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		expect(stderr).toBe('');
		expect(code).toBe(0);
	}, 60_000);
});

describe('every command in scripts/', () => {
	const commands = ['check', 'new', 'init', 'migrate', 'write-sample-manifest', 'audit', 'bench', 'bench/image-formats', 'generate-sample-images', 'import-people'];

	test.each(commands)('%s answers --help on stdout with its usage and exits with 0', async (command) => {
		const { code, stdout, stderr } = await runCommand(tsx, [`scripts/${command}.ts`, '--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Usage: /);
		expect(stdout).toContain('--verbose');
		expect(stderr).toBe('');
	}, 60_000);

	test.each(commands)('%s exits with 2 on an unknown option and shows its help on stderr', async (command) => {
		const { code, stdout, stderr } = await runCommand(tsx, [`scripts/${command}.ts`, '--no-such-option']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain("Unknown option '--no-such-option'");
		expect(stderr).toContain('\n\nUsage: ');
		expect(stderr).not.toMatch(STACK_FRAME);
	}, 60_000);
});
