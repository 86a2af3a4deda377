import { jsonChunks, writeJsonStreamed } from './jsonOut';
import type { ParsedArgs } from './args';
import type { Catalogue } from '../../catalogue/Catalogue';
import type { CliIo } from '../CliIo';
import type { TextFormat } from './table';

/** What a command runs with. */
export interface Ctx {
  readonly io: CliIo;
  readonly args: ParsedArgs;
  readonly lang: 'vi' | 'en';
  readonly format: TextFormat | 'json' | 'html';
  /** The catalogue of `--catalogue FILE`, else the built-in one. */
  readonly catalogue: Catalogue;
}

/** Picks the message in the context's language. */
export function t(ctx: Pick<Ctx, 'lang'>, en: string, vi: string): string {
  return ctx.lang === 'vi' ? vi : en;
}

/**
 * Writes JSON with a trailing newline (the stable machine shape of every command), row by row:
 * the text is never one string, so results of any size print.
 */
export function writeJson(ctx: Ctx, value: unknown): void {
  writeJsonStreamed(value, (text) => ctx.io.stdout.write(text));
  ctx.io.stdout.write('\n');
}

/** Writes text to the context's stdout, waiting for `drain` when the stream reports backpressure. */
export async function writeOut(ctx: Ctx, text: string): Promise<void> {
  const out = ctx.io.stdout as Ctx['io']['stdout'] & { once?: (event: string, cb: () => void) => unknown };
  if (out.write(text) === false && typeof out.once === 'function') {
    const once = out.once.bind(out);
    await new Promise<void>((resolve) => once('drain', resolve));
  }
}

/** {@link writeJson} with backpressure: the text goes out in pieces, each waited for when stdout is full. */
export async function writeJsonOut(ctx: Ctx, value: unknown): Promise<void> {
  for (const piece of jsonChunks(value)) await writeOut(ctx, piece);
  await writeOut(ctx, '\n');
}
