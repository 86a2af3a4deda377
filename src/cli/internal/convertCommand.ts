import { writeFigures, type WriteFiguresOptions } from '../../import/writeFigures';
import type { Figure } from '../../schema/FigureSchema';
import { flag, str } from './args';
import { writeJson, type Ctx } from './context';
import { formatOf } from './inputs';
import { optionInputs, readInput, unitsOption } from './readInput';
import { openWriter } from './writer';

/**
 * A one-slot hand-over between the reader (producer) and the writer (consumer): the reader waits
 * until the writer has taken a batch, so memory holds one batch whatever the file size.
 */
function channel(): { push(batch: readonly Figure[]): Promise<void>; close(): void; figures(): AsyncGenerator<Figure, void, undefined> } {
  let slot: readonly Figure[] | null = null;
  let closed = false;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  return {
    async push(batch: readonly Figure[]): Promise<void> {
      while (slot !== null) await new Promise<void>((r) => (wakeProducer = r));
      slot = batch;
      wakeConsumer?.();
    },
    close(): void {
      closed = true;
      wakeConsumer?.();
    },
    async *figures(): AsyncGenerator<Figure, void, undefined> {
      for (;;) {
        while (slot === null && !closed) await new Promise<void>((r) => (wakeConsumer = r));
        if (slot === null) return;
        const batch = slot;
        slot = null;
        wakeProducer?.();
        yield* batch;
      }
    },
  };
}

/** `antq convert <in> <out>`: streams figures from one format to another (by extension or `--output-format`). */
export async function convertCommand(ctx: Ctx, input: string, output: string): Promise<number> {
  const units = await unitsOption(ctx);
  const options: { -readonly [K in keyof WriteFiguresOptions]: WriteFiguresOptions[K] } = { format: formatOf(output, str(ctx.args, 'output-format')) };
  if (flag(ctx.args, 'write-vi-numbers')) options.viNumbers = true;
  if (flag(ctx.args, 'bom')) options.bom = true;
  // Strict mode is all or nothing, on stdout too: hold the rows until the whole input is known valid.
  const strict = !flag(ctx.args, 'lenient') && str(ctx.args, 'rejects') === undefined;
  const writer = await openWriter(ctx.io, output, { inputs: [input, ...optionInputs(ctx)], holdStdout: strict });
  const ch = channel();
  const writing = (async (): Promise<void> => {
    for await (const chunk of writeFigures(ch.figures(), options)) await writer.write(chunk);
  })();
  let read;
  try {
    try {
      read = await readInput(ctx, input, units, (batch) => ch.push(batch));
    } finally {
      ch.close();
      await writing;
    }
  } catch (e) {
    await writer.discard();
    throw e;
  }
  const { report } = read;
  if (!report.ok && report.mode === 'strict') {
    // All or nothing: a strict conversion with errors writes nothing, and an existing output file stays as it was.
    await writer.discard();
    return 1;
  }
  await writer.close();
  if (ctx.format === 'json') writeJson(ctx, report);
  return 0;
}
