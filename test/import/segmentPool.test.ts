import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY, BUSY_COUNT, COUNT_IN_FLIGHT, countDepth, startPool } from '../../src/import/internal/segmentPool';
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

/** A worker file that answers its messages `n` at a time, each as a clean segment named by its first byte. */
function groups(n: number): string {
  const file = join(tempDir('antq-pool-'), `groups-${n}.cjs`);
  writeFileSync(file, `const { parentPort } = require('node:worker_threads');
const held = [];
parentPort.on('message', (m) => {
  held.push(m);
  if (held.length < ${n}) return;
  for (const h of held.splice(0)) parentPort.postMessage({ id: h.id, done: { dirty: false, reader: h.bytes[0] } });
});
`);
  return file;
}

describe('the worker pool', () => {
  it('answers a segment unread at once while its threads hold two each, and sends again once they answer', async () => {
    expect(BUSY).toBe(2);
    const pool = startPool(params, 1, groups(2), BUSY);
    expect(pool).toBeDefined();
    if (pool === undefined) return;
    const sent = [pool.run(new Uint8Array([1, 10])), pool.run(new Uint8Array([2, 10]))];
    // The thread holds two: the third is for the reading thread.
    expect(await pool.run(new Uint8Array([3, 10]))).toBeUndefined();
    expect((await Promise.all(sent)).map((d) => d?.reader)).toEqual([1, 2]);
    const again = [pool.run(new Uint8Array([4, 10])), pool.run(new Uint8Array([5, 10]))];
    expect((await Promise.all(again)).map((d) => d?.reader)).toEqual([4, 5]);
    pool.close();
  }, 20_000);

  it('bounds the segments a read that only counts keeps in flight, whatever the number of threads', () => {
    expect([1, 2, 3, 4].map(countDepth)).toEqual([BUSY_COUNT, BUSY_COUNT, BUSY_COUNT, BUSY_COUNT]);
    expect([5, 8, 16, 63].map(countDepth)).toEqual([6, 4, BUSY, BUSY]);
    for (let workers = 1; workers <= 64; workers++) {
      expect(countDepth(workers)).toBeGreaterThanOrEqual(BUSY);
      expect(countDepth(workers) * workers).toBeLessThanOrEqual(Math.max(COUNT_IN_FLIGHT, BUSY * workers));
    }
  });

  it('gives a thread as many segments as a read that only counts keeps in flight for it (BUSY_COUNT) before it answers one unread', async () => {
    expect(BUSY_COUNT).toBeGreaterThan(BUSY);
    const pool = startPool(params, 1, groups(BUSY_COUNT), BUSY_COUNT);
    expect(pool).toBeDefined();
    if (pool === undefined) return;
    const sent = Array.from({ length: BUSY_COUNT }, (_, i) => pool.run(new Uint8Array([i + 1, 10])));
    expect(await pool.run(new Uint8Array([BUSY_COUNT + 1, 10]))).toBeUndefined();
    expect((await Promise.all(sent)).map((d) => d?.reader)).toEqual(Array.from({ length: BUSY_COUNT }, (_, i) => i + 1));
    pool.close();
  }, 20_000);

  it('answers every segment a thread held as unread when the thread ends, even with exit code 0 (no promise left waiting)', async () => {
    const pool = startPool(params, 1, quitter(), BUSY);
    expect(pool).toBeDefined();
    if (pool === undefined) return;
    const answers = await Promise.all([1, 2, 3, 4].map((k) => pool.run(new Uint8Array([k, 10]))));
    expect(answers).toEqual([undefined, undefined, undefined, undefined]);
    // And every later segment too, at once.
    expect(await pool.run(new Uint8Array([5, 10]))).toBeUndefined();
    pool.close();
  }, 20_000);
});
