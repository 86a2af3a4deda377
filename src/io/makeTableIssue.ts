import type { TableIssue } from './TableIssue';
import { makeIssue } from '../errors/makeIssue';

/** Where a table issue sits. */
export interface TableAt {
  readonly line: number;
  readonly row?: number;
  readonly column?: string;
  readonly position?: number;
  readonly path?: readonly (string | number)[];
}

/** Builds a {@link TableIssue}; optional fields are left out rather than set to undefined. */
export function tableIssue(
  code: string,
  severity: TableIssue['severity'],
  message: string,
  messageVi: string,
  at: TableAt,
): TableIssue {
  return { ...makeIssue(code, severity, message, messageVi, at), line: at.line };
}

/** `line_too_long`: a record longer than the limit, skipped without buffering it. */
export function lineTooLong(max: number, at: TableAt): TableIssue {
  const what = at.row === undefined ? 'header' : `row ${at.row}`;
  const whatVi = at.row === undefined ? 'dòng tiêu đề' : `dòng dữ liệu ${at.row}`;
  return tableIssue(
    'line_too_long',
    'error',
    `${what} starting on line ${at.line} is longer than ${max} characters and was skipped`,
    `${whatVi} bắt đầu ở dòng ${at.line} dài hơn ${max} ký tự và đã bị bỏ qua`,
    at,
  );
}

/** `binary_content`: a NUL character, so the input is not a text file; reading stops. */
export function binaryContent(at: TableAt): TableIssue {
  return tableIssue(
    'binary_content',
    'error',
    `binary content (a NUL byte) on line ${at.line}: this is not a text file; reading stopped`,
    `có dữ liệu nhị phân (byte NUL) ở dòng ${at.line}: đây không phải tệp văn bản; đã dừng đọc`,
    at,
  );
}

/** `invalid_utf8`: bytes that are not UTF-8 (often a legacy encoding); reading stops. */
export function invalidUtf8(byteOffset: number, at: TableAt): TableIssue {
  return tableIssue(
    'invalid_utf8',
    'error',
    `invalid UTF-8 at byte ${byteOffset} (line ${at.line}): save the file as UTF-8; reading stopped`,
    `byte ${byteOffset} (dòng ${at.line}) không phải mã UTF-8: hãy lưu tệp ở dạng UTF-8; đã dừng đọc`,
    at,
  );
}

/** `empty_input`: nothing but white space or blank lines. */
export function emptyInput(what: string, whatVi: string): TableIssue {
  return tableIssue(
    'empty_input',
    'error',
    `the input is empty: expected ${what}`,
    `dữ liệu đầu vào trống: cần có ${whatVi}`,
    { line: 1, position: 0 },
  );
}
