#!/usr/bin/env node
// The whole entry: load the CLI, run main(), set the exit code, and report a crash in one line (2).
import { loadCli } from './load-cli.js';
import { guardStandardStreams } from './std-streams.js';

const { main, saveCache } = loadCli();
// A reader that closes the pipe (`| head`) stops the output, not the run (std-streams.js).
const std = guardStandardStreams();
main(process.argv.slice(2), {
  stdout: std.stdout,
  stderr: std.stderr,
  isTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  promptOutput: process.stderr,
  onInterrupt: (listener) => {
    process.on('SIGINT', listener);
    process.on('SIGTERM', listener);
    return () => {
      process.off('SIGINT', listener);
      process.off('SIGTERM', listener);
    };
  },
}).then(
  (code) => {
    process.exitCode = code;
    saveCache();
  },
  (error) => {
    std.stderr(`parplan: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
