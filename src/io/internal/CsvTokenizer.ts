import { TokenizerCore } from './TokenizerCore';
import { AntqError } from '../../errors/AntqError';
import type { CsvDelimiter, CsvReadOptions } from '../csv/CsvReadOptions';
import type { CsvRecord } from '../csv/CsvRecord';
import type { TableIssue } from '../TableIssue';
import { countBreaks } from './countBreaks';
import { emptyInput, lineTooLong, tableIssue } from '../makeTableIssue';

const LF = 10;
const CR = 13;
const QUOTE = 34;
/**
 * "Not found" for the cached `indexOf` results: larger than any index (V8's strings are shorter
 * than 2^29 characters) and a small integer, so that the fields caching it stay integer fields (a
 * larger number makes V8 keep them as boxed doubles, read through a pointer on every record).
 */
const NONE = 0x3fffffff;

/** States of the scanner that walks past an over-long record without keeping it. */
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote seen inside a quoted field: the next character says whether it was doubled. */
const QUOTED_QUOTE = 3;

interface SkipState {
  state: number;
  row: number;
  cell: number;
  /** The last character seen inside quotes was CR (a following LF belongs to it). */
  lastCR: boolean;
  quoteAt: number;
  quoteLine: number;
  quoteCell: number;
}

/**
 * Incremental RFC 4180 tokenizer on the shared {@link TokenizerCore}: the core buffers, decodes,
 * halts and batches; this class cuts records. An over-long record is walked past by a small
 * state machine that keeps no text.
 *
 * Speed: a record with no quote before its line end (the usual case) is cut with native
 * `indexOf` and `split`; only records with a quote go through the character-level path.
 */
export class CsvTokenizer extends TokenizerCore<CsvRecord> {
  private readonly fixedDelimiter: CsvDelimiter | undefined;
  private delim: CsvDelimiter = ',';
  private delimCode = 44;
  private headerCells: string[] | null = null;
  private swallowLF = false;
  private skip: SkipState | null = null;
  private nextLF = -1;
  private nextCR = -1;
  private nextQuote = -1;
  /** Cached index of the next delimiter at or after the last cell start (NONE when there is none). */
  private nextDelim = -1;
  /** The last record read was reported and not returned (too long, unclosed quote). */
  private rejected = false;

  /**
   * @throws {AntqError} `invalid_option` for a bad delimiter, record limit or batch size.
   */
  constructor(options: CsvReadOptions, fnName: string) {
    super(options, fnName);
    // Typed for TypeScript callers, checked for JavaScript ones.
    const d: unknown = options.delimiter ?? 'auto';
    if (d !== ',' && d !== ';' && d !== 'auto') {
      throw new AntqError('invalid_option', `${fnName}: delimiter must be ',', ';' or 'auto', got ${JSON.stringify(d)}`);
    }
    this.fixedDelimiter = d === 'auto' ? undefined : d;
    if (d !== 'auto') this.setDelimiter(d);
  }

  /**
   * Starts past a header read elsewhere: the text pushed next begins at a record boundary of the
   * same file (no BOM is looked for), with rows and lines counted from there.
   */
  startAfter(header: readonly string[]): void {
    this.headerCells = [...header];
    this.advance(0, 0, 0);
  }

  /** The header cells (trimmed), or `[]` while not yet read. */
  get header(): readonly string[] {
    return this.headerCells ?? [];
  }

  get delimiter(): CsvDelimiter {
    return this.delim;
  }

  private setDelimiter(d: CsvDelimiter): void {
    this.delim = d;
    this.delimCode = d.charCodeAt(0);
    this.nextDelim = -1;
  }

  protected override rebuffered(): void {
    this.nextLF = -1;
    this.nextCR = -1;
    this.nextQuote = -1;
    this.nextDelim = -1;
  }

  protected override headerPending(): boolean {
    return this.headerCells === null;
  }

  protected breaksIn(from: number, to: number): number {
    return countBreaks(this.buf, from, to);
  }

  protected isSkipping(): boolean {
    return this.skip !== null;
  }

  protected beginSkip(row: number): void {
    this.skip = { state: FIELD_START, row, cell: 0, lastCR: false, quoteAt: 0, quoteLine: 0, quoteCell: 0 };
  }

  protected skipFrom(text: string, textStart: number): number {
    let from = 0;
    if (this.swallowLF && text.length > 0) {
      this.swallowLF = false;
      if (text.charCodeAt(0) === LF) from = 1;
    }
    if (this.skip === null) return from;
    const end = this.skipFeed(text, from, textStart);
    if (end !== -1) this.skip = null;
    return end;
  }

  protected finish(issues: TableIssue[]): void {
    if (this.skip !== null) this.finishSkip(issues);
    else if (this.headerCells === null) issues.push(emptyInput('a header row', 'dòng tiêu đề'));
  }

  protected next(records: CsvRecord[], issues: TableIssue[]): boolean {
    return this.headerCells === null ? this.readHeader(issues) : this.readRecord(records, issues);
  }

  /** Read through a method: `readRecord` sets the flag, which flow analysis cannot see. */
  private lastRecordRejected(): boolean {
    return this.rejected;
  }

  private readHeader(issues: TableIssue[]): boolean {
    if (this.fixedDelimiter === undefined && this.pos < this.buf.length) {
      const end = this.lineEnd();
      if (end === NONE && !this.isFinal()) return false;
      const lineEnd = end === NONE ? this.buf.length : end;
      // A first line over the limit makes the header fail anyway; leaving the delimiter
      // undetected then keeps the result independent of how the input was chunked.
      if (lineEnd > this.pos && lineEnd - this.pos <= this.maxRecordChars + 1) {
        let commas = 0;
        let semicolons = 0;
        for (let i = this.pos; i < lineEnd; i++) {
          const c = this.buf.charCodeAt(i);
          if (c === 44) commas++;
          else if (c === 59) semicolons++;
        }
        this.setDelimiter(semicolons > commas ? ';' : ',');
      }
    }
    const got: CsvRecord[] = [];
    this.rejected = false;
    const progressed = this.readRecord(got, issues);
    if (this.lastRecordRejected()) {
      // The header record was too long or had an unclosed quote: nothing can be read without it.
      this.stop();
      return false;
    }
    const first = got[0];
    if (first !== undefined) this.setHeader(first, issues);
    return progressed;
  }

  private setHeader(record: CsvRecord, issues: TableIssue[]): void {
    const names = record.cells.map((c) => c.trim());
    this.headerCells = names;
    const seen = new Map<string, number>();
    names.forEach((name, i) => {
      const at = { line: record.line, path: ['header', i] as const };
      if (name === '') {
        issues.push(
          tableIssue(
            'empty_header',
            'error',
            `header cell ${i + 1} is empty`,
            `ô tiêu đề thứ ${i + 1} bị trống`,
            at,
          ),
        );
        return;
      }
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        issues.push(
          tableIssue(
            'duplicate_header',
            'error',
            `header "${name}" appears twice (cells ${earlier + 1} and ${i + 1})`,
            `tiêu đề "${name}" xuất hiện hai lần (ô ${earlier + 1} và ${i + 1})`,
            { ...at, column: name },
          ),
        );
        return;
      }
      seen.set(name, i);
    });
  }

  /** Index of the first CR or LF at or after `pos`, or NONE. */
  private lineEnd(): number {
    const buf = this.buf;
    const pos = this.pos;
    let lf = this.nextLF;
    if (lf < pos) {
      lf = buf.indexOf('\n', pos);
      if (lf === -1) lf = NONE;
      this.nextLF = lf;
    }
    let cr = this.nextCR;
    if (cr < pos) {
      cr = buf.indexOf('\r', pos);
      if (cr === -1) cr = NONE;
      this.nextCR = cr;
    }
    return lf < cr ? lf : cr;
  }

  /**
   * Reads one record at `pos`. Returns false when the buffer holds no complete record (more text
   * is needed, or everything is read); true after a record (or a blank line) was consumed.
   */
  private readRecord(records: CsvRecord[], issues: TableIssue[]): boolean {
    const buf = this.buf;
    const pos = this.pos;
    const len = buf.length;
    if (pos >= len) return false;
    let end = this.lineEnd();
    let q = this.nextQuote;
    if (q < pos) {
      q = buf.indexOf('"', pos);
      if (q === -1) q = NONE;
      this.nextQuote = q;
    }
    if (q < end) return this.readQuoted(records, issues);
    let next: number;
    if (end === NONE) {
      if (!this.isFinal()) return false;
      end = len;
      next = len;
    } else if (buf.charCodeAt(end) === CR) {
      if (end + 1 >= len) {
        if (!this.isFinal()) return false;
        next = len;
      } else next = buf.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
    } else next = end + 1;
    const line = this.line;
    this.pos = next;
    if (next > end) this.line++;
    if (end === pos) return true;
    const row = this.headerCells === null ? 0 : ++this.row;
    if (end - pos > this.maxRecordChars) {
      this.rejected = true;
      issues.push(lineTooLong(this.maxRecordChars, row === 0 ? { line, position: this.base + pos } : { line, row, position: this.base + pos }));
      return true;
    }
    this.emit(records, issues, row, line, pos, this.cut(buf, pos, end));
    return true;
  }

  /**
   * The cells of `buf[pos, end)`, a record without quotes: cut with native `indexOf` (about half
   * the time of `slice` + `split`). The next delimiter's index is kept, so a record with fewer
   * delimiters than the next one does not search again.
   */
  private cut(buf: string, pos: number, end: number): string[] {
    const d = this.delim;
    // As many cells as the header has, made at once and set in place (a fifth faster than
    // pushing onto an empty array, which grows it); a record with more cells pushes the rest,
    // one with fewer is cut short.
    const n = this.headerCells === null ? 0 : this.headerCells.length;
    const cells: string[] = n === 0 ? [] : new Array<string>(n);
    let i = 0;
    let start = pos;
    let k = this.nextDelim;
    for (;;) {
      if (k < start) {
        k = buf.indexOf(d, start);
        if (k === -1) k = NONE;
      }
      if (k >= end) break;
      if (i < n) cells[i] = buf.slice(start, k);
      else cells.push(buf.slice(start, k));
      i++;
      start = k + 1;
    }
    if (i < n) {
      cells[i] = buf.slice(start, end);
      if (i + 1 < n) cells.length = i + 1;
    } else cells.push(buf.slice(start, end));
    this.nextDelim = k;
    return cells;
  }

  private emit(records: CsvRecord[], issues: TableIssue[], row: number, line: number, pos: number, cells: string[]): void {
    const header = this.headerCells;
    if (header !== null && cells.length !== header.length) {
      issues.push(
        tableIssue(
          'column_count',
          'error',
          `row ${row} has ${cells.length} cells, the header has ${header.length}`,
          `dòng dữ liệu ${row} có ${cells.length} ô, tiêu đề có ${header.length} cột`,
          { line, row, position: this.base + pos },
        ),
      );
    }
    records.push({ row, line, cells });
  }

  private cellAt(i: number): { column?: string; path: (string | number)[] } {
    const name = this.headerCells?.[i];
    return name === undefined || name === '' ? { path: ['cells', i] } : { column: name, path: ['cells', i] };
  }

  /** The character-level path, for a record with a quote before its line end. */
  private readQuoted(records: CsvRecord[], issues: TableIssue[]): boolean {
    const buf = this.buf;
    const len = buf.length;
    const d = this.delimCode;
    const final = this.isFinal();
    const start = this.pos;
    const cells: string[] = [];
    const strays: number[] = [];
    let i = start;
    let breaks = 0;
    let unclosed: { at: number; line: number; cell: number } | null = null;
    let end: number;
    let next: number;
    for (;;) {
      if (i < len && buf.charCodeAt(i) === QUOTE) {
        const open = i;
        const openLine = this.line + breaks;
        let value = '';
        let j = i + 1;
        let closed = false;
        for (;;) {
          const k = buf.indexOf('"', j);
          if (k === -1) break;
          if (k + 1 >= len && !final) return false;
          value += buf.slice(j, k);
          breaks += countBreaks(buf, j, k);
          if (buf.charCodeAt(k + 1) === QUOTE) {
            value += '"';
            j = k + 2;
            continue;
          }
          i = k + 1;
          closed = true;
          break;
        }
        if (!closed) {
          if (!final) return false;
          breaks += countBreaks(buf, j, len);
          unclosed = { at: open, line: openLine, cell: cells.length };
          end = len;
          next = len;
          break;
        }
        if (i < len) {
          const c = buf.charCodeAt(i);
          if (c !== d && c !== CR && c !== LF) {
            // Text after the closing quote: kept as it is, flagged.
            let k = i;
            while (k < len) {
              const c2 = buf.charCodeAt(k);
              if (c2 === d || c2 === CR || c2 === LF) break;
              k++;
            }
            if (k >= len && !final) return false;
            value += buf.slice(i, k);
            strays.push(cells.length);
            i = k;
          }
        }
        cells.push(value);
      } else {
        let k = i;
        let quoted = false;
        while (k < len) {
          const c = buf.charCodeAt(k);
          if (c === d || c === CR || c === LF) break;
          if (c === QUOTE) quoted = true;
          k++;
        }
        if (k >= len && !final) return false;
        if (quoted) strays.push(cells.length);
        cells.push(buf.slice(i, k));
        i = k;
      }
      if (i >= len) {
        end = len;
        next = len;
        break;
      }
      const c = buf.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= len && !final) return false;
        end = i;
        next = buf.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
        break;
      }
      end = i;
      next = i + 1;
      break;
    }
    const line = this.line;
    this.line += breaks + (next > end ? 1 : 0);
    this.pos = next;
    const isHeader = this.headerCells === null;
    const row = isHeader ? 0 : ++this.row;
    const rowAt = isHeader ? {} : { row };
    if (end - start > this.maxRecordChars) {
      issues.push(lineTooLong(this.maxRecordChars, { line, ...rowAt, position: this.base + start }));
    }
    if (unclosed !== null && !(isHeader && end - start > this.maxRecordChars)) {
      issues.push(this.unclosedQuote(rowAt, unclosed.line, this.base + unclosed.at, unclosed.cell));
    }
    if (end - start > this.maxRecordChars || unclosed !== null) {
      this.rejected = true;
      return true;
    }
    for (const cell of strays) {
      issues.push(
        tableIssue(
          'stray_quote',
          'warning',
          `${isHeader ? 'header' : `row ${row}`}, cell ${cell + 1}: a quote inside a cell that is not quoted as a whole; kept as text`,
          `${isHeader ? 'dòng tiêu đề' : `dòng dữ liệu ${row}`}, ô ${cell + 1}: dấu ngoặc kép nằm giữa ô không được bao trọn trong ngoặc kép; giữ nguyên như văn bản`,
          { line, ...rowAt, ...this.cellAt(cell), position: this.base + start },
        ),
      );
    }
    this.emit(records, issues, row, line, start, cells);
    return true;
  }

  private unclosedQuote(rowAt: { row?: number }, line: number, at: number, cell: number): TableIssue {
    return tableIssue(
      'unclosed_quote',
      'error',
      `the quote opened on line ${line}, cell ${cell + 1} is never closed`,
      `dấu ngoặc kép mở ở dòng ${line}, ô ${cell + 1} không được đóng`,
      { line, ...rowAt, ...this.cellAt(cell), position: at },
    );
  }

  /**
   * Walks an over-long record in `text[from…)` without keeping it. Returns the index just after
   * the record's end, or -1 when the record goes on past `text`.
   */
  private skipFeed(text: string, from: number, textStart: number): number {
    const s = this.skip as SkipState;
    const d = this.delimCode;
    const n = text.length;
    let i = from;
    while (i < n) {
      if (s.state === FIELD_START) {
        if (text.charCodeAt(i) === QUOTE) {
          s.state = QUOTED;
          s.quoteAt = textStart + i;
          s.quoteLine = this.line;
          s.quoteCell = s.cell;
          s.lastCR = false;
          i++;
        } else s.state = UNQUOTED;
      } else if (s.state === UNQUOTED) {
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === d) {
            s.cell++;
            s.state = FIELD_START;
            i++;
            break;
          }
          if (c === LF || c === CR) {
            this.line++;
            if (c === CR) {
              if (i + 1 >= n) {
                this.swallowLF = true;
                return n;
              }
              if (text.charCodeAt(i + 1) === LF) return i + 2;
            }
            return i + 1;
          }
          i++;
        }
      } else if (s.state === QUOTED) {
        const k = text.indexOf('"', i);
        const stop = k === -1 ? n : k;
        let breaks = countBreaks(text, i, stop);
        if (s.lastCR && i < stop && text.charCodeAt(i) === LF) breaks--;
        this.line += breaks;
        s.lastCR = k === -1 && text.charCodeAt(n - 1) === CR;
        if (k === -1) return -1;
        s.state = QUOTED_QUOTE;
        i = k + 1;
      } else {
        if (text.charCodeAt(i) === QUOTE) {
          s.state = QUOTED;
          s.lastCR = false;
          i++;
        } else s.state = UNQUOTED;
      }
    }
    return -1;
  }

  /** End of input while walking past an over-long record. */
  private finishSkip(issues: TableIssue[]): void {
    const s = this.skip as SkipState;
    if (s.state === QUOTED) {
      issues.push(this.unclosedQuote({ row: s.row }, s.quoteLine, s.quoteAt, s.quoteCell));
    }
    this.skip = null;
  }
}
