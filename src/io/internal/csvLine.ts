import { AntqError } from '../../errors/AntqError';
import type { CsvDelimiter } from '../csv/CsvReadOptions';
import type { CsvCellValue, CsvWriteOptions } from '../csv/CsvWriteOptions';

/** Resolved writer settings. */
export interface CsvWriter {
  readonly delimiter: CsvDelimiter;
  readonly newline: string;
  readonly bom: boolean;
  readonly escapeFormulas: boolean;
  readonly needsQuotes: RegExp;
  readonly fnName: string;
}

/** First characters that make a spreadsheet evaluate a cell (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const QUOTES = /"/g;

/**
 * @throws {AntqError} `invalid_option` for an unknown delimiter or newline.
 */
export function csvWriter(options: CsvWriteOptions, fnName: string): CsvWriter {
  // Typed for TypeScript callers, checked for JavaScript ones.
  const delimiter: unknown = options.delimiter ?? ',';
  if (delimiter !== ',' && delimiter !== ';') {
    throw new AntqError('invalid_option', `${fnName}: delimiter must be ',' or ';', got ${JSON.stringify(delimiter)}`);
  }
  const newline: unknown = options.newline ?? '\r\n';
  if (newline !== '\r\n' && newline !== '\n') {
    throw new AntqError('invalid_option', `${fnName}: newline must be '\\r\\n' or '\\n'`);
  }
  return {
    delimiter,
    newline,
    bom: options.bom ?? false,
    escapeFormulas: options.escapeFormulas ?? true,
    needsQuotes: delimiter === ',' ? /[",\r\n]/ : /[";\r\n]/,
    fnName,
  };
}

/**
 * One cell as CSV text.
 *
 * @throws {AntqError} `invalid_argument` for a number that is not finite or a value of another type.
 */
function csvCell(value: CsvCellValue, w: CsvWriter): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new AntqError('invalid_argument', `${w.fnName}: a cell number must be finite, got ${String(value)}`);
    }
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value !== 'string') {
    throw new AntqError('invalid_argument', `${w.fnName}: a cell must be a string, number, boolean or null, got ${typeof value}`);
  }
  const text = w.escapeFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  return w.needsQuotes.test(text) ? `"${text.replace(QUOTES, '""')}"` : text;
}

/**
 * One row as CSV text with its line end.
 *
 * @throws {AntqError} `invalid_argument` when the row is not an array or its length differs from the header's.
 */
export function csvLine(cells: readonly CsvCellValue[], width: number, rowIndex: number, w: CsvWriter): string {
  // Checked through an `unknown` copy: `Array.isArray(cells)` would narrow `cells` to `any[]`.
  const given: unknown = cells;
  if (!Array.isArray(given)) {
    throw new AntqError('invalid_argument', `${w.fnName}: row ${rowIndex} is not an array`);
  }
  if (cells.length !== width) {
    throw new AntqError('invalid_argument', `${w.fnName}: row ${rowIndex} has ${cells.length} cells, the header has ${width}`);
  }
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += w.delimiter;
    line += csvCell(cells[i], w);
  }
  return line + w.newline;
}
