import { csvLine, csvWriter } from '../internal/csvLine';
import type { CsvCellValue, CsvWriteOptions } from './CsvWriteOptions';

/** Text gathered before a chunk is yielded: large enough to keep per-yield costs low. */
const CHUNK_CHARS = 65_536;

/**
 * Streams a header and rows as CSV text chunks (same output as {@link toCsv}, joined), for files
 * too large to build as one string. Rows may come from an array, a generator or an async
 * iterable; chunks of about 64 K characters are yielded, ready for `stream.Readable.from` or
 * `fs.WriteStream.write`.
 *
 * @param header - column names
 * @param rows - rows of cell values, each as long as the header
 * @param options - delimiter, BOM, newline, formula escaping
 * @returns an async iterable of text chunks
 * @throws {AntqError} `invalid_argument` when a row's length differs from the header's, a number is not finite or a cell is of another type; `invalid_option` for a bad option.
 * @example
 * ```ts
 * await pipeline(Readable.from(writeCsvRows(['unit', 'value'], rows)), createWriteStream('out.csv'));
 * let text = '';
 * for await (const chunk of writeCsvRows(['unit', 'value'], [['VN-42', 35]])) text += chunk;
 * text;
 * // => 'unit,value\r\nVN-42,35\r\n'
 * ```
 * @category IO
 */
export async function* writeCsvRows(
  header: readonly string[],
  rows: Iterable<readonly CsvCellValue[]> | AsyncIterable<readonly CsvCellValue[]>,
  options: CsvWriteOptions = {},
): AsyncGenerator<string, void, undefined> {
  const w = csvWriter(options, 'writeCsvRows');
  let chunk = (w.bom ? '\uFEFF' : '') + csvLine(header, header.length, 0, w);
  let index = 0;
  for await (const row of rows) {
    chunk += csvLine(row, header.length, ++index, w);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
