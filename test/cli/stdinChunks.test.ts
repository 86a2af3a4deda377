import { closeSync, createReadStream, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { devNull } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';
import { stdinChunks } from '../../src/cli/internal/inputs';
import { tempDir } from '../tempDir';

const dir = tempDir('antq-stdin-');

/** A figures file of about 2.6 MB: more than two chunks of a megabyte. */
function bigFile(): string {
  const rows = ['unit,indicator,value,period'];
  for (let i = 0; i < 100_000; i++) rows.push(`U${i % 5000},marches,${i},${2000 + (i % 20)}`);
  const file = join(dir, 'big.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

async function bytesOf(source: AsyncIterable<string | Uint8Array>): Promise<{ sizes: number[]; text: string }> {
  const sizes: number[] = [];
  const parts: Buffer[] = [];
  for await (const c of source) {
    const b = typeof c === 'string' ? Buffer.from(c) : Buffer.from(c);
    sizes.push(b.length);
    parts.push(b);
  }
  return { sizes, text: Buffer.concat(parts).toString('utf8') };
}

describe('standard input', () => {
  it('is read from a file descriptor that is a file in 1 MB chunks, from where the descriptor stands, and leaves it open', async () => {
    const file = bigFile();
    const fd = openSync(file, 'r');
    try {
      // The shell (or a command before) may have read some of it already.
      readSync(fd, Buffer.alloc(28), 0, 28, null);
      const given = createReadStream('', { fd, highWaterMark: 1024, autoClose: false });
      const source = await stdinChunks(given);
      expect(source).not.toBe(given);
      const { sizes, text } = await bytesOf(source as AsyncIterable<Uint8Array>);
      expect(sizes[0]).toBe(1 << 20);
      expect(sizes.length).toBe(3);
      const whole = (await bytesOf(createReadStream(file))).text;
      expect(text).toBe(whole.slice(28));
      expect(() => fstatSync(fd)).not.toThrow();
    } finally {
      closeSync(fd);
    }
  });

  it('is read as it comes when it is not a stream on a file', async () => {
    const chunks = (async function* () {
      yield 'unit,indicator,value\n';
    })();
    expect(await stdinChunks(chunks)).toBe(chunks);
    const notAFile = { fd: -1, [Symbol.asyncIterator]: () => chunks };
    expect(await stdinChunks(notAFile)).toBe(notAFile);
    // A descriptor that is not a file (a device, as a pipe or a terminal): Node's stream as it is.
    const device = openSync(devNull, 'r');
    try {
      const given = createReadStream('', { fd: device, autoClose: false });
      expect(await stdinChunks(given)).toBe(given);
    } finally {
      closeSync(device);
    }
  });

  it('is read through the stream given when the stream owns its descriptor, reads a range of its own or has read already', async () => {
    const file = join(dir, 'small.csv');
    writeFileSync(file, 'unit,indicator,value,period\nU1,marches,1,2020\n');
    // A stream that owns its descriptor closes it itself, asynchronously: its own descriptor, so
    // that the close can never meet a number closed here and opened again by another test.
    const ownFd = openSync(file, 'r');
    const owner = createReadStream('', { fd: ownFd, autoClose: true });
    expect(await stdinChunks(owner)).toBe(owner);
    const closed = new Promise<void>((resolve) => owner.once('close', () => resolve()));
    owner.destroy();
    await closed;
    const fd = openSync(file, 'r');
    try {
      const ranged = createReadStream('', { fd, start: 5, autoClose: false });
      const ending = createReadStream('', { fd, end: 5, autoClose: false });
      for (const given of [ranged, ending]) expect(await stdinChunks(given)).toBe(given);
      const started = createReadStream('', { fd, autoClose: false, highWaterMark: 8 });
      for await (const chunk of started) {
        expect((chunk as Buffer).length).toBeGreaterThan(0);
        break;
      }
      expect(await stdinChunks(started)).toBe(started);
    } finally {
      closeSync(fd);
    }
  });

  it('gives `antq validate -` from a file the same report as the file, but for its name, read from the descriptor', async () => {
    const file = bigFile();
    const run = async (argv: string[], stdin?: AsyncIterable<Uint8Array>): Promise<{ code: number; out: string }> => {
      let out = '';
      const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: dir, ...(stdin === undefined ? {} : { stdin }) });
      return { code, out };
    };
    const named = await run(['validate', 'big.csv', '--format', 'json']);
    const fd = openSync(file, 'r');
    try {
      const given = createReadStream('', { fd, highWaterMark: 1024, autoClose: false });
      const piped = await run(['validate', '-', '--format', 'json'], given);
      // Read from the descriptor in large chunks, not through the stream given.
      expect(given.bytesRead).toBe(0);
      expect(piped.code).toBe(named.code);
      expect(piped.out).toBe(named.out.replaceAll('"big.csv"', '"-"'));
      expect(piped.out).toContain('"read": 100000');
    } finally {
      closeSync(fd);
    }
  }, 30_000);
});
