import { parentPort, workerData } from 'node:worker_threads';
import { segmentReader, type SegmentDone, type SegmentParams } from './csvSegments';

// The entry of a worker thread started by `threadPool` (built as dist/csvWorker.js and .cjs; no
// library module imports it): reads each segment it is sent and hands the typed arrays back.
const port = parentPort;
if (port !== null) {
  const { params, reader } = workerData as { readonly params: SegmentParams; readonly reader: number };
  const read = segmentReader(params, reader);
  port.on('message', (m: { id: number; bytes: Uint8Array }) => {
    const done: SegmentDone = read(m.bytes);
    port.postMessage({ id: m.id, done }, done.dirty ? [] : ([done.codes.buffer, done.value.buffer, done.line.buffer, done.raw.buffer] as ArrayBuffer[]));
  });
}
