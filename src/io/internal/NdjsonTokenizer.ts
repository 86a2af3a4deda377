import { TokenizerCore } from './TokenizerCore';
import type { NdjsonReadOptions } from '../ndjson/NdjsonReadOptions';
import type { NdjsonRecord } from '../ndjson/NdjsonRecord';
import type { TableIssue } from '../TableIssue';
import { emptyInput, lineTooLong, tableIssue } from '../makeTableIssue';

const LF = 10;
const CR = 13;
/** White space JSON allows around a value. */
const BLANK = /^[ \t\r]*$/;

/**
 * Incremental NDJSON reader on the shared {@link TokenizerCore}: lines end with LF (a CR before
 * it is dropped), each non-blank line is one JSON value. A line over the limit is walked past up
 * to its LF without being kept.
 */
export class NdjsonTokenizer extends TokenizerCore<NdjsonRecord> {
  private skipping = false;

  /**
   * @throws {AntqError} `invalid_option` for a bad record limit or batch size.
   */
  constructor(options: NdjsonReadOptions, fnName: string) {
    super(options, fnName);
  }

  protected breaksIn(from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) if (this.buf.charCodeAt(i) === LF) n++;
    return n;
  }

  protected isSkipping(): boolean {
    return this.skipping;
  }

  protected beginSkip(): void {
    this.skipping = true;
  }

  protected skipFrom(text: string): number {
    if (!this.skipping) return 0;
    const lf = text.indexOf('\n');
    if (lf === -1) return -1;
    this.skipping = false;
    this.line++;
    return lf + 1;
  }

  protected finish(issues: TableIssue[]): void {
    if (this.row === 0) issues.push(emptyInput('one JSON value per line', 'mỗi dòng một giá trị JSON'));
  }

  protected next(records: NdjsonRecord[], issues: TableIssue[]): boolean {
    const buf = this.buf;
    const len = buf.length;
    const start = this.pos;
    if (start >= len) return false;
    let lf = buf.indexOf('\n', start);
    if (lf === -1) {
      if (!this.isFinal()) return false;
      lf = len;
    }
    const end = lf > start && buf.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
    const line = this.line;
    this.pos = lf < len ? lf + 1 : len;
    if (lf < len) this.line++;
    if (end - start > this.maxRecordChars) {
      issues.push(lineTooLong(this.maxRecordChars, { line, row: ++this.row, position: this.base + start }));
      return true;
    }
    const text = buf.slice(start, end);
    if (BLANK.test(text)) return true;
    const row = ++this.row;
    try {
      records.push({ row, line, value: JSON.parse(text) as unknown, text });
    } catch (e) {
      issues.push(
        tableIssue(
          'invalid_json',
          'error',
          `line ${line} is not valid JSON: ${(e as Error).message}`,
          `dòng ${line} không phải JSON hợp lệ`,
          { line, row, position: this.base + start },
        ),
      );
    }
    return true;
  }
}
