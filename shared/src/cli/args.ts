/** Command-line parsing: positional arguments and `--name value` options, nothing more. */
export interface ParsedArgs {
  command?: string;
  positionals: string[];
  options: Map<string, string | true>;
}

/** Options that take a value; every other `--x` is a flag. */
const VALUE_OPTIONS = new Set(['format', 'lang', 'track', 'out', 'today']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') options.set('help', true);
    else if (arg.startsWith('--')) {
      const [name, inline] = splitOption(arg.slice(2));
      if (inline !== undefined) options.set(name, inline);
      else if (VALUE_OPTIONS.has(name) && i + 1 < argv.length) options.set(name, argv[++i]!);
      else options.set(name, true);
    } else positionals.push(arg);
  }
  const [command, ...rest] = positionals;
  return command === undefined
    ? { positionals: [], options }
    : { command, positionals: rest, options };
}

function splitOption(text: string): [string, string | undefined] {
  const eq = text.indexOf('=');
  return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
}
