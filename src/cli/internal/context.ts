import { writeJsonStreamed } from './jsonOut';
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
