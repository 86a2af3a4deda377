import { DEFAULT_BATCH_SIZE, DEFAULT_MAX_RECORD_CHARS, positiveInteger, type Halt } from './tokenizerOptions';
import { decodeSource } from '../decodeSource';
import type { TableIssue } from '../TableIssue';
import type { TextSource } from '../TextSource';
import { binaryContent, invalidUtf8, lineTooLong } from '../makeTableIssue';

/** Records and the issues met since the previous take. */
export interface Taken<R> {
  records: R[];
  issues: TableIssue[];
}

/**
 * What the CSV and NDJSON tokenizers share: text pushed in pieces of any size (the BOM dropped,
 * a NUL or bytes that are not UTF-8 halting the input where they stand), the buffer of text not
 * yet cut and its compaction, absolute positions, line and row counters, batches of records, and
 * what happens at the end: the halt reported on the right line, a record in progress that is
 * certainly over `maxRecordChars` reported once and walked past without being kept.
 *
 * A format only cuts records (`next`), says how line breaks count (`breaksIn`) and how an
 * over-long record is walked past (`skipFrom`). Memory holds at most one record plus the last
 * piece pushed.
 */
export abstract class TokenizerCore<R> {
  readonly maxRecordChars: number;
  readonly batchSize: number;
  private bomSeen = false;
  private started = false;
  /** Text not yet cut, from `pos`. */
  protected buf = '';
  protected pos = 0;
  /** Absolute character offset of `buf[0]`. */
  protected base = 0;
  /** Characters received so far (BOM excluded). */
  private fed = 0;
  /** Physical line at `pos`. */
  protected line = 1;
  /** Data rows counted so far (cut, rejected or walked past). */
  protected row = 0;
  private final = false;
  private stopped = false;
  private halt: Halt | null = null;

  /**
   * @throws {AntqError} `invalid_option` for a bad record limit or batch size.
   */
  constructor(options: { readonly maxRecordChars?: number; readonly batchSize?: number }, fnName: string) {
    this.maxRecordChars = positiveInteger(options.maxRecordChars, DEFAULT_MAX_RECORD_CHARS, 'maxRecordChars', fnName);
    this.batchSize = positiveInteger(options.batchSize, DEFAULT_BATCH_SIZE, 'batchSize', fnName);
  }

  /** Whether the input started with a UTF-8 byte order mark. */
  get bom(): boolean {
    return this.bomSeen;
  }

  /** Nothing more will come out: the input ended or a fatal problem stopped it. */
  get isStopped(): boolean {
    return this.stopped;
  }

  /** Stops the input: nothing more is read. */
  protected stop(): void {
    this.stopped = true;
  }

  /** The end of the buffer is the end of the input (not a halt on bad bytes). */
  protected isFinal(): boolean {
    return this.final && this.halt === null;
  }

  /**
   * Cuts one record at `pos` into `records` (or reports it). Returns false when the buffer holds
   * no complete record (more text is needed, or everything is read).
   */
  protected abstract next(records: R[], issues: TableIssue[]): boolean;

  /** Line breaks in `buf[from, to)`, as this format counts them. */
  protected abstract breaksIn(from: number, to: number): number;

  /** An over-long record is being walked past. */
  protected abstract isSkipping(): boolean;

  /** Starts walking past the over-long record of data row `row`. */
  protected abstract beginSkip(row: number): void;

  /**
   * Walks on past an over-long record (or whatever else the format carries over from the
   * previous piece) in `text[0…)`, which starts at absolute offset `textStart`. Returns the
   * index where records start again (the walk is over), or -1 when all of `text` was walked past.
   */
  protected abstract skipFrom(text: string, textStart: number): number;

  /** The record in progress is the header: nothing can be read past it. */
  protected headerPending(): boolean {
    return false;
  }

  /** The input ended (not on a halt): the last issues (a walk cut short, an empty input). */
  protected abstract finish(issues: TableIssue[]): void;

  /** The buffer was replaced: positions cached inside it are stale. */
  protected rebuffered(): void {}

  /** Where the next record starts: characters received (BOM excluded), physical line, data rows so far. */
  get at(): { readonly chars: number; readonly line: number; readonly row: number } {
    return { chars: this.fed, line: this.line, row: this.row };
  }

  /** Whether all text pushed so far has been cut (nothing buffered, no walk in progress): a record starts next. */
  get idle(): boolean {
    return this.pos >= this.buf.length && !this.isSkipping() && this.halt === null;
  }

  /**
   * Moves past text that was cut elsewhere (another thread read it from a record boundary):
   * `chars` characters, `lines` line breaks and `rows` data rows. Only when {@link idle}.
   */
  advance(chars: number, lines: number, rows: number): void {
    this.started = true;
    this.fed += chars;
    this.buf = '';
    this.pos = 0;
    this.base = this.fed;
    this.line += lines;
    this.row += rows;
    this.rebuffered();
  }

  /** Appends decoded text. */
  push(input: string): void {
    if (this.stopped || this.final || this.halt !== null || input.length === 0) return;
    let text = input;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) {
        this.bomSeen = true;
        text = text.slice(1);
      }
    }
    const textStart = this.fed;
    this.fed += text.length;
    const nul = text.indexOf('\0');
    if (nul !== -1) {
      this.halt = { code: 'binary_content', at: textStart + nul, byteOffset: -1 };
      text = text.slice(0, nul);
    }
    const from = this.skipFrom(text, textStart);
    if (from === -1) return;
    const rest = from === 0 ? text : text.slice(from);
    if (this.pos >= this.buf.length) {
      this.buf = rest;
      this.base = textStart + from;
    } else {
      this.buf = this.buf.slice(this.pos) + rest;
      this.base += this.pos;
    }
    this.pos = 0;
    this.rebuffered();
  }

  /** Marks bytes that are not UTF-8 right after the text pushed so far; reading stops there. */
  failUtf8(byteOffset: number): void {
    if (this.halt === null && !this.stopped) this.halt = { code: 'invalid_utf8', at: this.fed, byteOffset };
  }

  /** No more text will come. */
  end(): void {
    this.final = true;
  }

  /**
   * Takes up to `batchSize` complete records and the issues found on the way. Returns empty
   * arrays when more text is needed (or when everything has been taken).
   */
  take(): Taken<R> {
    const records: R[] = [];
    const issues: TableIssue[] = [];
    if (this.stopped) return { records, issues };
    while (records.length < this.batchSize) {
      const progressed = this.next(records, issues);
      // Read through the getter: the call above may have stopped the tokenizer.
      if (this.isStopped) return { records, issues };
      if (!progressed) break;
    }
    if (records.length >= this.batchSize) return { records, issues };
    // No complete record left in the buffer.
    const remainder = this.buf.length - this.pos;
    if (this.halt !== null) {
      this.stopAtHalt(this.halt, remainder, issues);
    } else if (this.final) {
      this.finish(issues);
      this.stopped = true;
    } else if (remainder > this.maxRecordChars + 1) {
      // The record in progress is certainly longer than the limit: walk past it keeping nothing.
      const at = this.base + this.pos;
      if (this.headerPending()) {
        issues.push(lineTooLong(this.maxRecordChars, { line: this.line, position: at }));
        this.stopped = true;
        return { records, issues };
      }
      const row = ++this.row;
      issues.push(lineTooLong(this.maxRecordChars, { line: this.line, row, position: at }));
      this.beginSkip(row);
      const text = this.buf.slice(this.pos);
      this.buf = '';
      this.pos = 0;
      const end = this.skipFrom(text, at);
      if (end !== -1) {
        this.buf = text.slice(end);
        this.base = at + end;
        this.rebuffered();
      }
    }
    return { records, issues };
  }

  private stopAtHalt(halt: Halt, remainder: number, issues: TableIssue[]): void {
    let line = this.line;
    if (!this.isSkipping()) {
      const at = this.base + this.pos;
      if (remainder > this.maxRecordChars + 1) {
        // Same report as when the record had been met in smaller pieces.
        if (this.headerPending()) {
          issues.push(lineTooLong(this.maxRecordChars, { line, position: at }));
          this.stopped = true;
          return;
        }
        issues.push(lineTooLong(this.maxRecordChars, { line, row: ++this.row, position: at }));
      }
      line += this.breaksIn(this.pos, this.buf.length);
    }
    issues.push(
      halt.code === 'binary_content'
        ? binaryContent({ line, position: halt.at })
        : invalidUtf8(halt.byteOffset, { line, position: halt.at }),
    );
    this.stopped = true;
  }
}

/** Every record and issue of a whole text, in file order. */
export function takeAll<R>(tokenizer: TokenizerCore<R>, text: string): Taken<R> {
  tokenizer.push(text);
  tokenizer.end();
  const records: R[] = [];
  const issues: TableIssue[] = [];
  while (!tokenizer.isStopped) {
    const batch = tokenizer.take();
    for (const r of batch.records) records.push(r);
    for (const i of batch.issues) issues.push(i);
  }
  return { records, issues };
}

/**
 * Streams a source through a tokenizer: one batch per take that gave anything, at least one in
 * all (so an empty input still reports), ending where the tokenizer stops.
 *
 * @throws {AntqError} `invalid_argument` when the source or a chunk is neither text nor bytes.
 */
export async function* streamBatches<R, B>(
  tokenizer: TokenizerCore<R>,
  source: TextSource,
  fnName: string,
  batch: (taken: Taken<R>) => B,
): AsyncGenerator<B, void, undefined> {
  let yielded = false;
  for await (const piece of decodeSource(source, fnName)) {
    if (typeof piece === 'string') tokenizer.push(piece);
    else tokenizer.failUtf8(piece.byteOffset);
    for (;;) {
      const taken = tokenizer.take();
      if (taken.records.length === 0 && taken.issues.length === 0) break;
      yielded = true;
      yield batch(taken);
      if (tokenizer.isStopped) return;
    }
  }
  tokenizer.end();
  while (!tokenizer.isStopped) {
    const taken = tokenizer.take();
    if (taken.records.length === 0 && taken.issues.length === 0) continue;
    yielded = true;
    yield batch(taken);
  }
  if (!yielded) yield batch({ records: [], issues: [] });
}
