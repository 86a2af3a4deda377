import type { Issue } from '../errors/Issue';
import { makeIssue } from '../errors/makeIssue';
import { decodeSource } from '../io/decodeSource';
import { binaryContent, invalidUtf8 } from '../io/makeTableIssue';
import type { TextSource } from '../io/TextSource';
import { intArg, misuse } from '../period/args';
import type { ExtractedFigure, ExtractedNumber, ExtractFiguresOptions, ExtractionState } from './extractFigures';
import { extractChunk, hasProgrammeCode, readHeader, readProgramme, startExtraction } from './extractFigures';

/**
 * Options of {@link extractFiguresStream}: those of {@link extractFigures} and the paragraph size limit.
 *
 * @category Extraction
 */
export interface ExtractFiguresStreamOptions extends ExtractFiguresOptions {
  /**
   * Longest stretch of text read at once, in characters (default 262144, at least 1024). Text is
   * cut between paragraphs; a single line longer than this is cut at a sentence end (warning
   * `paragraph_cut`), which is the only case where the result can differ from {@link extractFigures}.
   */
  readonly maxParagraphChars?: number;
}

/**
 * What {@link extractFiguresStream} found in one stretch of text (one or more whole paragraphs).
 * Spans, positions and issue paths count from the start of the whole input.
 *
 * @category Extraction
 */
export interface ExtractedBatch {
  readonly figures: readonly ExtractedFigure[];
  readonly unclassified: readonly ExtractedNumber[];
  readonly issues: readonly Issue[];
  /** `[start, end)` of the text this batch covers, in the NFC form of the input. */
  readonly span: readonly [number, number];
  /** 1-based line of the input where the batch starts. */
  readonly line: number;
}

/** Text read in one piece when paragraphs are short: several paragraphs share the fixed costs. */
const TARGET_CHARS = 1 << 15;
const DEFAULT_MAX_CHARS = 1 << 18;
/** How much text is held back while looking for the programme code, which applies to the figures before it too. */
const PROGRAMME_LOOKAHEAD = 1 << 20;

/** A stretch of raw text cut off the input, with where it starts. */
interface Piece {
  readonly raw: string;
  readonly line: number;
  /** Set when the cut had to split a line. */
  readonly cut: boolean;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Offset just after the first line break of the last blank line that starts before `limit`, or -1. */
function lastBlankLine(s: string, limit: number): number {
  for (let i = s.lastIndexOf('\n', limit - 1); i > 0; i = s.lastIndexOf('\n', i - 1)) {
    let j = i - 1;
    while (j >= 0 && (s.charAt(j) === ' ' || s.charAt(j) === '\t' || s.charAt(j) === '\r')) j--;
    if (j >= 0 && s.charAt(j) === '\n') return j + 1;
  }
  return -1;
}

/** Where to cut a line longer than the limit: after a sentence end, else after a space, else before `limit` (never inside a character). */
function cutLongLine(s: string, limit: number): number {
  for (let i = limit - 2; i > 0; i--) {
    const c = s.charAt(i);
    if ((c === '.' || c === '!' || c === '?' || c === '…') && s.charAt(i + 1) === ' ') {
      const n = s.charAt(i + 2);
      if (n !== '' && n !== n.toLowerCase()) return i + 2;
    }
  }
  const space = s.lastIndexOf(' ', limit - 1);
  if (space > 0) return space + 1;
  let k = limit;
  while (k > 1 && (/[\u0300-\u036f]/u.test(s.charAt(k)) || (s.charCodeAt(k) & 0xfc00) === 0xdc00)) k--;
  return k;
}

/**
 * Reads every figure of a Vietnamese report text of any size, paragraph by paragraph, in memory
 * that does not grow with the text: the same figures, unclassified numbers and issues as
 * {@link extractFigures} gives for the whole text (the document date, programme, lead period and
 * reporter carry across paragraphs), yielded as they are found. The programme code applies to the
 * figures before it as long as it comes within the first million characters. Bytes are decoded
 * as UTF-8 across chunks; bytes that are not UTF-8 (`invalid_utf8`, also UTF-16) or a NUL
 * (`binary_content`) end the reading with an error issue, after the figures of the text before
 * them. A leading byte order mark is dropped (offsets count from after it). Linear in the length
 * of the text.
 *
 * @param source - a string, bytes, or an (async) iterable of string or byte chunks, e.g. `fs.createReadStream(path)`
 * @param options - document date, unit, programme, source, catalogue and the paragraph size limit
 * @returns an async iterable of batches, in text order; batches with nothing in them are skipped
 * @throws {@link AntqError} `invalid_argument` when the source is not text, `date` is not a real
 *   ISO date, `catalogue` is not an object or `maxParagraphChars` is out of range (programmer misuse)
 * @example
 * ```ts
 * const text = 'Năm 2023, Nhân dân đã giao nộp trên 127 khẩu súng quân dụng.\n\nTổ chức 35 buổi tuyên truyền.\n';
 * const seen: [string, number, number][] = [];
 * for await (const batch of extractFiguresStream(text)) {
 *   for (const f of batch.figures) seen.push([f.indicator, f.value, f.span[0]]);
 * }
 * seen;
 * // => [['weapons_surrendered', 127, 31], ['propaganda_sessions', 35, 70]]
 * ```
 * @category Extraction
 */
export async function* extractFiguresStream(source: TextSource, options: ExtractFiguresStreamOptions = {}): AsyncGenerator<ExtractedBatch, void, undefined> {
  const fn = 'extractFiguresStream';
  if (typeof options !== 'object' || (options as unknown) === null) throw misuse(fn, 'options must be an object');
  const maxChars = options.maxParagraphChars === undefined ? DEFAULT_MAX_CHARS : intArg(fn, options.maxParagraphChars, 'maxParagraphChars', 1024, 1 << 28);
  const target = Math.min(TARGET_CHARS, maxChars >> 1);
  const doc = startExtraction(fn, options);
  const reader = new ChunkReader(doc);

  let buf = '';
  let line = 1;
  let rawSeen = 0;
  let first = true;
  let halt: Issue | null = null;
  /** Cuts whole paragraphs off the buffer; with `end`, everything. */
  const cuts = (end: boolean): Piece[] => {
    const out: Piece[] = [];
    while (buf.length > 0 && (end || buf.length >= target)) {
      let at = lastBlankLine(buf, Math.min(buf.length, maxChars));
      let cut = false;
      if (at <= 0 && buf.length < maxChars && !end) break;
      if (at <= 0 && buf.length > maxChars) {
        const nl = buf.lastIndexOf('\n', maxChars - 1);
        if (nl > 0) at = nl + 1;
        else {
          at = cutLongLine(buf, maxChars);
          cut = true;
        }
      }
      if (at <= 0) at = buf.length;
      const raw = buf.slice(0, at);
      buf = buf.slice(at);
      out.push({ raw, line, cut });
      line += countLines(raw);
    }
    return out;
  };

  for await (const piece of decodeSource(source, fn)) {
    if (typeof piece !== 'string') {
      halt = invalidUtf8(piece.byteOffset, { line: line + countLines(buf), position: rawSeen });
      break;
    }
    let text = first ? piece.replace(/^\uFEFF/u, '') : piece;
    first = false;
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      text = text.slice(0, nul);
      halt = binaryContent({ line: line + countLines(buf) + countLines(text), position: rawSeen + nul });
    }
    rawSeen += text.length;
    buf += text;
    for (const p of cuts(false)) yield* reader.read(p);
    if (halt !== null) break;
  }
  for (const p of cuts(true)) yield* reader.read(p);
  yield* reader.finish();
  if (halt !== null) yield { figures: [], unclassified: [], issues: [halt], span: [reader.offset, reader.offset], line };
}

/** Extracts pieces in order, holding them back while the programme code may still come. */
class ChunkReader {
  private readonly doc: ExtractionState;
  private readonly held: { chunk: string; base: number; line: number; cut: boolean }[] = [];
  private heldChars = 0;
  private lookingAhead = true;
  private started = false;
  /** NFC offset where the next piece starts. */
  offset = 0;

  constructor(doc: ExtractionState) {
    this.doc = doc;
  }

  *read(p: Piece): Generator<ExtractedBatch, void, undefined> {
    const chunk = p.raw.normalize('NFC');
    const at = { chunk, base: this.offset, line: p.line, cut: p.cut };
    this.offset += chunk.length;
    if (!this.started) {
      readHeader(this.doc, chunk);
      this.started = true;
    }
    if (this.lookingAhead && !this.doc.programFound) {
      if (hasProgrammeCode(chunk)) {
        readProgramme(this.doc, chunk, at.base);
        this.lookingAhead = false;
        yield* this.finish();
      } else {
        this.held.push(at);
        this.heldChars += chunk.length;
        if (this.heldChars >= PROGRAMME_LOOKAHEAD) {
          this.lookingAhead = false;
          yield* this.finish();
        }
        return;
      }
    }
    const batch = this.extract(at);
    if (batch !== null) yield batch;
  }

  /** Extracts what is held back (end of input, or the look-ahead is over). */
  *finish(): Generator<ExtractedBatch, void, undefined> {
    while (this.held.length > 0) {
      const at = this.held.shift();
      if (at === undefined) break;
      const batch = this.extract(at);
      if (batch !== null) yield batch;
    }
  }

  private extract(at: { chunk: string; base: number; line: number; cut: boolean }): ExtractedBatch | null {
    const out = { figures: [] as ExtractedFigure[], unclassified: [] as ExtractedNumber[], issues: [] as Issue[] };
    extractChunk(this.doc, at.chunk, at.base, out);
    if (at.cut) {
      out.issues.push(
        makeIssue(
          'paragraph_cut',
          'warning',
          'A line longer than the paragraph limit was cut at a sentence end; a period written before the cut is not carried over',
          'Một dòng dài hơn giới hạn đoạn văn đã được cắt ở cuối câu; kỳ nêu trước chỗ cắt không được áp dụng tiếp',
          { line: at.line + countLines(at.chunk), position: at.base + at.chunk.length },
        ),
      );
    }
    if (out.figures.length === 0 && out.unclassified.length === 0 && out.issues.length === 0) return null;
    return { ...out, span: [at.base, at.base + at.chunk.length], line: at.line };
  }
}
