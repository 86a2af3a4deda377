#!/usr/bin/env node
import { runCli } from './runCli';

void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then((code) => {
  process.exitCode = code;
});
