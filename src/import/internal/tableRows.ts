import type { Issue } from '../../errors/Issue';
import { FIGURE_COLUMNS } from '../FIGURE_COLUMNS';
import { parseViNumber } from '../../viNumber/parseViNumber';
import { makeIssue } from '../../errors/makeIssue';

const KNOWN: ReadonlySet<string> = new Set(FIGURE_COLUMNS);
const REQUIRED = ['unit', 'indicator', 'value'] as const;
const MACHINE_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** How the header maps to figure fields. */
export interface HeaderMap {
  /** Field name for each column index, or `null` for a column antq does not know. */
  readonly fields: readonly (string | null)[];
  /** Header issues: `unknown_column` warnings, `missing_column` errors. */
  readonly issues: readonly Issue[];
  /** Whether rows can be read (every required column is there). */
  readonly ok: boolean;
  /**
   * The one copy of a cell's text. Cells are slices of the reader's large text chunks, and a
   * slice keeps its whole chunk alive: an aggregator that holds on to a unit code or a period
   * would pin every chunk it came from, and memory would grow with the file. Interned copies
   * are small, flat strings; the table is cleared when it reaches its limit.
   */
  readonly intern: (text: string) => string;
}

/** Distinct cell texts kept by {@link HeaderMap.intern} before its table is cleared. */
const INTERN_LIMIT = 16_384;

function interner(): (text: string) => string {
  const table = new Map<string, string>();
  return (text: string): string => {
    let copy = table.get(text);
    if (copy === undefined) {
      // Appending then cutting a character forces a new flat string that owns only these characters.
      copy = `${text}\u0000`.slice(0, -1);
      if (table.size >= INTERN_LIMIT) table.clear();
      table.set(copy, copy);
    }
    return copy;
  };
}

/** Reads the header of a long-format table: names are matched case-insensitively. */
export function mapHeader(header: readonly string[]): HeaderMap {
  const issues: Issue[] = [];
  const fields = header.map((name, i) => {
    const key = name.toLowerCase();
    if (KNOWN.has(key)) return key;
    issues.push(
      makeIssue('unknown_column', 'warning', `header: column ${JSON.stringify(name)} is not a figure field and is ignored`, `dòng tiêu đề: cột ${JSON.stringify(name)} không phải trường số liệu, bỏ qua`, {
        path: ['header', i],
        line: 1,
        column: name,
      }),
    );
    return null;
  });
  let ok = true;
  // Names match case-insensitively, so `value,VALUE` names one field twice: refuse it rather than let one win.
  const firstAt = new Map<string, number>();
  fields.forEach((key, i) => {
    if (key === null) return;
    const earlier = firstAt.get(key);
    if (earlier === undefined) {
      firstAt.set(key, i);
      return;
    }
    ok = false;
    const a = header[earlier] ?? key;
    const b = header[i] ?? key;
    issues.push(
      makeIssue('duplicate_header', 'error', `header: ${JSON.stringify(a)} and ${JSON.stringify(b)} name the same field ${key} (cells ${earlier + 1} and ${i + 1}; names are matched case-insensitively)`, `dòng tiêu đề: ${JSON.stringify(a)} và ${JSON.stringify(b)} cùng là trường ${key} (ô ${earlier + 1} và ${i + 1}; tên cột không phân biệt hoa thường)`, {
        path: ['header', i],
        line: 1,
        column: b,
      }),
    );
  });
  for (const req of REQUIRED) {
    if (fields.includes(req)) continue;
    ok = false;
    issues.push(
      makeIssue('missing_column', 'error', `header: required column ${req} is missing (found: ${header.join(', ') || 'nothing'})`, `dòng tiêu đề: thiếu cột bắt buộc ${req}`, {
        path: ['header'],
        line: 1,
        column: req,
      }),
    );
  }
  return { fields, issues, ok, intern: interner() };
}

/**
 * Turns the cells of one row into a figure-shaped object: cells trimmed, empty cells left out,
 * `value` read as a machine number (`17543`, `2.2`) or, with `viNumbers`, a Vietnamese one
 * (`17.543`, `2,2`). A value that does not read gives an `invalid_number` issue (and no value).
 */
export function cellsToRow(
  map: HeaderMap,
  cells: readonly string[],
  viNumbers: boolean,
  at: { readonly row: number; readonly line?: number },
): { readonly row: Record<string, unknown>; readonly issue: Issue | undefined } {
  const row: Record<string, unknown> = {};
  let issue: Issue | undefined;
  for (let i = 0; i < map.fields.length; i++) {
    const field = map.fields[i];
    if (field === null || field === undefined) continue;
    const text = (cells[i] ?? '').trim();
    if (text === '') continue;
    if (field !== 'value') {
      row[field] = field === 'note' || field === 'source' ? text : map.intern(text);
      continue;
    }
    const n = readNumber(text, viNumbers);
    const inexact = n === undefined ? undefined : inexactReason(text, n, viNumbers);
    if (inexact !== undefined) {
      const where: { path: (string | number)[]; row: number; column: string; line?: number } = { path: ['cells', i], row: at.row, column: 'value' };
      if (at.line !== undefined) where.line = at.line;
      issue = makeIssue(
        'inexact_number',
        'error',
        `row ${at.row}, value: ${JSON.stringify(text)} ${inexact === 'large' ? `is larger than ${Number.MAX_SAFE_INTEGER} and would be read as ${String(n)}` : 'is too small to be told apart from 0'}: not exactly representable`,
        `Dòng ${at.row}, value: ${JSON.stringify(text)} ${inexact === 'large' ? `lớn hơn ${Number.MAX_SAFE_INTEGER}, sẽ bị đọc thành ${String(n)}` : 'quá nhỏ, không phân biệt được với 0'}: không biểu diễn chính xác được`,
        where,
      );
    } else if (n !== undefined) row[field] = n;
    else {
      const where: { path: (string | number)[]; row: number; column: string; line?: number } = { path: ['cells', i], row: at.row, column: 'value' };
      if (at.line !== undefined) where.line = at.line;
      issue = makeIssue(
        'invalid_number',
        'error',
        `row ${at.row}, value: ${JSON.stringify(text)} is not a number${viNumbers ? ' in Vietnamese format (17.543, 2,2)' : ' (write 17543 or 2.2, or read with Vietnamese number format)'}`,
        `Dòng ${at.row}, value: ${JSON.stringify(text)} không phải là số${viNumbers ? ' theo định dạng Việt Nam (17.543, 2,2)' : ''}`,
        where,
      );
    }
  }
  return { row, issue };
}

/**
 * Why a machine number that reads is still not the number written: a whole number past
 * 2^53 − 1 written out in digits (9007199254740993 reads as …992), or a non-zero number that
 * underflows to 0 (1e-400). Exponent forms of large numbers (1e308) are taken as the floats they are.
 */
function inexactReason(text: string, n: number, viNumbers: boolean): 'large' | 'small' | undefined {
  if (viNumbers) return undefined;
  if (/^[+-]?\d+$/.test(text) && Math.abs(n) > Number.MAX_SAFE_INTEGER) return 'large';
  if (n === 0 && /[1-9]/.test(text.replace(/[eE].*$/, ''))) return 'small';
  return undefined;
}

/**
 * The value of a trimmed, non-empty `value` cell when {@link cellsToRow} reads it without an
 * issue, else `undefined` (the row then goes through `cellsToRow` for its issue).
 */
export function cleanCellNumber(text: string, viNumbers: boolean): number | undefined {
  const n = readNumber(text, viNumbers);
  return n === undefined || inexactReason(text, n, viNumbers) !== undefined ? undefined : n;
}

/** A cell's number, or `undefined` when it does not read. */
export function readNumber(text: string, viNumbers: boolean): number | undefined {
  if (viNumbers) {
    const r = parseViNumber(text, { decimalSeparator: ',', scaleWords: false });
    return r.ok ? r.value : undefined;
  }
  if (!MACHINE_NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}
