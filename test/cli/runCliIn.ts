import { runCli } from '../../src/cli/runCli';

/** What one CLI run printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in `cwd` with its output captured; `stdin`, when given, is its standard input. */
export async function runCliIn(cwd: string, argv: string[], stdin?: string): Promise<CliRun> {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd,
    ...(stdin === undefined ? {} : { stdin: (async function* () { yield stdin; })() }),
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}
