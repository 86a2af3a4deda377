import { AntqError } from '../errors/AntqError';
import { FIGURE_TABLE_KEYS, type FigureTable } from './FigureTable';

/** Tables already checked (or built by `encodeFigures`): each is checked once, not per use. */
const CHECKED = new WeakSet<object>();

/** Marks a table as well formed (for the encoder, which builds only such tables). */
export function markChecked(table: FigureTable): void {
  CHECKED.add(table);
}

/**
 * Checks a figure table from a JavaScript caller or a stored copy before it is read: the format
 * tag, one code per figure in every key column, every code in range. Throws `invalid_argument`
 * naming the first fault.
 */
export function checkFigureTable(fn: string, table: FigureTable): void {
  const fail = (why: string): never => {
    throw new AntqError('invalid_argument', `${fn}: not a figure table: ${why}`);
  };
  if (CHECKED.has(table)) return;
  const n = table.length;
  if (!Number.isInteger(n) || n < 0) fail('length must be an integer >= 0');
  if (!(table.value instanceof Float64Array) || table.value.length !== n) fail(`value must be a Float64Array of ${n} numbers`);
  for (const key of FIGURE_TABLE_KEYS) {
    const col: unknown = table[key];
    if (typeof col !== 'object' || col === null) return fail(`column ${key} is missing`);
    const { codes, values } = col as { codes?: unknown; values?: unknown };
    if (!(codes instanceof Int32Array) || codes.length !== n) return fail(`column ${key} must have an Int32Array of ${n} codes`);
    if (!Array.isArray(values)) return fail(`column ${key} must have a list of values`);
    const size = values.length;
    for (let i = 0; i < n; i++) {
      const c = codes[i] as number;
      if (c < -1 || c >= size) fail(`column ${key}, figure ${i}: code ${c} is not in 0..${size - 1} (or -1 for absent)`);
    }
  }
  CHECKED.add(table);
}
