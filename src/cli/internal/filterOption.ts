import type { FigureFilter } from '../../engine/FigureFilter';
import { str, type OptionSpec, type ParsedArgs } from './args';

/** `--indicator`, `--category`, `--unit`, `--reporter`: comma-separated lists (the library's `filter`). */
export const FILTER_OPTIONS: Readonly<Record<'indicator' | 'category' | 'unit' | 'reporter', OptionSpec>> = {
  indicator: { type: 'string' },
  category: { type: 'string' },
  unit: { type: 'string' },
  reporter: { type: 'string' },
};

/** The filter the options ask for (`undefined` when none is given); `report` keeps `--unit` for its own unit. */
export function filterOption(args: ParsedArgs, keys: readonly (keyof FigureFilter)[] = ['indicator', 'category', 'unit', 'reporter']): FigureFilter | undefined {
  const filter: { -readonly [K in keyof FigureFilter]: FigureFilter[K] } = {};
  let any = false;
  for (const key of keys) {
    const text = str(args, key);
    if (text === undefined) continue;
    filter[key] = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
    any = true;
  }
  return any ? filter : undefined;
}
