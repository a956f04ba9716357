/**
 * What every command in scripts/ shares: reading its options, --help, its exit codes and how it ends.
 *
 * The exit codes are the same for every command: 0 when it did its work; 1 when it could not, with a
 * message for a person (a failure the command reports, or an unexpected error); 2 when it was used
 * wrongly (an unknown option, a missing or invalid value, an argument it does not take), with the
 * help on stderr to show the right way. An unexpected error shows its message only; its stack is
 * for whoever debugs the command, and comes with --verbose or VIGIL_VERBOSE=1. When the reader of
 * the output goes away (`npm run check | head -1`), the command stops without a word.
 */
import { inspect, parseArgs, type ParseArgsConfig } from 'node:util';

/** Options that every command takes: cli.ts adds them, and handles --help itself. */
const SHARED_OPTIONS = {
	help: { type: 'boolean', short: 'h' },
	verbose: { type: 'boolean' },
} as const;

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What a command's run() receives from node:util parseArgs: the option values, defaults applied, and the other arguments. */
export type CommandArguments<Options extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: Options & typeof SHARED_OPTIONS; allowPositionals: true; strict: true }>>;

/** A command in scripts/: how it is named, its help, its options, and the work it does. */
export interface Command<Options extends OptionsConfig> {
	/** How a person runs it, e.g. "npm run check": the start of every message cli.ts prints for it. */
	name: string;
	/** The text --help prints, and that follows a usage mistake. */
	help: string;
	/** Its own options, in parseArgs form; -h/--help and --verbose are added to them. */
	options: Options;
	/** Whether it takes arguments that are not options, such as the kind of entry of npm run new. */
	allowPositionals?: boolean;
	/**
	 * Does the work. Resolves to 1 when the command failed and has already said why in its own output
	 * (check's report of content errors); to 0 or nothing when it succeeded. Throws UsageError or
	 * CommandFailure to stop with a message.
	 */
	run(parsed: CommandArguments<Options>): Promise<0 | 1 | void>;
}

/** A mistake in how the command was used, said in one line: exit code 2, with the help after it. */
export class UsageError extends Error {}

/** A reason the command cannot do its work, said for a person: exit code 1, without a stack trace. */
export class CommandFailure extends Error {}

/** What the codes of node:util parseArgs's own errors start with: each is a usage mistake. */
const PARSE_ARGS_ERROR = 'ERR_PARSE_ARGS_';

/** Runs a command as this process: reads the arguments, does the work, prints what went wrong, and exits with the code. */
export async function runCommand<Options extends OptionsConfig>(command: Command<Options>, args: string[] = process.argv.slice(2)): Promise<void> {
	// Read from the arguments as given, so that an error in reading them can still be shown in full.
	const verbose = process.env.VIGIL_VERBOSE === '1' || args.includes('--verbose');
	stopQuietlyWhenOutputCloses();
	// An error thrown where no one awaits it (an event handler, a stray promise) is unexpected too.
	process.on('uncaughtException', (error) => exitWith(reportError(command, error, verbose)));
	try {
		exitWith(await exitCodeOf(command, args));
	} catch (error) {
		exitWith(reportError(command, error, verbose));
	}
}

/** Reads the arguments and runs the command, or prints its help: the exit code, unless it throws. */
async function exitCodeOf<Options extends OptionsConfig>(command: Command<Options>, args: string[]): Promise<number> {
	const options: OptionsConfig = { ...command.options, ...SHARED_OPTIONS };
	let parsed;
	try {
		parsed = parseArgs({ args, options, allowPositionals: command.allowPositionals ?? false, strict: true });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (typeof code === 'string' && code.startsWith(PARSE_ARGS_ERROR)) throw new UsageError((error as Error).message);
		throw error;
	}
	if (parsed.values.help) {
		console.log(command.help);
		return 0;
	}
	// parseArgs checked every value against the options, so they have the types the options declare.
	return (await command.run(parsed as CommandArguments<Options>)) ?? 0;
}

/** Prints what went wrong, as the kind of error calls for, and gives the exit code. */
function reportError(command: Pick<Command<OptionsConfig>, 'name' | 'help'>, error: unknown, verbose: boolean): number {
	if (error instanceof UsageError) {
		console.error(`${command.name}: ${error.message}\n\n${command.help}`);
		return 2;
	}
	if (error instanceof CommandFailure) {
		console.error(`${command.name}: ${error.message}`);
		return 1;
	}
	if (verbose) console.error(`${command.name}: ${inspect(error)}`);
	else console.error(`${command.name}: ${error instanceof Error ? error.message : String(error)}\n(Set VIGIL_VERBOSE=1 or pass --verbose to see where it happened.)`);
	return 1;
}

/**
 * Ends the process with `code` once stdout and stderr have taken what was written to them. It exits
 * rather than waiting for the event loop to empty, as bench always did, because a preview server or
 * a browser that a command started may keep handles open after the command is done. The empty
 * writes come first because writes to a pipe are asynchronous on POSIX ("A note on process I/O" in
 * Node's process docs): exiting at once could cut the output short.
 */
function exitWith(code: number): void {
	process.exitCode = code;
	process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

/**
 * Piping into `head` closes the output early: that is the reader's choice, not a failure, so the
 * command stops where it is, without the "Unhandled 'error' event" Node would otherwise print.
 */
function stopQuietlyWhenOutputCloses(): void {
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') process.exit(Number(process.exitCode ?? 0));
			throw error;
		});
	}
}
