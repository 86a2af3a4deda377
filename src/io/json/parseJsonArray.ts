import type { ParseResult } from '../../errors/ParseResult';
import { countBreaks } from '../internal/countBreaks';
import { emptyInput, tableIssue } from '../makeTableIssue';

/** V8 names the failing offset in most JSON.parse messages ("… in JSON at position 7"). */
const AT_POSITION = /at position (\d+)/;
const END_OF_INPUT = /end of (JSON )?input/i;

/**
 * Reads a small JSON file whose top level is an array (for example figures exported by another
 * tool). The whole text is parsed at once: use {@link readNdjson} for large files. A leading BOM
 * is ignored. Issues: `empty_input`, `invalid_json` (with the position and line where the
 * parser stopped, when the JavaScript engine reports it), `not_an_array`.
 *
 * @param text - the whole file content
 * @returns the array's elements, not yet validated, or the issue that kept it from being read
 * @example
 * ```ts
 * parseJsonArray('[{"unit":"VN-42","value":35}]');
 * // => { ok: true, value: [{ unit: 'VN-42', value: 35 }] }
 * const bad = parseJsonArray('{"unit":"VN-42"}');
 * bad.ok ? [] : bad.issues.map((i) => i.code);
 * // => ['not_an_array']
 * ```
 * @category IO
 */
export function parseJsonArray(text: string): ParseResult<readonly unknown[]> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, issues: [emptyInput('a JSON array', 'một mảng JSON')] };
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    const match = AT_POSITION.exec(message);
    const position = match ? Number(match[1]) : END_OF_INPUT.test(message) ? body.length : undefined;
    const line = position === undefined ? 1 : 1 + countBreaks(body, 0, Math.min(position, body.length));
    const at = position === undefined ? { line } : { line, position };
    return {
      ok: false,
      issues: [
        tableIssue(
          'invalid_json',
          'error',
          `the input is not valid JSON (line ${line}): ${message}`,
          `dữ liệu không phải JSON hợp lệ (dòng ${line})`,
          at,
        ),
      ],
    };
  }
  if (!Array.isArray(value)) {
    return {
      ok: false,
      issues: [
        tableIssue(
          'not_an_array',
          'error',
          `expected a JSON array at the top level, got ${value === null ? 'null' : typeof value}`,
          'cần một mảng JSON ở cấp ngoài cùng',
          { line: 1, position: 0 },
        ),
      ],
    };
  }
  return { ok: true, value };
}
