import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** How a command ran: its wall time, the most memory its processes held at once, what it printed. */
export interface CommandMeasurement {
	seconds: number;
	/** The highest total resident memory of the command and every process it started, sampled. */
	peakRssBytes: number;
	exitCode: number | null;
	output: string;
}

/** Every process's parent, from /proc (Linux): how the sampler finds a command's children. */
function parentsByPid(): Map<number, number> {
	const parents = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// The command name, in brackets, may hold spaces: the fields we want come after its ')'.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parents.set(Number(entry), Number(fields[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	return parents;
}

/** The kilobytes in one /proc/<pid>/status line such as "VmHWM:  123456 kB". */
function statusKilobytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	try {
		const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) : 0;
	} catch {
		return 0;
	}
}

function treeOf(root: number): number[] {
	const parents = parentsByPid();
	const tree = [root];
	for (let index = 0; index < tree.length; index++) {
		for (const [pid, parent] of parents) if (parent === tree[index]) tree.push(pid);
	}
	return tree;
}

/**
 * Runs a command and measures it. Memory is sampled every 200 ms as the sum of the resident sets
 * of the whole process tree (npx, node, the Pagefind binary…), and each process's own high-water
 * mark (VmHWM) is taken too, so a short peak between two samples is not missed.
 */
export function measureCommand(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; echo?: (line: string) => void }): Promise<CommandMeasurement> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		let pending = '';
		const take = (chunk: Buffer) => {
			const text = chunk.toString();
			output += text;
			pending += text;
			const lines = pending.split('\n');
			pending = lines.pop() ?? '';
			for (const line of lines) options.echo?.(line);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		let peakRssBytes = 0;
		const sample = () => {
			if (child.pid === undefined) return;
			const tree = treeOf(child.pid);
			const total = tree.reduce((sum, pid) => sum + statusKilobytes(pid, 'VmRSS'), 0);
			const largest = Math.max(0, ...tree.map((pid) => statusKilobytes(pid, 'VmHWM')));
			peakRssBytes = Math.max(peakRssBytes, total * 1024, largest * 1024);
		};
		const sampler = setInterval(sample, 200);
		child.on('error', (error) => {
			clearInterval(sampler);
			reject(error);
		});
		child.on('close', (exitCode) => {
			clearInterval(sampler);
			if (pending) options.echo?.(pending);
			resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes, exitCode, output });
		});
	});
}

/** How many images Astro encoded and how many it copied from its cache, from the build's log. */
export function imageCounts(buildOutput: string): { encoded: number; reused: number } {
	return {
		encoded: (buildOutput.match(/\(before: \d+kB, after: \d+kB\)/g) ?? []).length,
		reused: (buildOutput.match(/\((?:reused|revalidated) cache entry\)/g) ?? []).length,
	};
}
