/** A stream that reports write failures as `error` events (process.stdout). */
interface ErrorSource {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Makes a closed pipe (`antq convert big.csv - | head -1`) end the process quietly with exit 0,
 * as other Unix tools do; any other write error is printed in one line with exit 1, never as a stack trace.
 */
export function endQuietlyOnClosedPipe(stream: ErrorSource, stderr: { write(chunk: string): unknown }, exit: (code: number) => void): void {
  stream.on('error', (error: Error) => {
    const code = (error as Error & { code?: unknown }).code;
    if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') {
      exit(0);
      return;
    }
    stderr.write(`antq: cannot write the output: ${error.message}\n`);
    exit(1);
  });
}
