import type { ParsedArgs } from './args';
import type { CliStreams } from './inputs';
import type { TextFormat } from './table';

/** What a command runs with. */
export interface Ctx {
  readonly io: CliStreams;
  readonly args: ParsedArgs;
  readonly lang: 'vi' | 'en';
  readonly format: TextFormat | 'json' | 'html';
}

/** Picks the message in the context's language. */
export function t(ctx: Pick<Ctx, 'lang'>, en: string, vi: string): string {
  return ctx.lang === 'vi' ? vi : en;
}

/** Writes JSON with a trailing newline (the stable machine shape of every command). */
export function writeJson(ctx: Ctx, value: unknown): void {
  ctx.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
