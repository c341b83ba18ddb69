// Standard output and error as parplan writes them. A reader that goes away (`parplan validate … |
// head`) closes the pipe, and Node reports the next write as an 'error' event (EPIPE), which,
// unhandled, ended parplan with Node's stack trace. Here a write to a stream that failed does
// nothing: the reader wanted no more, and the run ends with the exit code of its work. Any other
// failure to write (a full disk under `> report.json`) is kept: the run then ends with exit code 2,
// saying why on the other stream if it can, since a CI must not take a cut report for a whole one.
export function guardedStream(stream) {
  let stopped = false;
  let failure;
  const fail = (error) => {
    if (stopped) return;
    stopped = true;
    if (error?.code !== 'EPIPE') failure = error instanceof Error ? error : new Error(String(error));
  };
  stream.on('error', fail);
  return {
    write(text) {
      if (stopped) return;
      try {
        stream.write(text);
      } catch (e) {
        fail(e);
      }
    },
    /** The error that stopped writing, unless it was only a closed pipe. */
    failure: () => failure,
  };
}

/** Guards process.stdout and process.stderr; at exit, a failed write (not a closed pipe) makes the code 2.
 * `english`: whether the run's language is English, asked at exit (main tells bin the config's). */
export function guardStandardStreams(english = wantsEnglish) {
  const stdout = guardedStream(process.stdout);
  const stderr = guardedStream(process.stderr);
  process.on('exit', () => {
    const failed = stdout.failure() ?? stderr.failure();
    if (failed === undefined) return;
    // The output was cut: said on stderr (if that is what failed, nothing can be said).
    if (stdout.failure() !== undefined) stderr.write(`parplan: ${english() ? 'could not write all of the output to stdout' : 'không ghi hết được kết quả ra stdout'}: ${failed.message}\n`);
    process.exitCode = 2;
  });
  return { stdout: stdout.write, stderr: stderr.write };
}

/** `--lang en` on the command line (before main has read the config); Vietnamese otherwise. */
export function wantsEnglish() {
  const argv = process.argv.slice(2);
  return argv.includes('--lang=en') || argv.some((arg, i) => arg === '--lang' && argv[i + 1] === 'en');
}
