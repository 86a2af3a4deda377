import type { z } from 'zod';
import type { Issue } from './Issue';
import { makeIssue } from './makeIssue';

const CODE_BY_ZOD: Readonly<Record<string, string>> = {
  invalid_type: 'invalid_type',
  invalid_value: 'invalid_value',
  invalid_format: 'invalid_format',
  too_small: 'too_small',
  too_big: 'too_big',
  invalid_union: 'invalid_value',
  unrecognized_keys: 'unknown_key',
  custom: 'invalid_value',
};

const VI_BY_CODE: Readonly<Record<string, string>> = {
  invalid_type: 'Sai kiểu dữ liệu',
  invalid_value: 'Giá trị không hợp lệ',
  invalid_format: 'Sai định dạng',
  too_small: 'Giá trị quá nhỏ hoặc thiếu',
  too_big: 'Giá trị quá lớn',
  unknown_key: 'Trường không được hỗ trợ',
};

/** Turns zod issues into antq issues (stable codes, English and Vietnamese messages). */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  at: { readonly prefix?: readonly (string | number)[]; readonly row?: number } = {},
): Issue[] {
  return issues.map((i) => {
    const code = CODE_BY_ZOD[i.code] ?? 'invalid_value';
    const path = [...(at.prefix ?? []), ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const where = path.length > 0 ? ` at ${path.join('.')}` : '';
    const column = i.path.length > 0 && typeof i.path[0] === 'string' ? i.path[0] : undefined;
    return makeIssue(code, 'error', `${i.message}${where}`, `${VI_BY_CODE[code] ?? 'Giá trị không hợp lệ'}${where} (${i.message})`, {
      path,
      ...(at.row !== undefined ? { row: at.row } : {}),
      ...(column !== undefined ? { column } : {}),
    });
  });
}
