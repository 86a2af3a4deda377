#!/usr/bin/env node
import { endQuietlyOnClosedPipe } from './internal/pipe';
import { runCli } from './runCli';

endQuietlyOnClosedPipe(process.stdout, process.stderr, (code) => process.exit(code));
void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then((code) => {
  process.exitCode = code;
});
