import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';

/** The command line: the command word, its positional arguments and its options. */
export interface ParsedArgs {
  command?: string;
  positionals: string[];
  options: Map<string, string | true>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

const GLOBAL_OPTIONS: Options = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
};

/** Options per command; anything else is a usage error (`parseArgs` in strict mode). */
const COMMAND_OPTIONS: ReadonlyMap<string, Options> = new Map<string, Options>([
  ['validate', {}],
  ['stats', {}],
  ['merge-driver', {}],
  ['merge', { out: { type: 'string' } }],
  [
    'render',
    {
      format: { type: 'string' },
      lang: { type: 'string' },
      track: { type: 'string' },
      out: { type: 'string' },
      today: { type: 'string' },
      'include-private': { type: 'boolean' },
    },
  ],
]);

export function isCommand(word: string): boolean {
  return COMMAND_OPTIONS.has(word);
}

/** Why the command line was refused; turned into a localised usage error by the caller. */
export class ArgsError extends Error {
  constructor(
    readonly reason: 'unknownOption' | 'optionNeedsValue' | 'optionTakesNoValue',
    readonly option: string,
    readonly known: string[],
  ) {
    super(`${reason}: ${option}`);
  }
}

/**
 * The command word comes first; the options it accepts are then parsed strictly, so a typo
 * such as `--otu` is refused instead of silently ignored. `-` is a positional (stdin); `--`
 * ends the options.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const first = argv[0];
  const command = first !== undefined && !first.startsWith('-') ? first : undefined;
  const options = { ...GLOBAL_OPTIONS, ...(command ? COMMAND_OPTIONS.get(command) : {}) };
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({
      args: command === undefined ? [...argv] : argv.slice(1),
      options,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw argsError(error, options);
  }
  const values = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') values.set(name, value);
    else if (value === true) values.set(name, true);
  }
  return { command, positionals: parsed.positionals, options: values };
}

function argsError(error: unknown, options: Options): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message ?? '';
  // Node names the offending option in quotes: "Unknown option '--otu'", "Option '--out <value>' …".
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const known = Object.keys(options).map((name) => `--${name}`);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new ArgsError('unknownOption', option, known);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = option.replace(/^-+/, '');
    const spec = options[name] ?? Object.values(options).find((o) => `-${o.short}` === option);
    return new ArgsError(
      spec?.type === 'boolean' ? 'optionTakesNoValue' : 'optionNeedsValue',
      option,
      known,
    );
  }
  return error;
}
