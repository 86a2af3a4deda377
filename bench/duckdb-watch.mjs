// Embedded DuckDB's own memory, apart from the Node process's. DuckDB lives in the process, so
// the process's peak RSS holds DuckDB's working memory (its buffer pool, up to `memory_limit`)
// besides antq's. While a query runs, a second connection of the same instance asks DuckDB every
// 25 ms what its buffer manager holds (`duckdb_memory()`: tables' blocks, hash tables, sorts,
// results being gathered) and what it spilled to disk (`duckdb_temporary_files()`), and the
// process's RSS is read at the same moment:
//   import { watchDuckdb } from './duckdb-watch.mjs'; const stop = watchDuckdb(instance); …; await stop()
//     → { duckdbPeakMb, duckdbTempPeakMb, rssLessDuckdbPeakMb, samples }
// `rssLessDuckdbPeakMb` is the largest RSS less DuckDB's reported memory at one moment: antq's
// part with Node's (its heap, code, native buffers) and what DuckDB allocates outside its buffer
// manager (per-thread state, its code, chunks handed to JavaScript), which `duckdb_memory()` does
// not count. A sample comes only when the connection answers, so a short peak may fall between two.
const mb = (bytes) => Math.round(bytes / 2 ** 20);

export function watchDuckdb(instance, everyMs = 25) {
  let stopped = false;
  let duckdb = 0;
  let temp = 0;
  let rest = 0;
  let samples = 0;
  const loop = (async () => {
    const conn = await instance.connect();
    try {
      while (!stopped) {
        const reader = await conn.runAndReadAll(
          'SELECT (SELECT sum(memory_usage_bytes) FROM duckdb_memory()) AS m, (SELECT COALESCE(sum(size), 0) FROM duckdb_temporary_files()) AS t',
        );
        const rss = process.memoryUsage.rss();
        const [m, t] = reader.getRows()[0];
        const used = Number(m);
        samples++;
        if (used > duckdb) duckdb = used;
        if (Number(t) > temp) temp = Number(t);
        if (rss - used > rest) rest = rss - used;
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
    } finally {
      conn.closeSync();
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return { duckdbPeakMb: mb(duckdb), duckdbTempPeakMb: mb(temp), rssLessDuckdbPeakMb: mb(rest), samples };
  };
}
