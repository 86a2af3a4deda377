import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/period/parsePeriod';
import { quantity } from '../../src/quantity/quantity';
import { convertQuantity } from '../../src/quantity/convertQuantity';
import { sumQuantities } from '../../src/quantity/sumQuantities';
import { parseViNumber } from '../../src/viNumber/parseViNumber';
import { parseViDate } from '../../src/viDate/parseViDate';
import type { Issue } from '../../src/errors/Issue';
import { alignPeriods } from '../../src/compare/alignPeriods';
import { extendCatalogue } from '../../src/catalogue/extendCatalogue';
import { validateCatalogue } from '../../src/catalogue/validateCatalogue';
import { BUILTIN_CATALOGUE } from '../../src/catalogue/builtinCatalogue';
import { createUnitRegistry } from '../../src/units/createUnitRegistry';
import { referenceProvinces } from '../../src/units/referenceProvinces';
import type { SqlDialect } from '../../src/sql/SqlClient';
import { toSqlError } from '../../src/sql/toSqlError';

const registry = createUnitRegistry(referenceProvinces());

function thrownIssues(f: () => unknown): readonly Issue[] {
  try {
    f();
  } catch (e) {
    return (e as { issues: readonly Issue[] }).issues;
  }
  return [];
}

/** The issue of a database failure as antq/sql names it. */
function sqlIssues(message: string, dialect: SqlDialect, sqlState?: string): readonly Issue[] {
  const driver = sqlState === undefined ? new Error(message) : Object.assign(new Error(message), { code: sqlState, severity: 'ERROR' });
  return (toSqlError(driver, dialect) as { issues?: readonly Issue[] }).issues ?? [];
}

function issuesOf(r: { ok: boolean; issues?: readonly Issue[] }): readonly Issue[] {
  return r.ok ? [] : (r.issues ?? []);
}

describe('issue codes carry both messages, written from the data', () => {
  const cases: [string, readonly Issue[]][] = [
    ['uom_mismatch', issuesOf(convertQuantity(quantity(5, 'kg'), 'm'))],
    ['uom_not_additive', issuesOf(sumQuantities([quantity(5, 'percent'), quantity(6, 'percent')]))],
    ['empty_sum', issuesOf(sumQuantities([]))],
    ['period_empty', issuesOf(parsePeriod(''))],
    ['period_invalid_format', issuesOf(parsePeriod('not a period'))],
    ['period_invalid_date', issuesOf(parsePeriod('2023-02-30'))],
    ['period_out_of_range', issuesOf(parsePeriod('2023-Q5'))],
    ['period_range_reversed', issuesOf(parsePeriod('2023/2013'))],
    ['malformed_number', issuesOf(parseViNumber('1.23'))],
    ['empty_input', issuesOf(parseViNumber(''))],
    ['vi_date_invalid', issuesOf(parseViDate('ngày 30/02/2023'))],
    ['vi_date_empty', issuesOf(parseViDate(''))],
    ['vi_date_two_digit_year', issuesOf(parseViDate('ngày 1/5/23'))],
    ['vi_date_not_a_date', issuesOf(parseViDate('quý II/2023'))],
    ['invalid_indicator_id', validateCatalogue({ ...BUILTIN_CATALOGUE, BadId: BUILTIN_CATALOGUE.weapons_surrendered })],
    ['indicator_exists', thrownIssues(() => extendCatalogue(BUILTIN_CATALOGUE, { indicators: { weapons_surrendered: BUILTIN_CATALOGUE.weapons_surrendered } } as never))],
    ['periods_overlap', alignPeriods('2023', '2023-H1').notes],
    ['unknown_unit', issuesOf(registry.resolve('ZZ', '2024-01-01'))],
    ['unit_not_valid_at_date', issuesOf(registry.resolve('45', '2025-08-01'))],
    ['unit_changes_within_period', issuesOf(registry.resolve('44', '2025-01-01', '2025-08-01'))],
    ['sql_out_of_memory', sqlIssues('Out of Memory Error: failed to allocate data of size 2.0 MiB', 'duckdb')],
    ['sql_cancelled', sqlIssues('canceling statement due to user request', 'postgres', '57014')],
    ['sql_no_table', sqlIssues('relation "t" does not exist', 'postgres', '42P01')],
    ['sql_no_column', sqlIssues('Binder Error: Referenced column "x" not found in FROM clause!', 'duckdb')],
    ['sql_auth_failed', sqlIssues('password authentication failed for user "antq"', 'postgres', '28P01')],
    ['sql_no_database', sqlIssues('database "antq" does not exist', 'postgres', '3D000')],
    ['sql_failed', sqlIssues('IO Error: Could not set lock on file', 'duckdb')],
  ];
  it.each(cases)('%s', (code, issues) => {
    const issue = issues[0];
    expect(issue?.code).toBe(code);
    expect(issue?.message).not.toBe('');
    expect(issue?.messageVi).not.toBe('');
    expect(issue?.message).not.toBe(issue?.messageVi);
  });

  it('builds the message from the data', () => {
    const [issue] = issuesOf(parsePeriod('2023-Q5'));
    expect(issue?.message).toContain('Quarter 5');
    expect(issue?.messageVi).toContain('Quý 5');
    const [m] = issuesOf(convertQuantity(quantity(5, 'kg'), 'm'));
    expect(m?.message).toContain('kg');
    expect(m?.messageVi).toContain('kg');
  });
});
