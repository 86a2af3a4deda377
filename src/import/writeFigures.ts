import type { CsvDelimiter } from '../io/csv/CsvReadOptions';
import type { CsvCellValue } from '../io/csv/CsvWriteOptions';
import { writeCsvRows } from '../io/csv/writeCsvRows';
import { writeNdjson } from '../io/ndjson/writeNdjson';
import type { Figure } from '../schema/FigureSchema';
import { formatViNumber } from '../viNumber/formatViNumber';
import { FIGURE_COLUMNS } from './FIGURE_COLUMNS';
import type { FigureFormat } from './readFigures';

/**
 * Options of {@link writeFigures}.
 *
 * @example
 * ```ts
 * const excel: WriteFiguresOptions = { format: 'csv', viNumbers: true, bom: true };
 * excel.viNumbers;
 * // => true
 * ```
 * @category Import
 */
export interface WriteFiguresOptions {
  /** Output format (default `csv`). */
  readonly format?: FigureFormat;
  /** CSV: write values in Vietnamese format (`17.543`, `2,2`); the separator then defaults to `;`. */
  readonly viNumbers?: boolean;
  /** CSV separator (default `,`, or `;` with `viNumbers`). */
  readonly delimiter?: CsvDelimiter;
  /** CSV: start with a UTF-8 byte order mark, which Excel needs for Vietnamese text (default false). */
  readonly bom?: boolean;
  /** CSV line end (default `\r\n`). */
  readonly newline?: '\r\n' | '\n';
}

const CHUNK_CHARS = 65_536;

/**
 * Streams figures out in the long format as text chunks: CSV with the {@link FIGURE_COLUMNS}
 * header (cells a spreadsheet would run as a formula, such as `=1+1` or `@SUM(…)`, get a leading
 * `'`), a JSON array, or NDJSON. {@link readFigures} reads every format back to the same figures.
 *
 * @param figures - an array, a generator or an async iterable of figures
 * @param options - format, Vietnamese numbers, CSV separator, BOM and line end
 * @returns an async iterable of text chunks, ready for `fs.WriteStream.write` or `stream.Readable.from`
 * @throws {AntqError} `invalid_argument` (or `invalid_number` with `viNumbers`) when a value is not a finite number: validate figures first.
 * @example
 * ```ts
 * let text = '';
 * for await (const chunk of writeFigures([{ unit: '42', indicator: 'explosives_surrendered', value: 17543, uom: 'kg', note: '=cmd' }], { viNumbers: true, newline: '\n' })) text += chunk;
 * text.split('\n')[1];
 * // => ';42;;;explosives_surrendered;;17.543;kg;;;\'=cmd;'
 * ```
 * @category Import
 */
export async function* writeFigures(figures: Iterable<Figure> | AsyncIterable<Figure>, options: WriteFiguresOptions = {}): AsyncGenerator<string, void, undefined> {
  const format = options.format ?? 'csv';
  if (format === 'ndjson') {
    yield* writeNdjson(figures);
    return;
  }
  if (format === 'json') {
    let chunk = '[';
    let first = true;
    for await (const f of figures) {
      chunk += (first ? '\n' : ',\n') + JSON.stringify(f);
      first = false;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}${first ? '' : '\n'}]\n`;
    return;
  }
  const vi = options.viNumbers ?? false;
  const csv: { delimiter: CsvDelimiter; bom?: boolean; newline?: '\r\n' | '\n' } = { delimiter: options.delimiter ?? (vi ? ';' : ',') };
  if (options.bom !== undefined) csv.bom = options.bom;
  if (options.newline !== undefined) csv.newline = options.newline;
  yield* writeCsvRows(FIGURE_COLUMNS, rowsOf(figures, vi), csv);
}

async function* rowsOf(figures: Iterable<Figure> | AsyncIterable<Figure>, vi: boolean): AsyncGenerator<CsvCellValue[], void, undefined> {
  for await (const f of figures) {
    yield [f.program, f.unit, f.reporter, f.period, f.indicator, f.category, vi ? formatViNumber(f.value) : f.value, f.uom, f.qualifier, f.statistic, f.note, f.source];
  }
}
