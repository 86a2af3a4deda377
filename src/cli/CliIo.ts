/**
 * The streams and working directory {@link runCli} uses instead of the process's, so that the CLI
 * runs the same from `bin`, from a script and in tests.
 *
 * @example
 * ```ts
 * let out = '';
 * const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: process.stderr, cwd: '/data' };
 * io.cwd;
 * // => '/data'
 * ```
 * @category CLI
 */
export interface CliIo {
  /** Where results go. */
  readonly stdout: {
    /**
     * Writes a chunk of output text.
     *
     * @param chunk - the text
     */
    write(chunk: string): unknown;
  };
  /** Where errors, warnings and progress go; progress only when `isTTY` is true. */
  readonly stderr: {
    /**
     * Writes a chunk of error or progress text.
     *
     * @param chunk - the text
     */
    write(chunk: string): unknown;
    /** Whether this is a terminal (progress is shown only then). */
    readonly isTTY?: boolean;
  };
  /** Read for the file name `-`. */
  readonly stdin?: AsyncIterable<string | Uint8Array>;
  /** Directory relative file names are resolved against (default `process.cwd()`). */
  readonly cwd?: string;
  /** Environment variables; a Vietnamese locale in `LC_ALL`, `LC_MESSAGES` or `LANG` gives Vietnamese help. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}
