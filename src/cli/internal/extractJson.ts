import type { ExtractedBatch } from '../../extract/extractFiguresStream';
import { openFile, type FileSink } from './writer';

/** Characters gathered before one write to a side file. */
const FLUSH_CHARS = 1 << 16;

/** One array of the output, kept in a temporary file until the sentence list is complete. */
class Spool {
  count = 0;
  private parts: string[] = [];
  private size = 0;
  private readonly sink: FileSink;
  private ended = false;
  readonly path: string;
  /** Whether elements are stored with the separator before them (else one per line, as NDJSON). */
  readonly separated: boolean;

  constructor(sink: FileSink, path: string, separated: boolean) {
    this.sink = sink;
    this.path = path;
    this.separated = separated;
  }

  /** Adds one element, as text. */
  async add(text: string): Promise<void> {
    this.parts.push(this.separated ? `,\n    ${text}` : `${text}\n`);
    this.size += text.length;
    this.count++;
    if (this.size >= FLUSH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.sink.write(text);
  }

  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.flush();
    await this.sink.end();
  }
}

/** An array element at depth 2 of the output, exactly as `JSON.stringify(output, null, 2)` writes it. */
function element(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
}

type WithSentence = { readonly sentence: string; readonly sentenceSpan: readonly [number, number] };

/** The item with its sentence text replaced by the sentence's number (the key moves last, as before). */
function withIndex<T extends WithSentence>(x: T, index: number): Omit<T, 'sentence'> & { sentence: number } {
  const { sentence, ...rest } = x;
  void sentence;
  return { ...rest, sentence: index };
}

/**
 * Writes the JSON form of an extraction from its batches: `{ sentences, figures, unclassified,
 * issues }`, each sentence once and items referring to it by number (sentences of figures first,
 * in figure order, then those only unclassified numbers have). Byte for byte what
 * `JSON.stringify(value, null, 2)` gives for the whole result, but only one batch is in memory at
 * a time: the arrays wait in temporary files, and numbers of unclassified-only sentences, known
 * at the end, are set when that file is copied out. Returns whether some figure has no unit.
 */
export async function writeExtractionJson(batches: AsyncIterable<ExtractedBatch>, write: (text: string) => Promise<void>): Promise<{ withoutUnit: boolean }> {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'antq-extract-'));
  const spools: Spool[] = [];
  const open = async (name: string, separated = true): Promise<Spool> => {
    const file = path.join(dir, name);
    const spool = new Spool(await openFile(file), file, separated);
    spools.push(spool);
    return spool;
  };
  let withoutUnit = false;
  try {
    const figureSentences = await open('s1');
    const otherSentences = await open('s2');
    const figures = await open('f');
    const unclassified = await open('u', false);
    const issues = await open('i');
    for await (const batch of batches) {
      // A sentence never spans two batches, so numbering needs only this batch's sentences.
      const numbers = new Map<number, number>();
      for (const f of batch.figures) {
        if (f.unit === undefined) withoutUnit = true;
        let n = numbers.get(f.sentenceSpan[0]);
        if (n === undefined) {
          n = figureSentences.count;
          numbers.set(f.sentenceSpan[0], n);
          await figureSentences.add(element({ text: f.sentence, span: f.sentenceSpan }));
        }
        await figures.add(element(withIndex(f, n)));
      }
      const others = new Map<number, number>();
      for (const u of batch.unclassified) {
        let n = numbers.get(u.sentenceSpan[0]);
        if (n === undefined) {
          // Numbered after every figure sentence: written as -(k + 1) now, set on the way out.
          let k = others.get(u.sentenceSpan[0]);
          if (k === undefined) {
            k = otherSentences.count;
            others.set(u.sentenceSpan[0], k);
            await otherSentences.add(element({ text: u.sentence, span: u.sentenceSpan }));
          }
          n = -(k + 1);
        }
        await unclassified.add(JSON.stringify(withIndex(u, n)));
      }
      for (const issue of batch.issues) await issues.add(element(issue));
    }
    for (const s of spools) await s.end();

    const firstOthers = figureSentences.count;
    /**
     * Copies one side file out as array elements; `first` drops the separator of the array's first
     * element. Line-stored elements go through `transform` one by one.
     */
    const copy = async (spool: Spool, first: boolean, transform?: (line: string) => string): Promise<void> => {
      const stream = fs.createReadStream(spool.path, { encoding: 'utf8', highWaterMark: 1 << 16 });
      let strip = first;
      if (transform === undefined) {
        for await (const chunk of stream) {
          const text = chunk as string;
          await write(strip ? text.slice(1) : text);
          strip = false;
        }
        return;
      }
      let rest = '';
      let out: string[] = [];
      let size = 0;
      for await (const chunk of stream) {
        const parts = (rest + (chunk as string)).split('\n');
        rest = parts.pop() ?? '';
        for (const part of parts) {
          const el = `${strip ? '\n    ' : ',\n    '}${transform(part)}`;
          strip = false;
          out.push(el);
          size += el.length;
        }
        if (size >= FLUSH_CHARS) {
          await write(out.join(''));
          out = [];
          size = 0;
        }
      }
      if (out.length > 0) await write(out.join(''));
    };
    const array = async (key: string, last: boolean, body: () => Promise<void>, count: number): Promise<void> => {
      await write(`  ${JSON.stringify(key)}: `);
      if (count === 0) await write('[]');
      else {
        await write('[');
        await body();
        await write('\n  ]');
      }
      await write(last ? '\n' : ',\n');
    };
    await write('{\n');
    await array('sentences', false, async () => {
      await copy(figureSentences, true);
      await copy(otherSentences, figureSentences.count === 0);
    }, figureSentences.count + otherSentences.count);
    await array('figures', false, () => copy(figures, true), figures.count);
    await array('unclassified', false, () => copy(unclassified, true, (line) => {
      const u = JSON.parse(line) as { sentence: number };
      if (u.sentence < 0) u.sentence = firstOthers - u.sentence - 1;
      return element(u);
    }), unclassified.count);
    await array('issues', true, () => copy(issues, true), issues.count);
    await write('}\n');
  } finally {
    for (const s of spools) await s.end().catch(() => undefined);
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
  return { withoutUnit };
}
