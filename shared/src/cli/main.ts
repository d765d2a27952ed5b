/**
 * The `coaching-notes` command. Bundled by `npm run build -w shared` into dist/cli.js and
 * started by bin/coaching-notes.js.
 */
import { localeFromLanguageTag } from '../i18n';
import pkg from '../../package.json';
import { ArgsError, isCommand, parseArgs, type ParsedArgs } from './args';
import { merge, mergeDriver, render, stats, validate } from './commands';
import { CliFailure, EXIT, say, type CliIo } from './io';

type Command = (io: CliIo, args: ParsedArgs) => Promise<number>;

/** A Map, so that words like `constructor` or `__proto__` are unknown commands, not methods. */
const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['validate', validate],
  ['merge', merge],
  ['render', render],
  ['stats', stats],
  ['merge-driver', mergeDriver],
]);

function usageFailure(io: CliIo, error: ArgsError): CliFailure {
  return new CliFailure(
    EXIT.usage,
    say(io, `exchange.cli.${error.reason}`, {
      option: error.option,
      known: error.known.join(', '),
    }),
  );
}

/** Runs one command and returns its exit code; never calls process.exit itself. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const word = argv[0];
    if (word !== undefined && !word.startsWith('-') && !isCommand(word)) {
      throw new CliFailure(EXIT.usage, say(io, 'exchange.cli.unknownCommand', { command: word }));
    }
    let args: ParsedArgs;
    try {
      args = parseArgs(argv);
    } catch (error) {
      throw error instanceof ArgsError ? usageFailure(io, error) : error;
    }
    if (args.options.has('version')) {
      io.out(pkg.version);
      return EXIT.ok;
    }
    const command = args.command === undefined ? undefined : COMMANDS.get(args.command);
    if (!command || args.options.has('help')) {
      io.out(say(io, 'exchange.cli.usage'));
      return command || args.options.has('help') ? EXIT.ok : EXIT.usage;
    }
    return await command(io, args);
  } catch (error) {
    if (error instanceof CliFailure) {
      io.err(error.message);
      return error.code;
    }
    throw error;
  }
}

/**
 * A reader that stops early (`| head -c 1`) closes the pipe: that is not an error worth a
 * stack trace, so the command ends quietly, as `cat` does.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
}

/** The process entry: locale from the environment, output to stdout/stderr. */
export async function main(): Promise<void> {
  const env = process.env;
  const io: CliIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    locale: localeFromLanguageTag(
      env['COACHING_NOTES_LANG'] ?? env['LC_ALL'] ?? env['LC_MESSAGES'] ?? env['LANG'],
    ),
  };
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (error) {
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = EXIT.io;
  }
}
