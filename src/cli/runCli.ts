import { AntqError } from '../errors/AntqError';
import { BUILTIN_CATALOGUE } from '../catalogue/builtinCatalogue';
import type { CliIo } from './CliIo';
import { PERIOD_GRANULARITIES } from '../period/PeriodGranularity';
import { UNIT_LEVELS } from '../schema/UnitLevel';
import { catalogCommand } from './internal/catalogCommand';
import { compareCommand } from './internal/compareCommand';
import type { Ctx } from './internal/context';
import { convertCommand } from './internal/convertCommand';
import { extractCommand } from './internal/extractCommand';
import { helpTexts } from './internal/help';
import { InputError } from './internal/inputs';
import { loadCatalogue } from './internal/loadCatalogue';
import { flag, parseArgs, str, UsageError, type OptionSpec } from './internal/args';
import { parseCommand } from './internal/parseCommand';
import { ANTQ_VERSION } from './internal/version';
import { FILTER_OPTIONS } from './internal/filterOption';
import { CATALOGUE_OPTION, INPUT_OPTIONS, optionInputs } from './internal/readInput';
import { reportCommand } from './internal/reportCommand';
import { summarizeCommand } from './internal/summarizeCommand';
import { SQL_OPTIONS, sqlCommand, wantsSql } from './internal/sqlCommands';
import { unitsCommand } from './internal/unitsCommand';
import { validateCommand } from './internal/validateCommand';
import { openOutputFile } from './internal/writer';


const COMMON: Readonly<Record<string, OptionSpec>> = {
  format: { type: 'string', values: ['table', 'csv', 'json', 'md', 'html'] },
  lang: { type: 'string', values: ['vi', 'en'] },
  help: { type: 'boolean' },
  output: { type: 'string' },
};
const BY = { type: 'string' } as const;
const LEVEL = { type: 'string', values: UNIT_LEVELS } as const;
const AS_OF = { type: 'string' } as const;
const MAX_GROUPS = { type: 'string' } as const;

const SPECS: Readonly<Record<string, Readonly<Record<string, OptionSpec>>>> = {
  validate: { ...COMMON, ...INPUT_OPTIONS },
  summarize: { ...COMMON, ...INPUT_OPTIONS, ...FILTER_OPTIONS, ...SQL_OPTIONS, period: { type: 'string' }, by: BY, level: LEVEL, granularity: { type: 'string', values: PERIOD_GRANULARITIES }, 'as-of': AS_OF, 'max-groups': MAX_GROUPS },
  compare: { ...COMMON, ...INPUT_OPTIONS, ...FILTER_OPTIONS, ...SQL_OPTIONS, current: { type: 'string' }, baseline: { type: 'string' }, by: BY, level: LEVEL, align: { type: 'string', values: ['calendar', 'elapsed', 'rate'] }, 'as-of': AS_OF, 'max-groups': MAX_GROUPS },
  report: { ...COMMON, ...INPUT_OPTIONS, ...FILTER_OPTIONS, ...SQL_OPTIONS, compare: { type: 'string' }, title: { type: 'string' }, unit: { type: 'string' }, period: { type: 'string' }, date: { type: 'string' }, 'as-of': AS_OF },
  units: { ...COMMON, units: { type: 'string' }, date: { type: 'string' }, code: { type: 'string' }, level: LEVEL },
  catalog: { ...COMMON, ...CATALOGUE_OPTION, units: { type: 'string' }, list: { type: 'string', values: ['indicators', 'categories', 'uoms', 'qualifiers', 'units'] } },
  parse: { ...COMMON, ...CATALOGUE_OPTION, 'ref-date': { type: 'string' } },
  convert: { ...COMMON, ...INPUT_OPTIONS, 'output-format': { type: 'string', values: ['csv', 'json', 'ndjson'] }, 'write-vi-numbers': { type: 'boolean' }, bom: { type: 'boolean' } },
  load: { ...COMMON, ...INPUT_OPTIONS, ...SQL_OPTIONS },
  extract: { ...COMMON, ...CATALOGUE_OPTION, date: { type: 'string' }, unit: { type: 'string' }, program: { type: 'string' } },
};

/** How many file arguments each command takes: exactly, or at least one (`many`, `-` for stdin among them). */
const ARITY: Readonly<Record<string, number | 'many'>> = { validate: 'many', summarize: 'many', compare: 'many', report: 'many', catalog: 0, units: 0, convert: 2, extract: 1 };

/** The language of help texts: `--lang`, else Vietnamese when the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) is. */
function helpLang(argv: readonly string[], env: CliIo['env']): 'vi' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'vi' || value === 'en') return value;
  }
  const locale = env?.['LC_ALL'] || env?.['LC_MESSAGES'] || env?.['LANG'] || '';
  return /^vi(?:[_.@-]|$)/i.test(locale) ? 'vi' : 'en';
}

async function dispatch(command: string, ctx: Ctx, convertTo: string | undefined): Promise<number> {
  const [a = '', b = ''] = ctx.args.positionals;
  switch (command) {
    case 'validate':
      return await validateCommand(ctx, ctx.args.positionals);
    case 'summarize':
      return await summarizeCommand(ctx, ctx.args.positionals);
    case 'compare':
      return await compareCommand(ctx, ctx.args.positionals);
    case 'report':
      return await reportCommand(ctx, ctx.args.positionals);
    case 'catalog':
      return await catalogCommand(ctx);
    case 'units':
      return await unitsCommand(ctx);
    case 'parse':
      return parseCommand(ctx, ctx.args.positionals);
    case 'convert':
      return await convertCommand(ctx, a, convertTo ?? b);
    default:
      return await extractCommand(ctx, a);
  }
}

/**
 * Runs the `antq` command line: `validate`, `summarize`, `compare`, `report`, `catalog`, `units`,
 * `parse`, `convert` and `extract`, a thin shell over the public API. Returns the exit code instead of
 * exiting: 0 on success, 1 for invalid data or an unreadable input (the message names the file,
 * line, row and column), 2 for a usage error (unknown command or option, missing argument, a
 * file that does not exist). It never throws for bad input or bad arguments.
 *
 * @param argv - the arguments after the program name, e.g. `['validate', 'figures.csv', '--format', 'json']`
 * @param io - standard output and error (and input for `-`), and the working directory
 * @returns the exit code
 * @throws {AntqError} only for a fault in antq itself or in `io` (a bug, not bad input).
 * @example
 * ```ts
 * let out = '';
 * const code = await runCli(['parse', 'trên 127 khẩu súng quân dụng', '--format', 'json'], { stdout: { write: (s: string) => (out += s) }, stderr: process.stderr });
 * [code, JSON.parse(out).qualifier, JSON.parse(out).category];
 * // => [0, 'over', 'gun.military']
 * ```
 * @category CLI
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // `--lang L` may also come before the command (`antq --lang vi --help`).
  const lead = argv[0] === '--lang' ? 2 : argv[0]?.startsWith('--lang=') === true ? 1 : 0;
  const [command, ...after] = argv.slice(lead);
  const rest = [...after, ...argv.slice(0, lead)];
  const { global: GLOBAL_HELP, commands: COMMAND_HELP } = helpTexts(helpLang(argv, io.env));
  if (command === '--version' || command === '-V') {
    io.stdout.write(`${ANTQ_VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic !== undefined && COMMAND_HELP[topic] !== undefined) io.stdout.write(COMMAND_HELP[topic]);
    else if (command === undefined) io.stderr.write(GLOBAL_HELP);
    else io.stdout.write(GLOBAL_HELP);
    return command === undefined ? 2 : 0;
  }
  const spec = Object.prototype.hasOwnProperty.call(SPECS, command) ? SPECS[command] : undefined;
  if (spec === undefined) {
    io.stderr.write(`antq: unknown command ${JSON.stringify(command)}\n\n${GLOBAL_HELP}`);
    return 2;
  }
  try {
    const args = parseArgs(rest, spec);
    if (flag(args, 'help')) {
      io.stdout.write(COMMAND_HELP[command] ?? GLOBAL_HELP);
      return 0;
    }
    const format = (str(args, 'format') ?? (command === 'extract' ? 'csv' : 'table')) as Ctx['format'];
    if (format === 'html' && command !== 'report') throw new UsageError('--format html is only for report');
    const lang = str(args, 'lang') === 'vi' ? 'vi' : 'en';
    const catalogueFile = str(args, 'catalogue');
    const catalogue = catalogueFile === undefined ? BUILTIN_CATALOGUE : await loadCatalogue(io, catalogueFile, lang);
    const ctx: Ctx = { io, args, lang, format, catalogue };
    if (wantsSql(command, args)) return await sqlCommand(ctx, command);
    const output = str(args, 'output');
    // `convert <in> -o <out>` is `convert <in> <out>`.
    const convertTo = command === 'convert' && output !== undefined ? output : undefined;
    const given = ARITY[command];
    const arity = typeof given === 'number' ? given - (convertTo === undefined ? 0 : 1) : given;
    const n = args.positionals.length;
    if (arity === 'many' ? n === 0 : arity !== undefined && n !== arity) {
      throw new UsageError(`${command} takes ${arity === 'many' ? 'one or more file arguments' : arity === 0 ? 'no file argument' : arity === 1 ? 'one file argument' : `${arity} file arguments`}, got ${n}`);
    }
    if (arity === 'many' && args.positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
    if (output === undefined || convertTo !== undefined) {
      return await dispatch(command, ctx, convertTo);
    }
    // `-o FILE`: what the command prints goes to a temporary file, renamed into place only when the
    // command succeeds (validate also keeps its report of invalid data); a failure leaves FILE as it was.
    const file = await openOutputFile(io, output, [...args.positionals, ...optionInputs(ctx)]);
    let code = 2;
    try {
      code = await dispatch(command, { ...ctx, io: { ...io, stdout: file.stdout } }, undefined);
    } finally {
      await (code === 0 || (command === 'validate' && code === 1) ? file.commit() : file.discard());
    }
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`antq ${command}: ${e.message}\nRun "antq ${command} --help" for usage.\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr.write(`antq ${command}: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof AntqError) {
      // Options the library refuses (a bad period id, a record limit out of range) are usage errors.
      io.stderr.write(`antq ${command}: ${e.message}\n`);
      return e.code === 'invalid_argument' || e.code === 'invalid_option' ? 2 : 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code === 'string' && typeof err.message === 'string') {
      // File system errors (permission denied, disk full) while reading or writing.
      io.stderr.write(`antq ${command}: ${err.message}\n`);
      return 1;
    }
    throw e;
  }
}
