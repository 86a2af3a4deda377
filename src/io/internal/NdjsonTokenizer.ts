import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_RECORD_CHARS, positiveInteger, type Halt } from './tokenizerOptions';
import type { NdjsonReadOptions } from '../ndjson/NdjsonReadOptions';
import type { NdjsonRecord } from '../ndjson/NdjsonRecord';
import type { TableIssue } from '../TableIssue';
import { binaryContent, emptyInput, invalidUtf8, lineTooLong, tableIssue } from '../makeTableIssue';

const CR = 13;
/** White space JSON allows around a value. */
const BLANK = /^[ \t\r]*$/;


/**
 * Incremental NDJSON reader: lines end with LF (a CR before it is dropped), each non-blank line
 * is one JSON value. Same memory bound as the CSV tokenizer: one line plus the last piece pushed;
 * a longer line is skipped up to its LF without being kept.
 */
export class NdjsonTokenizer {
  readonly batchSize: number;
  private readonly maxRecordChars: number;
  private started = false;
  private buf = '';
  private pos = 0;
  private base = 0;
  private fed = 0;
  private line = 1;
  private row = 0;
  private final = false;
  private stopped = false;
  private skipping = false;
  private halt: Halt | null = null;
  private pending: TableIssue[] = [];

  /**
   * @throws {AntqError} `invalid_option` for a bad record limit or batch size.
   */
  constructor(options: NdjsonReadOptions, fnName: string) {
    this.maxRecordChars = positiveInteger(options.maxRecordChars, DEFAULT_MAX_RECORD_CHARS, 'maxRecordChars', fnName);
    this.batchSize = positiveInteger(options.batchSize, DEFAULT_BATCH_SIZE, 'batchSize', fnName);
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  push(input: string): void {
    if (this.stopped || this.final || this.halt !== null || input.length === 0) return;
    let text = input;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const textStart = this.fed;
    this.fed += text.length;
    const nul = text.indexOf('\0');
    if (nul !== -1) {
      this.halt = { code: 'binary_content', at: textStart + nul, byteOffset: -1 };
      text = text.slice(0, nul);
    }
    let from = 0;
    if (this.skipping) {
      const lf = text.indexOf('\n');
      if (lf === -1) return;
      this.skipping = false;
      this.line++;
      from = lf + 1;
    }
    if (this.pos >= this.buf.length) {
      this.buf = from === 0 ? text : text.slice(from);
      this.base = textStart + from;
    } else {
      this.buf = this.buf.slice(this.pos) + text;
      this.base += this.pos;
    }
    this.pos = 0;
  }

  failUtf8(byteOffset: number): void {
    if (this.halt === null && !this.stopped) this.halt = { code: 'invalid_utf8', at: this.fed, byteOffset };
  }

  end(): void {
    this.final = true;
  }

  take(): { records: NdjsonRecord[]; issues: TableIssue[] } {
    const records: NdjsonRecord[] = [];
    const issues = this.pending;
    this.pending = [];
    if (this.stopped) return { records, issues };
    const buf = this.buf;
    const len = buf.length;
    const final = this.final && this.halt === null;
    while (records.length < this.batchSize && this.pos < len) {
      const start = this.pos;
      let lf = buf.indexOf('\n', start);
      if (lf === -1) {
        if (!final) break;
        lf = len;
      }
      const end = lf > start && buf.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
      const line = this.line;
      this.pos = lf < len ? lf + 1 : len;
      if (lf < len) this.line++;
      if (end - start > this.maxRecordChars) {
        issues.push(lineTooLong(this.maxRecordChars, { line, row: ++this.row, position: this.base + start }));
        continue;
      }
      const text = buf.slice(start, end);
      if (BLANK.test(text)) continue;
      const row = ++this.row;
      const at = { line, row, position: this.base + start };
      try {
        records.push({ row, line, value: JSON.parse(text) as unknown, text });
      } catch (e) {
        issues.push(
          tableIssue(
            'invalid_json',
            'error',
            `line ${line} is not valid JSON: ${(e as Error).message}`,
            `dòng ${line} không phải JSON hợp lệ`,
            at,
          ),
        );
      }
    }
    if (records.length >= this.batchSize) return { records, issues };
    const remainder = len - this.pos;
    const at = this.base + this.pos;
    if (this.halt !== null) {
      if (!this.skipping && remainder > this.maxRecordChars + 1) {
        issues.push(lineTooLong(this.maxRecordChars, { line: this.line, row: ++this.row, position: at }));
      }
      const where = { line: this.line, position: this.halt.at };
      issues.push(this.halt.code === 'binary_content' ? binaryContent(where) : invalidUtf8(this.halt.byteOffset, where));
      this.stopped = true;
    } else if (this.final) {
      if (this.row === 0) issues.push(emptyInput('one JSON value per line', 'mỗi dòng một giá trị JSON'));
      this.stopped = true;
    } else if (remainder > this.maxRecordChars + 1) {
      issues.push(lineTooLong(this.maxRecordChars, { line: this.line, row: ++this.row, position: at }));
      this.skipping = true;
      this.buf = '';
      this.pos = 0;
    }
    return { records, issues };
  }
}
