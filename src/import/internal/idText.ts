import type { Issue } from '../../errors/Issue';
import { makeIssue } from '../../errors/makeIssue';

/** Fields that identify: two spellings of one id would make two groups. */
const ID_FIELDS = ['program', 'unit', 'reporter', 'period', 'indicator', 'category', 'uom', 'qualifier', 'statistic'] as const;

/** Characters that do not show: zero-width space and joiners, word joiner, BOM, soft hyphen, bidirectional marks. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

const NON_ASCII = /[\u0080-\uFFFF]/;

/** Whether an id's text holds a character that does not show (then {@link normaliseIds} warns). */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/**
 * Puts the id fields of a row in Unicode NFC (a unit typed with combining accents is the same unit as
 * one typed precomposed), and warns (`invisible_character`) when one holds a character that does
 * not show, since two codes that look alike would then count as two units. Returns the row itself
 * when nothing changes; never mutates it.
 */
export function normaliseIds(row: unknown, at: { readonly row: number; readonly line?: number }): { row: unknown; issues: Issue[] } {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return { row, issues: [] };
  const issues: Issue[] = [];
  let copy: Record<string, unknown> | null = null;
  for (const field of ID_FIELDS) {
    const v = (row as Record<string, unknown>)[field];
    // ASCII text is already NFC and holds no invisible character: the usual id needs no more work.
    if (typeof v !== 'string' || !NON_ASCII.test(v)) continue;
    const nfc = v.normalize('NFC');
    if (nfc !== v) {
      copy ??= { ...(row as Record<string, unknown>) };
      copy[field] = nfc;
    }
    const m = INVISIBLE.exec(nfc);
    if (m !== null) {
      const code = `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      issues.push(
        makeIssue('invisible_character', 'warning', `row ${at.row}, ${field}: ${JSON.stringify(nfc)} holds an invisible character (${code} at ${m.index}): it differs from the same text without it`, `dòng ${at.row}, ${field}: ${JSON.stringify(nfc)} có ký tự không nhìn thấy (${code} ở vị trí ${m.index}): khác với cùng chữ không có ký tự đó`, {
          path: [field],
          row: at.row,
          column: field,
          ...(at.line === undefined ? {} : { line: at.line }),
        }),
      );
    }
  }
  return { row: copy ?? row, issues };
}
