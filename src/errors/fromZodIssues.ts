import type { z } from 'zod';
import { defineIssues } from './defineIssues';
import type { Issue } from './Issue';
import type { SchemaIssueCode } from './SchemaIssueCode';

const CODE_BY_ZOD: Readonly<Record<string, SchemaIssueCode>> = {
  invalid_type: 'invalid_type',
  invalid_value: 'invalid_value',
  invalid_format: 'invalid_format',
  too_small: 'too_small',
  too_big: 'too_big',
  invalid_union: 'invalid_value',
  unrecognized_keys: 'unknown_key',
  custom: 'invalid_value',
};

/** zod's own (English) message and where in the value it points. */
interface SchemaIssueData {
  readonly zodMessage: string;
  readonly where: string;
}

const en = (d: SchemaIssueData): string => `${d.zodMessage}${d.where}`;
const vi = (what: string) => (d: SchemaIssueData): string => `${what}${d.where} (${d.zodMessage})`;

const schemaIssue = defineIssues<Record<SchemaIssueCode, SchemaIssueData>>({
  en: { invalid_type: en, invalid_value: en, invalid_format: en, too_small: en, too_big: en, unknown_key: en },
  vi: {
    invalid_type: vi('Sai kiểu dữ liệu'),
    invalid_value: vi('Giá trị không hợp lệ'),
    invalid_format: vi('Sai định dạng'),
    too_small: vi('Giá trị quá nhỏ hoặc thiếu'),
    too_big: vi('Giá trị quá lớn'),
    unknown_key: vi('Trường không được hỗ trợ'),
  },
});

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
    return schemaIssue(code, 'error', { zodMessage: i.message, where }, {
      path,
      ...(at.row !== undefined ? { row: at.row } : {}),
      ...(column !== undefined ? { column } : {}),
    });
  });
}
