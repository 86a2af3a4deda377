import type { Catalogue } from '../../catalogue/Catalogue';
import type { Issue } from '../../errors/Issue';
import type { CliIo } from '../CliIo';
import { InputError, readText } from './inputs';

/** The most problems printed for one catalogue file; the rest are counted. */
const MAX_SHOWN = 20;

function refuse(file: string, lang: 'vi' | 'en', issues: readonly Issue[]): never {
  const head =
    lang === 'vi'
      ? `${file}: invalid_catalogue: danh mục có ${issues.length} lỗi`
      : `${file}: invalid_catalogue: the catalogue has ${issues.length} problem(s)`;
  const lines = issues.slice(0, MAX_SHOWN).map((i) => `${file}: ${i.code}: ${lang === 'vi' ? i.messageVi : i.message}`);
  const more = issues.length > MAX_SHOWN ? [lang === 'vi' ? `… và ${issues.length - MAX_SHOWN} lỗi khác` : `… and ${issues.length - MAX_SHOWN} more`] : [];
  throw new InputError([head, ...lines, ...more].join('\n'));
}

/**
 * Reads `--catalogue FILE`: a team's catalogue saved as JSON (an object of indicator definitions
 * keyed by id, as `JSON.stringify(extendCatalogue(BUILTIN_CATALOGUE, …))` writes). Each definition
 * is checked with `IndicatorSchema`, then the whole with `validateCatalogue`; any issue refuses the
 * file with `invalid_catalogue` and the issues' codes and paths (exit 1; a missing file exits 2).
 */
export async function loadCatalogue(io: CliIo, file: string, lang: 'vi' | 'en'): Promise<Catalogue> {
  const text = await readText(io, file);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputError(`${file}: invalid_catalogue: ${lang === 'vi' ? 'không phải JSON hợp lệ' : 'not valid JSON'} (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) {
    throw new InputError(
      lang === 'vi'
        ? `${file}: invalid_catalogue: cần một đối tượng JSON gồm các chỉ tiêu theo mã (như JSON.stringify(extendCatalogue(BUILTIN_CATALOGUE, …)) ghi ra)`
        : `${file}: invalid_catalogue: expected a JSON object of indicators keyed by id (as JSON.stringify(extendCatalogue(BUILTIN_CATALOGUE, …)) writes)`,
    );
  }
  // Each definition's shape first: validateCatalogue follows relations (`subsetOf`, `pairedWith`,
  // `ratio`) that only a well-formed definition has. Loaded only here (see `schemaModules.ts`).
  const { IndicatorSchema, fromZodIssues, validateCatalogue } = await import('./schemaModules');
  const shape: Issue[] = [];
  for (const [id, def] of Object.entries(value)) {
    const parsed = IndicatorSchema.safeParse(def);
    if (!parsed.success) for (const issue of fromZodIssues(parsed.error.issues, { prefix: [id] })) shape.push(issue);
  }
  if (shape.length > 0) refuse(file, lang, shape);
  const catalogue = value as Catalogue;
  const issues = validateCatalogue(catalogue);
  if (issues.length > 0) refuse(file, lang, issues);
  return catalogue;
}
