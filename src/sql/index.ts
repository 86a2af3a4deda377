// antq/sql: aggregation and comparisons pushed down to DuckDB and PostgreSQL (Node only).
export type { SqlClient, SqlDialect, SqlValue } from './SqlClient';
export { SqlError } from './SqlError';
export type { SqlErrorCode } from './SqlErrorCode';
export { duckdbClient } from './duckdbClient';
export type { DuckDBConnectionLike, DuckDBAppenderLike, DuckDBReaderLike, DuckDBStreamLike } from './duckdbClient';
export { pgClient, pgliteClient } from './pgClient';
export type { PgClientOptions, PgCopyStreamLike, PgliteQueryable, PgQueryable } from './pgClient';
export { FIGURES_TABLE_COLUMNS, figuresTableDdl } from './figuresTableDdl';
export { createFiguresTable } from './createFiguresTable';
export { insertFigures } from './insertFigures';
export type { InsertFiguresOptions } from './insertFigures';
export { compileAggregate } from './compileAggregate';
export type { CompiledAggregate, SqlAggregateOptions } from './compileAggregate';
export { aggregateSql } from './aggregateSql';
export { comparePeriodsSql } from './comparePeriodsSql';
export type { SqlComparePeriodsOptions } from './comparePeriodsSql';
export { loadFigures } from './loadFigures';
export type { LoadFiguresOptions } from './loadFigures';
