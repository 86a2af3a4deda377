import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPool } from '../../src/import/internal/segmentPool';
import { tempDir } from '../tempDir';

const params = { header: ['unit', 'indicator', 'value'], delimiter: ',' as const, viNumbers: false, maxRecordChars: undefined };

/** A worker file that answers its first message as clean and ends (exit code 0) on the second. */
function quitter(): string {
  const file = join(tempDir('antq-pool-'), 'quits.cjs');
  writeFileSync(file, `const { parentPort } = require('node:worker_threads');
let n = 0;
parentPort.on('message', (m) => {
  n++;
  if (n === 1) parentPort.postMessage({ id: m.id, done: { dirty: true } });
  else process.exit(0);
});
`);
  return file;
}

describe('the worker pool', () => {
  it('answers every segment a thread held as unread when the thread ends, even with exit code 0 (no promise left waiting)', async () => {
    const pool = startPool(params, 1, quitter());
    expect(pool).toBeDefined();
    if (pool === undefined) return;
    const answers = await Promise.all([1, 2, 3, 4].map((k) => pool.run(new Uint8Array([k, 10]))));
    expect(answers).toEqual([undefined, undefined, undefined, undefined]);
    // And every later segment too, at once.
    expect(await pool.run(new Uint8Array([5, 10]))).toBeUndefined();
    pool.close();
  }, 20_000);
});
