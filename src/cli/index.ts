// The `antq/cli` entry point: the command-line interface as a function, for scripts and tests.
// It is kept out of the main entry so that the library itself stays free of Node-only code.
export { runCli } from './runCli';
export type { CliIo } from './CliIo';
