#!/usr/bin/env node
// The whole entry: load the CLI, run main(), set the exit code, and report a crash in one line (2).
import { loadCli } from './load-cli.js';
import { guardStandardStreams, wantsEnglish } from './std-streams.js';

const { main, saveCache } = loadCli();
// A reader that closes the pipe (`| head`) stops the output, not the run (std-streams.js).
// The run's language, once main has read --lang or the config (until then, --lang alone).
let lang;
const std = guardStandardStreams(() => (lang === undefined ? wantsEnglish() : lang === 'en'));
const cwd = currentFolder();
if (cwd !== undefined) run(cwd);

/** The folder parplan was started in; undefined (said on stderr, exit 2) when it no longer exists:
 * a folder removed or renamed under an open terminal made Node throw from process.cwd(). */
function currentFolder() {
  try {
    return process.cwd();
  } catch (e) {
    const code = e?.code ?? 'ENOENT';
    std.stderr(
      wantsEnglish()
        ? `parplan: cannot read the current folder (${code}): it may have been removed or renamed. Change to a folder that exists and run again.\n`
        : `parplan: không đọc được thư mục hiện tại (${code}): có thể thư mục đã bị xoá hoặc đổi tên. Hãy chuyển sang một thư mục có thật rồi chạy lại.\n`,
    );
    process.exitCode = 2;
    return undefined;
  }
}

/** The CLI in `cwd`, its exit code set, a crash said in one line (2). */
function run(cwd) {
  main(process.argv.slice(2), {
    stdout: std.stdout,
    stderr: std.stderr,
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd,
    stdin: process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    promptOutput: process.stderr,
    onLang: (chosen) => {
      lang = chosen;
    },
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
}
