import type { SqlDialect } from '../SqlClient';
import { quoteIdent } from './quote';

/** A string constant of antq's own (a reason code, a qualifier id) as a SQL literal. */
export function lit(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The per-query dictionary tables, created as temporary tables of the session. */
export const DICT_TABLES = {
  cat: 'antq_q_cat',
  uom: 'antq_q_uom',
  per: 'antq_q_per',
  pers: 'antq_q_pers',
  rep: 'antq_q_rep',
  cut: 'antq_q_cut',
  span: 'antq_q_span',
  map: 'antq_q_map',
  unit: 'antq_q_unit',
} as const;

export type DictName = keyof typeof DICT_TABLES;

const DICT_DDL: { readonly [K in DictName]: string } = {
  cat: 'indicator TEXT NOT NULL, kind TEXT NOT NULL, default_uom TEXT NOT NULL',
  uom: 'indicator TEXT NOT NULL, uom TEXT NOT NULL',
  per: 'period TEXT NOT NULL, day INTEGER, flow_bucket INTEGER, flow_reason TEXT, stock_bucket INTEGER, stock_reason TEXT',
  pers: 'side INTEGER NOT NULL, period TEXT NOT NULL, day INTEGER, flow_bucket INTEGER, flow_reason TEXT, stock_bucket INTEGER, stock_reason TEXT',
  rep: 'reporter TEXT NOT NULL, part TEXT NOT NULL, joint BOOLEAN NOT NULL',
  cut: 'category TEXT NOT NULL, cut TEXT NOT NULL',
  span: 'span_id INTEGER NOT NULL, unit TEXT NOT NULL, from_day INTEGER, to_day INTEGER, nodate BOOLEAN NOT NULL, reason TEXT, until_day INTEGER',
  map: 'span_id INTEGER NOT NULL, code TEXT NOT NULL, version TEXT, level TEXT, own BOOLEAN NOT NULL, weight DOUBLE PRECISION NOT NULL, mapped TEXT',
  unit: 'unit TEXT NOT NULL, uid INTEGER NOT NULL',
};

/** Statements that (re)create one dictionary table, empty, for this session. */
export function dictDdl(dialect: SqlDialect, name: DictName): string[] {
  const t = quoteIdent(DICT_TABLES[name]);
  if (dialect === 'duckdb') return [`CREATE OR REPLACE TEMP TABLE ${t} (${DICT_DDL[name]})`];
  return [`DROP TABLE IF EXISTS pg_temp.${t}`, `CREATE TEMP TABLE ${t} (${DICT_DDL[name]})`];
}

/** A list of the distinct non-null values of an expression, per group. */
export function distinctList(dialect: SqlDialect, expr: string, filter?: string): string {
  const f = filter === undefined ? '' : ` FILTER (WHERE ${filter})`;
  return dialect === 'duckdb' ? `list(DISTINCT ${expr})${f}` : `array_agg(DISTINCT ${expr})${f}`;
}

/** A list of the non-null values of an expression, per group, repeats kept. */
export function plainList(dialect: SqlDialect, expr: string, filter?: string): string {
  const f = filter === undefined ? '' : ` FILTER (WHERE ${filter})`;
  return dialect === 'duckdb' ? `list(${expr})${f}` : `array_agg(${expr})${f}`;
}

/** Byte-wise string order, as JavaScript compares strings of ASCII ids. */
export function binary(dialect: SqlDialect, expr: string): string {
  return dialect === 'postgres' ? `${expr} COLLATE "C"` : expr;
}
