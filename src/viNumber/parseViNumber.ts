import type { ParseResult } from '../errors/ParseResult';
import { textIssue } from './internal/issues';
import { scanNumber } from './internal/scanViNumber';
import { lowerSameLength, skipSpaces } from '../text/viText';

/**
 * Options of {@link parseViNumber}.
 *
 * @category Vietnamese numbers
 */
export interface ParseViNumberOptions {
  /**
   * The decimal separator: `,` (Vietnamese, the default: `17.543`, `2,2`) or `.` (machine and
   * English: `17543`, `2.2`, `1,000`). The other character is the thousands separator.
   */
  readonly decimalSeparator?: ',' | '.';
  /** Whether scale words are read (`81 nghìn`, `1,2 triệu`, `35 tỷ`); default `true`. */
  readonly scaleWords?: boolean;
}

/**
 * Reads a number written the Vietnamese way, exactly and without Intl: `2.412` (two thousand
 * four hundred twelve), `2,2`, bare `2000`, leading zeros `02`, and scale words `81 nghìn`,
 * `613 ngàn`, `1,2 triệu`, `35 tỷ`, `2 triệu 500 nghìn`, and numbers written in words (`ba mươi
 * lăm`, `một trăm linh năm`, `một nghìn hai trăm`; with scale words on). The whole text (trimmed) must be the
 * number. `1.000` is one thousand; malformed groupings (`1.23.4`, `1.7.2024`, `1,2,3`) fail with
 * the position of the fault; numbers a double cannot hold exactly fail rather than round.
 * Offsets refer to the NFC form of the text. Runs in time linear in the input.
 *
 * @param text - the text to read
 * @param options - decimal separator and scale words
 * @returns the number, or a failure whose issue has a code (`empty_input`, `expected_number`,
 *   `malformed_number`, `number_too_large`, `number_too_precise`, `unexpected_text`) and a
 *   `position`
 * @example
 * ```ts
 * parseViNumber('17.543');
 * // => { ok: true, value: 17543 }
 * parseViNumber('1,2 triệu');
 * // => { ok: true, value: 1200000 }
 * parseViNumber('ba mươi lăm');
 * // => { ok: true, value: 35 }
 * const r = parseViNumber('1.23.4');
 * r.ok ? null : [r.issues[0]?.code, r.issues[0]?.position];
 * // => ['malformed_number', 2]
 * ```
 * @category Vietnamese numbers
 */
export function parseViNumber(text: string, options: ParseViNumberOptions = {}): ParseResult<number> {
  const s = String(text).normalize('NFC');
  const lower = lowerSameLength(s);
  const start = skipSpaces(s, 0);
  if (start === s.length) return { ok: false, issues: [textIssue('empty_input', 0)] };
  const n = scanNumber(s, lower, start, options.decimalSeparator ?? ',', options.scaleWords ?? true);
  if (!n.ok) return { ok: false, issues: [textIssue(n.code, n.position)] };
  const end = skipSpaces(s, n.end);
  if (end !== s.length) return { ok: false, issues: [textIssue('unexpected_text', end)] };
  return { ok: true, value: n.value };
}
