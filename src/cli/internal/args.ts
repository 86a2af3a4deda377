/** One option a command accepts. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** Allowed values of a string option. */
  readonly values?: readonly string[];
}

/** Parsed command line of one command. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

/** A usage error: the message to print, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Splits argv into positionals and `--name value` / `--name=value` options; `--` ends options.
 * Throws {@link UsageError} for an unknown option, a missing value or a value out of its set.
 */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (rest || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      rest = true;
      continue;
    }
    if (arg === '-h') {
      options.set('help', true);
      continue;
    }
    if (arg === '-o' && spec['output'] !== undefined) {
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError('option -o needs a value');
      options.set('output', next);
      i++;
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const s = spec[name];
    if (s === undefined || !Object.prototype.hasOwnProperty.call(spec, name)) throw new UsageError(`unknown option --${name}`);
    if (s.type === 'boolean') {
      if (eq >= 0) throw new UsageError(`option --${name} takes no value`);
      options.set(name, true);
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new UsageError(`option --${name} needs a value`);
      value = next;
      i++;
    }
    if (s.values !== undefined && !s.values.includes(value)) throw new UsageError(`option --${name} must be one of ${s.values.join(', ')}; got ${JSON.stringify(value)}`);
    options.set(name, value);
  }
  return { positionals, options };
}

/** A string option's value, if given. */
export function str(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

/**
 * Reads a whole-number option written in plain digits (`--threads 2`), or `undefined` when it is
 * absent. `Number()` alone would take `0x2`, `1e3`, `2.0` or ` 2 `; those are refused here, as are
 * 0 and numbers above `max`, with a {@link UsageError} naming the option.
 */
export function positiveIntOption(args: ParsedArgs, name: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const text = str(args, name);
  if (text === undefined) return undefined;
  const n = /^[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? 'a positive integer' : `a whole number from 1 to ${max}`;
    throw new UsageError(`option --${name} must be ${range}; got ${JSON.stringify(text)}`);
  }
  return n;
}

/** Whether a boolean option was given. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}
