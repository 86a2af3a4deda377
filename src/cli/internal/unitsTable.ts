import { parseCsv } from '../../io/csv/parseCsv';
import { toCsv } from '../../io/csv/toCsv';
import { AdminUnitSchema, type AdminUnit } from '../../schema/AdminUnitSchema';

/**
 * The columns of a units CSV file, in the order `antq units --format csv` writes them: the one
 * list the writer and the reader share, so that what antq writes it reads back identically.
 */
const UNIT_COLUMNS = ['code', 'name', 'name_en', 'level', 'type', 'parent', 'valid_from', 'valid_to', 'successors'] as const;
type UnitColumn = (typeof UNIT_COLUMNS)[number];

/** Columns a units file must have. */
const REQUIRED: readonly UnitColumn[] = ['code', 'name', 'level'];

/** The unit field each column fills (`successors` is parsed, the rest are copied). */
const FIELD: Readonly<Record<Exclude<UnitColumn, 'successors'>, keyof AdminUnit>> = {
  code: 'code',
  name: 'name',
  name_en: 'nameEn',
  level: 'level',
  type: 'type',
  parent: 'parent',
  valid_from: 'validFrom',
  valid_to: 'validTo',
};

/** `44;45:0.5`: successors separated by `;`, each a code with an optional `:weight`. */
function successorsText(unit: AdminUnit): string {
  return (unit.successors ?? []).map((s) => (s.weight === undefined ? s.code : `${s.code}:${String(s.weight)}`)).join(';');
}

/** Reads the successors cell; a weight that is not a number is left as text for the schema to refuse. */
function successorsOf(text: string): { code: string; weight?: number | string }[] {
  return text.split(';').map((part) => {
    const [code = '', weight, ...rest] = part.trim().split(':');
    if (weight === undefined) return { code };
    const n = weight.trim() === '' || rest.length > 0 ? Number.NaN : Number(weight);
    return Number.isFinite(n) ? { code, weight: n } : { code, weight: part };
  });
}

/** Writes units as a units CSV file (header {@link UNIT_COLUMNS}, open dates and absent fields empty). */
export function unitsToCsv(units: readonly AdminUnit[]): string {
  const rows = units.map((u) =>
    UNIT_COLUMNS.map((c) => {
      if (c === 'successors') return successorsText(u);
      const v = u[FIELD[c]];
      return typeof v === 'string' ? v : '';
    }),
  );
  return toCsv(UNIT_COLUMNS, rows, { newline: '\n' });
}

/** The units of a units CSV file, or the problems that stop it being read (each with its line). */
export function unitsFromCsv(text: string, file: string): { units: AdminUnit[]; problems: string[] } {
  const table = parseCsv(text);
  const problems: string[] = [];
  const units: AdminUnit[] = [];
  for (const issue of table.issues) if (issue.severity === 'error') problems.push(`${file}:${issue.line}: ${issue.message}`);
  if (table.header.length === 0) {
    problems.push(`${file}:1: header: the file is empty; expected the columns ${UNIT_COLUMNS.join(',')}`);
    return { units, problems };
  }
  const known = UNIT_COLUMNS as readonly string[];
  const index = new Map<UnitColumn, number>();
  table.header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (!known.includes(name)) problems.push(`${file}:1: header: unknown column ${JSON.stringify(raw)}; a units file has the columns ${UNIT_COLUMNS.join(',')}`);
    else if (index.has(name as UnitColumn)) problems.push(`${file}:1: header: column ${name} appears twice`);
    else index.set(name as UnitColumn, i);
  });
  for (const req of REQUIRED) if (!index.has(req)) problems.push(`${file}:1: header: required column ${req} is missing`);
  if (problems.length > 0) return { units, problems };
  for (const rec of table.records) {
    const raw: Record<string, unknown> = {};
    for (const [column, i] of index) {
      const v = (rec.cells[i] ?? '').trim();
      if (v === '') continue;
      if (column === 'successors') raw['successors'] = successorsOf(v);
      else raw[FIELD[column]] = v;
    }
    const r = AdminUnitSchema.safeParse(raw);
    if (r.success) units.push(r.data);
    else for (const i of r.error.issues) problems.push(`${file}:${rec.line}: row ${rec.row}${i.path.length > 0 ? `, ${i.path.join('.')}` : ''}: ${i.message}`);
  }
  return { units, problems };
}
