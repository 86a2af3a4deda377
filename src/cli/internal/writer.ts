import type { CliStreams } from './inputs';
import { resolvePath } from './inputs';

/** A text sink with backpressure: a file, or stdout for `-`. */
export interface Writer {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
  /** Deletes a file that should not stay (strict mode failed). */
  discard(): Promise<void>;
}

/** Opens an output file for writing (`-` is stdout). */
export async function openWriter(io: CliStreams, file: string): Promise<Writer> {
  if (file === '-') {
    return {
      write: async (chunk: string): Promise<void> => {
        io.stdout.write(chunk);
      },
      close: async (): Promise<void> => {},
      discard: async (): Promise<void> => {},
    };
  }
  const fs = await import('node:fs');
  const full = await resolvePath(io, file);
  const stream = fs.createWriteStream(full);
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
    async close(): Promise<void> {
      await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    },
    async discard(): Promise<void> {
      await new Promise<void>((resolve) => stream.end(() => resolve()));
      await fs.promises.rm(full, { force: true });
    },
  };
}
