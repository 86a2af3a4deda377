import type { SegmentThreads } from '../../io/csv/readCsvSegments';
import type { SegmentDone, SegmentParams } from './csvSegments';

/**
 * Starts `size` threads for the segments of a file with these parameters, each holding up to
 * `busy` segments unanswered (see {@link startPool}); a segment comes back `undefined` when it is
 * dirty (or could not be read), and is then cut on the reading thread.
 */
export type PoolFactory = (params: SegmentParams, size: number, busy: number) => Promise<SegmentThreads<SegmentDone> | undefined>;

/**
 * The worker file next to the built code: `dist/csvWorker.js` beside the ESM chunks,
 * `dist/csvWorker.cjs` beside the CommonJS files (whose build has no `import.meta.url`).
 */
function workerFile(): URL | string {
  const here: string = import.meta.url;
  if (here === '' && typeof __dirname === 'string') return `${__dirname}/csvWorker.cjs`;
  return new URL('./csvWorker.js', here);
}

/**
 * Node's own modules, taken from the running Node (20.16 and later), not imported: the library
 * stays free of Node imports for bundlers, and an older Node or another runtime reads on the
 * calling thread.
 */
const node: { readonly getBuiltinModule?: typeof process.getBuiltinModule } | undefined = typeof process === 'undefined' ? undefined : process;

/**
 * A pool of worker threads running `dist/csvWorker`. A thread that fails (its file cannot be
 * loaded, it crashes) answers every segment it holds, and every later one, as unread: the file
 * is then read on the calling thread, slower but the same.
 */
export const threadPool: PoolFactory = (params, size, busy) => Promise.resolve(startPool(params, size, workerFile(), busy));

/**
 * The threads worth starting here: the cores Node may use (`os.availableParallelism`), so that
 * `threads: 64` on two cores starts one worker, not 63; 1 where Node's modules cannot be reached.
 */
export function usableThreads(asked: number): number {
  const os = node?.getBuiltinModule?.('node:os');
  return os === undefined ? 1 : Math.max(1, Math.min(asked, os.availableParallelism()));
}

/**
 * Segments a thread may hold unanswered before the next is answered unread at once (see
 * {@link startPool}), for a read that keeps figure tables: beyond it the reading thread cuts a
 * segment itself. A deeper queue there cost a summary at 10M rows 8-15% more CPU and more peak
 * memory (docs/performance.md, "Bench run after engine round 14").
 */
export const BUSY = 2;

/**
 * {@link BUSY} for a read that only counts the rows (`antq validate`): `readFigures` keeps no more
 * than this many in flight per thread, so the threads are given every segment and the reading
 * thread never cuts one itself (a segment cut there costs it about twice what a worker spends on
 * it).
 */
export const BUSY_COUNT = 8;

/**
 * Segments a read that only counts keeps in flight for all its threads together, at most: with
 * many cores, each thread's queue is made shorter (never below {@link BUSY}) so that the segments
 * held (about 1 MB each, and the workers' copies) stay bounded whatever the number of threads.
 */
export const COUNT_IN_FLIGHT = 32;

/** The queue depth per thread for a read that only counts, with `workers` worker threads. */
export function countDepth(workers: number): number {
  return Math.max(BUSY, Math.min(BUSY_COUNT, Math.floor(COUNT_IN_FLIGHT / Math.max(1, workers))));
}

/**
 * The pool of {@link threadPool}, with the worker file given (a test gives one of its own). A
 * segment given while the threads hold `busy` segments each unanswered, counted together (a slow
 * thread may hold more while another holds fewer), is answered unread at once:
 * the reading thread, which would otherwise wait for the threads, cuts it itself while they go on
 * with the others, so that the work shares itself out between the reading thread and the workers
 * as their speeds (and the machine's load) allow.
 */
export function startPool(params: SegmentParams, size: number, file: URL | string, busy: number): SegmentThreads<SegmentDone> | undefined {
  const threads = node?.getBuiltinModule?.('node:worker_threads');
  if (threads === undefined) return undefined;
  const { Worker } = threads;
  const waiting = new Map<number, (done: SegmentDone | undefined) => void>();
  let next = 0;
  let broken = false;
  // Segments sent and not answered yet.
  let held = 0;
  const fail = (): void => {
    broken = true;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  };
  const workers: InstanceType<typeof Worker>[] = [];
  for (let i = 0; i < size; i++) {
    let w: InstanceType<typeof Worker>;
    try {
      w = new Worker(file, { workerData: { params, reader: i } });
    } catch {
      // No worker file here (the code was bundled elsewhere): read on the calling thread.
      for (const started of workers) void started.terminate();
      return undefined;
    }
    w.unref();
    w.on('message', (m: { id: number; done: SegmentDone }) => {
      const resolve = waiting.get(m.id);
      if (waiting.delete(m.id)) held--;
      resolve?.(m.done.dirty ? undefined : m.done);
    });
    w.on('error', fail);
    // A thread that ends, however it ends, answers nothing more: what it held is read here.
    // (Its `unref` would otherwise let the process end with those segments still waiting.)
    w.on('exit', fail);
    workers.push(w);
  }
  return {
    run(bytes) {
      if (broken || held >= busy * workers.length) return Promise.resolve(undefined);
      const id = next++;
      const w = workers[id % workers.length];
      if (w === undefined) return Promise.resolve(undefined);
      held++;
      // A copy the thread owns, made only now: a segment answered unread costs no copy.
      // (`new Uint8Array(view)` copies into a buffer of its own; a Node `Buffer`'s `slice` would not.)
      const own = new Uint8Array(bytes);
      return new Promise<SegmentDone | undefined>((resolve) => {
        waiting.set(id, resolve);
        w.postMessage({ id, bytes: own }, [own.buffer]);
      });
    },
    close() {
      for (const w of workers) void w.terminate();
    },
  };
}
