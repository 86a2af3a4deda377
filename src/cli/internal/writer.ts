import type { CliIo } from '../CliIo';
import { InputError, resolvePath } from './inputs';

/** A text sink with backpressure: a file, or stdout for `-`. */
export interface Writer {
  write(chunk: string): Promise<void>;
  /** Finishes the output: a file is renamed into place only now. */
  close(): Promise<void>;
  /** Drops the output (strict mode failed): an existing file keeps its old content. */
  discard(): Promise<void>;
}

/** How {@link openWriter} treats `-`. */
export interface WriterOptions {
  /** Files the command reads: the output may not be one of them (`output_is_input`). */
  readonly inputs: readonly string[];
  /**
   * For `-`: hold everything in a temporary file and copy it to stdout at `close()`, so that a
   * `discard()` (failed strict run) prints nothing.
   */
  readonly holdStdout?: boolean;
}

/** The identity of an existing file (device and inode, so hard and symbolic links compare equal), or null. */
async function identity(full: string): Promise<string | null> {
  const fs = await import('node:fs');
  try {
    const s = await fs.promises.stat(full, { bigint: true });
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/**
 * Refuses an output that resolves to one of the inputs (the same file by path, symbolic link or
 * hard link): writing it would destroy the input before it is read. Exit code 2, code `output_is_input`.
 */
async function assertNotInput(io: CliIo, output: string, inputs: readonly string[]): Promise<void> {
  if (output === '-') return;
  const path = await import('node:path');
  const out = await resolvePath(io, output);
  const outId = await identity(out);
  for (const input of inputs) {
    if (input === '-') continue;
    const full = await resolvePath(io, input);
    const same = path.normalize(full) === path.normalize(out) || (outId !== null && outId === (await identity(full)));
    if (same) throw new InputError(`${output}: output_is_input: the output is the input file ${input}; write to another file`, 2);
  }
}

/** A temporary file beside `full` (same directory, so the final rename is atomic). */
async function tempBeside(full: string): Promise<string> {
  const path = await import('node:path');
  const crypto = await import('node:crypto');
  return path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}-${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/** An open file written with backpressure. */
export interface FileSink {
  write(chunk: string): Promise<void>;
  end(): Promise<void>;
}

/** Opens a new file for writing (it must not exist). */
export async function openFile(full: string): Promise<FileSink> {
  const fs = await import('node:fs');
  const stream = fs.createWriteStream(full, { flags: 'wx' });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  let failure: Error | null = null;
  stream.on('error', (e: Error) => {
    failure = e;
  });
  return {
    async write(chunk: string): Promise<void> {
      if (failure !== null) throw failure;
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    },
    async end(): Promise<void> {
      await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
      if (failure !== null) throw failure;
    },
  };
}

/** Writes to stdout, waiting for `drain` when the stream reports backpressure. */
async function toStdout(io: CliIo, chunk: string): Promise<void> {
  const out = io.stdout as CliIo['stdout'] & { once?: (event: string, cb: () => void) => unknown };
  if (out.write(chunk) === false && typeof out.once === 'function') {
    const once = out.once.bind(out);
    await new Promise<void>((resolve) => once('drain', resolve));
  }
}

/**
 * Opens an output for writing (`-` is stdout). A file is written to a temporary file beside it and
 * renamed into place by `close()`; `discard()` removes the temporary file, so a failed run leaves
 * an existing file as it was. An output that is one of `options.inputs` is refused first.
 */
export async function openWriter(io: CliIo, file: string, options: WriterOptions): Promise<Writer> {
  const fs = await import('node:fs');
  if (file === '-') {
    if (options.holdStdout !== true) {
      return { write: (chunk) => toStdout(io, chunk), close: async () => {}, discard: async () => {} };
    }
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'antq-'));
    const temp = path.join(dir, 'stdout');
    const sink = await openFile(temp);
    const cleanup = (): Promise<void> => fs.promises.rm(dir, { recursive: true, force: true });
    return {
      write: (chunk) => sink.write(chunk),
      async close(): Promise<void> {
        await sink.end();
        try {
          for await (const chunk of fs.createReadStream(temp, { encoding: 'utf8', highWaterMark: 1 << 16 })) await toStdout(io, chunk as string);
        } finally {
          await cleanup();
        }
      },
      async discard(): Promise<void> {
        await sink.end().catch(() => undefined);
        await cleanup();
      },
    };
  }
  await assertNotInput(io, file, options.inputs);
  const full = await resolvePath(io, file);
  const temp = await tempBeside(full);
  const sink = await openFile(temp);
  return {
    write: (chunk) => sink.write(chunk),
    async close(): Promise<void> {
      try {
        await sink.end();
        await fs.promises.rename(temp, full);
      } catch (e) {
        await fs.promises.rm(temp, { force: true });
        throw e;
      }
    },
    async discard(): Promise<void> {
      await sink.end().catch(() => undefined);
      await fs.promises.rm(temp, { force: true });
    },
  };
}

/** `-o FILE`: a stdout replacement written synchronously to a temporary file beside FILE. */
export interface OutputFile {
  readonly stdout: { write(chunk: string): boolean };
  /** Renames the temporary file onto FILE. */
  commit(): Promise<void>;
  /** Removes the temporary file; FILE keeps what it had. */
  discard(): Promise<void>;
}

/** Opens `-o FILE` (refusing an input, `output_is_input`); `-` is stdout itself. */
export async function openOutputFile(io: CliIo, file: string, inputs: readonly string[]): Promise<OutputFile> {
  if (file === '-') {
    return { stdout: { write: (chunk: string): boolean => io.stdout.write(chunk) !== false }, commit: async () => {}, discard: async () => {} };
  }
  await assertNotInput(io, file, inputs);
  const fs = await import('node:fs');
  const full = await resolvePath(io, file);
  const temp = await tempBeside(full);
  const fd = fs.openSync(temp, 'wx');
  let open = true;
  const close = (): void => {
    if (open) fs.closeSync(fd);
    open = false;
  };
  return {
    stdout: {
      write(chunk: string): boolean {
        fs.writeSync(fd, chunk);
        return true;
      },
    },
    async commit(): Promise<void> {
      close();
      await fs.promises.rename(temp, full);
    },
    async discard(): Promise<void> {
      close();
      await fs.promises.rm(temp, { force: true });
    },
  };
}
