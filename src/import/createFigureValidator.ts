import type { Catalogue } from '../catalogue/Catalogue';
import { AntqError } from '../errors/AntqError';
import type { Issue } from '../errors/Issue';
import { makeIssue } from '../errors/makeIssue';
import type { UnitsOption } from '../units/UnitsOption';
import { checkOptions, type ArgKind } from '../errors/checkArgs';
import type { Figure } from '../schema/FigureSchema';
import type { Programme } from '../schema/ProgrammeSchema';
import { checkFigureRow } from '../validate/checkFigureRow';
import { createFigureRules, type FactsOf, type FigureFields, type RowFacts, type RuleIssue } from '../validate/figureRules';

/**
 * Options of {@link createFigureValidator}.
 *
 * @example
 * ```ts
 * const options: FigureValidatorOptions = { maxTrackedKeys: 50_000 };
 * options.maxTrackedKeys;
 * // => 50000
 * ```
 * @category Import
 */
export interface FigureValidatorOptions {
  /** The catalogue of indicator ids and categories; default `BUILTIN_CATALOGUE`. */
  readonly catalogue?: Catalogue;
  /** Programmes to check figures against (matched by normalised code). */
  readonly programs?: readonly Programme[];
  /**
   * The units table (a list of unit versions or a registry, as in `aggregate`); when given,
   * every figure's unit must be in it and valid in its period.
   */
  readonly units?: UnitsOption;
  /**
   * Most distinct figure keys remembered for the cross-row checks (duplicates, conflicts,
   * subsets, year-to-date series); default 200,000 (about 14 MB). Past it, later keys are not
   * checked against each other and one `cross_row_checks_limited` warning says so.
   */
  readonly maxTrackedKeys?: number;
}

/**
 * Where a row sits in its file, for the issues of {@link FigureValidator.check}.
 *
 * @example
 * ```ts
 * const at: RowLocation = { row: 3, line: 4, columns: ['unit', 'indicator', 'value'] };
 * at.row;
 * // => 3
 * ```
 * @category Import
 */
export interface RowLocation {
  /** 1-based data row (header excluded). */
  readonly row: number;
  /** 1-based physical line, when the input is a text file. */
  readonly line?: number;
  /** The header, when the row came from a table: issues then point at `['cells', i]`. */
  readonly columns?: readonly string[];
}

/**
 * The outcome of checking one row: the figure when the row has no error, and its issues.
 *
 * @example
 * ```ts
 * const check: FigureCheck = { figure: undefined, issues: [] };
 * check.figure;
 * // => undefined
 * ```
 * @category Import
 */
export interface FigureCheck {
  /** The figure (a new plain object) when the row has no error, else `undefined`. */
  readonly figure: Figure | undefined;
  /** Every issue of the row, errors and warnings. */
  readonly issues: readonly Issue[];
}

/**
 * A streaming validator made by {@link createFigureValidator}.
 *
 * @example
 * ```ts
 * const v = createFigureValidator();
 * v.check({ unit: '42', indicator: 'marches', value: 35, period: '2023' }, { row: 1 }).figure?.value;
 * // => 35
 * ```
 * @category Import
 */
export interface FigureValidator {
  /**
   * Checks the next row of the stream.
   * @param row - the row as an object (anything: bad rows are reported)
   * @param at - its row number, line and header
   * @returns the figure or `undefined`, and the row's issues
   */
  check(row: unknown, at: RowLocation): FigureCheck;
  /** Distinct figure keys remembered so far (at most `maxTrackedKeys`). */
  readonly trackedKeys: number;
}

/** What each option of {@link createFigureValidator} may hold (run-time check for callers without types). */
export const VALIDATOR_OPTION_RULES = {
  catalogue: ['object'],
  programs: ['array'],
  units: ['registry', 'array'],
  maxTrackedKeys: ['number'],
} as const satisfies Readonly<Record<keyof FigureValidatorOptions, readonly ArgKind[]>>;

/**
 * Starts a row-by-row validator for a stream of figures, in memory that does not grow with the
 * input: the checks of {@link validateFigures}, the same codes and columns, but one row at a time
 * so that a file larger than memory can be validated while it is read.
 *
 * Cross-row checks compare a row only with earlier rows, so the later row of a pair carries the
 * issue: a repeated or conflicting figure (`duplicate_figure`, `conflicting_figure`), and a subset
 * above its superset (`subset_exceeds_superset`, or `subset_may_exceed_superset` when hedged)
 * whichever of the two came second, and `ytd_decreasing` on the row that breaks the series. Keys
 * are remembered as 64-bit fingerprints up to `maxTrackedKeys`; past that budget new keys are not
 * compared and the first row affected gets a `cross_row_checks_limited` warning.
 *
 * @param options - catalogue, programmes, units table and key budget
 * @returns a validator whose `check` takes rows in order
 * @throws {AntqError} `invalid_option` when `maxTrackedKeys` is not a non-negative integer; `invalid_argument` when a programme or unit carries a date that is not a real `YYYY-MM-DD` day.
 * @example
 * ```ts
 * const v = createFigureValidator();
 * const a = v.check({ unit: '42', indicator: 'marches', value: 35, period: '2023' }, { row: 1 });
 * const b = v.check({ unit: '42', indicator: 'marches', value: 36, period: '2023' }, { row: 2 });
 * [a.figure?.value, b.figure, b.issues.map((i) => i.code)];
 * // => [35, undefined, ['conflicting_figure']]
 * ```
 * @category Import
 */
export function createFigureValidator(options: FigureValidatorOptions = {}): FigureValidator {
  const v = startFigureValidator(options);
  return {
    check: (row, at) => v.check(row, at),
    get trackedKeys(): number {
      return v.trackedKeys;
    },
  };
}

/** The validator of {@link createFigureValidator}, with the readers' way in for rows that passed the row checks already. */
export interface FigureValidatorCore extends FigureValidator {
  /**
   * Runs the figure rules (catalogue, period, programme, units, cross-row) on a figure that
   * `checkFigureRow` would accept as it is, appending its located issues to `out`.
   * @returns whether the figure is kept (no error)
   */
  checkFigure(f: Figure, row: number, line: number | undefined, columns: readonly string[] | undefined, out: Issue[]): boolean;
  /** `checkFigure` with the facts of the figure's fields already decided (from `facts`). */
  checkFigureWith(f: FigureFields, facts: RowFacts, row: number, line: number | undefined, columns: readonly string[] | undefined, out: Issue[]): boolean;
  /** The rules' decisions about a field's text, for a reader that keeps them per distinct cell. */
  readonly facts: FactsOf;
}

/** Starts the validator of {@link createFigureValidator} (same options, checks and errors). */
export function startFigureValidator(options: FigureValidatorOptions = {}): FigureValidatorCore {
  checkOptions('createFigureValidator', options, VALIDATOR_OPTION_RULES);
  const maxKeys = options.maxTrackedKeys ?? 200_000;
  if (!Number.isInteger(maxKeys) || maxKeys < 0) {
    throw new AntqError('invalid_option', `createFigureValidator: maxTrackedKeys must be a non-negative integer, got ${String(maxKeys)}`);
  }
  const rules = createFigureRules({ ...options, maxTrackedKeys: maxKeys });
  const found: RuleIssue[] = [];

  const check = (row: unknown, at: RowLocation): FigureCheck => {
    const rowNo = at.row;
    const raw: Issue[] = [];
    const f = checkFigureRow(row, 0, rowNo, raw);
    const issues: Issue[] = raw.length === 0 ? [] : raw.map((i) => locate(i, at));
    if (f === undefined) return { figure: undefined, issues };
    const kept = checkFigure(f, rowNo, at.line, at.columns, issues);
    return { figure: kept ? f : undefined, issues };
  };
  const checkFigure = (f: Figure, rowNo: number, line: number | undefined, columns: readonly string[] | undefined, out: Issue[]): boolean => {
    if (found.length > 0) found.length = 0;
    return placed(rules.check(f, rowNo, found), rowNo, line, columns, out);
  };
  const checkFigureWith = (f: FigureFields, facts: RowFacts, rowNo: number, line: number | undefined, columns: readonly string[] | undefined, out: Issue[]): boolean => {
    if (found.length > 0) found.length = 0;
    return placed(rules.checkWith(f, rowNo, found, facts), rowNo, line, columns, out);
  };
  /** Moves the rules' issues of a row, located, into `out`. */
  const placed = (kept: boolean, rowNo: number, line: number | undefined, columns: readonly string[] | undefined, out: Issue[]): boolean => {
    if (found.length === 0) return kept;
    const at: { row: number; line?: number; columns?: readonly string[] } = { row: rowNo };
    if (line !== undefined) at.line = line;
    if (columns !== undefined) at.columns = columns;
    for (const r of found) out.push(locate(makeIssue(r.code, r.severity, r.message, r.messageVi, { path: [0, r.column], row: rowNo, column: r.column }), at));
    return kept;
  };

  return {
    check,
    checkFigure,
    checkFigureWith,
    facts: rules.facts,
    get trackedKeys(): number {
      return rules.trackedKeys;
    },
  };
}

/** Points an issue of field `column` at the row's cell, line and row number. */
function locate(issue: Issue, at: RowLocation): Issue {
  const column = issue.column;
  const index = column === undefined || at.columns === undefined ? -1 : at.columns.indexOf(column);
  const path: (string | number)[] = index >= 0 ? ['cells', index] : column === undefined ? [] : [column];
  const out: { -readonly [K in keyof Issue]: Issue[K] } = { ...issue, path, row: at.row };
  if (at.line !== undefined) out.line = at.line;
  return out;
}

