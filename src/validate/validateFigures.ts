import type { Catalogue } from '../catalogue/Catalogue';
import type { Issue } from '../errors/Issue';
import { makeIssue } from '../errors/makeIssue';
import type { UnitsOption } from '../units/UnitsOption';
import { checkArg, checkOptions, type ArgKind } from '../errors/checkArgs';
import type { Figure } from '../schema/FigureSchema';
import type { Programme } from '../schema/ProgrammeSchema';
import { checkFigureRow } from './checkFigureRow';
import { createFigureRules, type RuleIssue } from './figureRules';

/**
 * Options of {@link validateFigures}.
 *
 * @category Validation
 */
export interface ValidateFiguresOptions {
  /** The catalogue the indicator ids and categories come from; default {@link BUILTIN_CATALOGUE}. */
  readonly catalogue?: Catalogue;
  /** Programmes to check figures against (matched by normalised code). */
  readonly programs?: readonly Programme[];
  /**
   * The units table (a list of unit versions or a registry, as in `aggregate`); when given,
   * every figure's unit must be in it and valid in its period.
   */
  readonly units?: UnitsOption;
  /** The `row` number of the first figure (default 0: rows are array indexes; a CSV reader passes 1). */
  readonly firstRow?: number;
}

/**
 * The outcome of {@link validateFigures}: the figures that passed (rows without errors, in input
 * order, as new plain objects), every issue found, and the row numbers that were rejected.
 *
 * @category Validation
 */
export interface FigureValidation {
  /** The figures kept: every row without an error-severity issue. */
  readonly figures: Figure[];
  /** All issues, errors and warnings, in row order then check order. */
  readonly issues: Issue[];
  /** The `row` numbers of the rejected rows, ascending. */
  readonly rejectedRows: number[];
}

/** What each option of {@link validateFigures} may hold (run-time check for callers without types). */
const VALIDATE_OPTION_RULES = {
  catalogue: ['object'],
  programs: ['array'],
  units: ['registry', 'array'],
  firstRow: ['number'],
} as const satisfies Readonly<Record<keyof ValidateFiguresOptions, readonly ArgKind[]>>;

/**
 * Validates a data set of figures beyond the per-row schema, and keeps every good row. Each row
 * is checked with a fast hand-written twin of {@link FigureSchema}, then against the catalogue,
 * the programmes, the units table and the other rows. A row with an error is rejected; warnings
 * keep it. Issues carry `path` `[index, field]`, `row` (`firstRow + index`) and `column`.
 *
 * Error codes: `invalid_row`, `missing_field`, `invalid_type`, `invalid_format`, `invalid_value`,
 * `negative_value`, `non_finite_value`, `vague_value`, `unknown_indicator`, `unknown_category`,
 * `uom_not_allowed`, `invalid_period` (with the period parser's code in the message),
 * `period_outside_program`, `unit_not_in_table`, `unit_outside_validity`, `duplicate_figure`
 * (same figure again: later rows rejected), `conflicting_figure` (same key, other value: later
 * rows rejected), `subset_exceeds_superset` (both exact: `valuable_tips_received` above
 * `tips_received` for the same unit, reporter, period, category, unit of measure and statistic;
 * reported on the later row of the pair, whichever of the two comes second).
 *
 * The rules are the same as {@link createFigureValidator}'s, run by the same code: each row is
 * compared with the rows before it, so both report the same issues on the same rows.
 *
 * Warning codes: `missing_period` (kept, takes no part in per-period results), `unknown_program`,
 * `period_partly_outside_program`, `unit_partly_outside_validity`, `subset_may_exceed_superset`
 * (either side hedged), `stock_summed_over_time` (a stock with statistic `total` over more than
 * a year), `ytd_decreasing` (a year-to-date series that falls within one year).
 *
 * @param rows - the figures, e.g. parsed JSON or CSV records (anything; bad rows are reported)
 * @param options - catalogue, programmes, units table, first row number
 * @returns the kept figures, all issues and the rejected row numbers
 * @throws {@link AntqError} `invalid_argument` when a programme or unit passed in `options`
 * carries a date that is not a real `YYYY-MM-DD` day (validate them with {@link ProgrammeSchema}
 * and {@link AdminUnitSchema} first); bad figure rows never throw
 * @example
 * ```ts
 * const r = validateFigures([
 *   { unit: '42', period: '2023', indicator: 'weapons_surrendered', category: 'gun.military', value: 127, uom: 'piece' },
 *   { unit: '42', period: '2023', indicator: 'weapons_surrendered', category: 'gun.military', value: 5, uom: 'kg' },
 * ]);
 * r.figures.length;
 * // => 1
 * r.issues.map((i) => [i.code, i.row]);
 * // => [['uom_not_allowed', 1]]
 * ```
 * @category Validation
 */
export function validateFigures(rows: readonly unknown[], options: ValidateFiguresOptions = {}): FigureValidation {
  checkArg('validateFigures', 'rows', rows, ['array']);
  checkOptions('validateFigures', options, VALIDATE_OPTION_RULES);
  const firstRow = options.firstRow ?? 0;
  const rules = createFigureRules({ ...options, maxTrackedKeys: Infinity });
  const issues: Issue[] = [];
  const figures: Figure[] = [];
  const rejectedRows: number[] = [];
  const found: RuleIssue[] = [];
  for (let i = 0; i < rows.length; i++) {
    const rowNo = firstRow + i;
    const f = checkFigureRow(rows[i], i, rowNo, issues);
    if (f === undefined) {
      rejectedRows.push(rowNo);
      continue;
    }
    found.length = 0;
    const kept = rules.check(f, rowNo, found);
    for (const r of found) issues.push(makeIssue(r.code, r.severity, r.message, r.messageVi, { path: [i, r.column], row: rowNo, column: r.column }));
    if (kept) figures.push(f);
    else rejectedRows.push(rowNo);
  }
  return { figures, issues, rejectedRows };
}
