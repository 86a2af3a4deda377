import { defineIssues } from '../../errors/defineIssues';
import type { SqlErrorCode } from '../SqlErrorCode';

/** What a database failure's messages are written from: the database's name and its own first line. */
interface SqlFailureData {
  /** `DuckDB` or `PostgreSQL`. */
  readonly database: string;
  /** The database's own words (its first line, passwords masked), with PostgreSQL's SQLSTATE. */
  readonly detail: string;
}

/** The messages of the database failures, in English and Vietnamese. */
export const sqlIssue = defineIssues<Record<SqlErrorCode, SqlFailureData>>({
  en: {
    sql_out_of_memory: (d) => `${d.database} ran out of memory (${d.detail})`,
    sql_cancelled: (d) => `${d.database} cancelled the statement (${d.detail})`,
    sql_no_table: (d) => `${d.database} has no such table (${d.detail})`,
    sql_no_column: (d) => `${d.database} has no such column (${d.detail})`,
    sql_auth_failed: (d) => `${d.database} refused the credentials (${d.detail})`,
    sql_no_database: (d) => `${d.database} has no such database (${d.detail})`,
    sql_connection_lost: (d) => `the connection to ${d.database} was lost (${d.detail})`,
    sql_failed: (d) => `${d.database} failed (${d.detail})`,
  },
  vi: {
    sql_out_of_memory: (d) => `${d.database} hết bộ nhớ (${d.detail})`,
    sql_cancelled: (d) => `${d.database} đã hủy câu lệnh (${d.detail})`,
    sql_no_table: (d) => `${d.database} không có bảng này (${d.detail})`,
    sql_no_column: (d) => `${d.database} không có cột này (${d.detail})`,
    sql_auth_failed: (d) => `${d.database} từ chối thông tin đăng nhập (${d.detail})`,
    sql_no_database: (d) => `${d.database} không có cơ sở dữ liệu này (${d.detail})`,
    sql_connection_lost: (d) => `mất kết nối tới ${d.database} (${d.detail})`,
    sql_failed: (d) => `${d.database} báo lỗi (${d.detail})`,
  },
});
