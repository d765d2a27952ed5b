/**
 * The `coaching-notes` command. Bundled by `npm run build -w shared` into dist/cli.js and
 * started by bin/coaching-notes.js.
 */
import { localeFromLanguageTag } from '../i18n';
import pkg from '../../package.json';
import { parseArgs } from './args';
import { merge, mergeDriver, render, stats, validate } from './commands';
import { CliFailure, EXIT, say, type CliIo } from './io';

const COMMANDS = {
  validate,
  merge,
  render,
  stats,
  'merge-driver': mergeDriver,
} as const;

/** Runs one command and returns its exit code; never calls process.exit itself. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.options.has('version')) {
    io.out(pkg.version);
    return EXIT.ok;
  }
  if (!args.command || args.options.has('help')) {
    io.out(say(io, 'exchange.cli.usage'));
    return args.command || args.options.has('help') ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[args.command as keyof typeof COMMANDS];
  try {
    if (!command) {
      throw new CliFailure(
        EXIT.usage,
        say(io, 'exchange.cli.unknownCommand', { command: args.command }),
      );
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
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (error) {
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = EXIT.io;
  }
}
