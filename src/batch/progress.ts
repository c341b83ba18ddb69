// How a running batch shows itself on stderr: a progress bar (count, rate, time left) on a
// terminal; one plain line per file, in the order of the input, when stderr is a file, a pipe or CI
// (logs stay readable and the same from run to run); nothing with --quiet.
import { Chalk } from 'chalk';
import cliProgress from 'cli-progress';
import type { Lang } from '../diagnostics/messages.js';
import type { Io } from '../cli/io.js';
import { useColor } from '../cli/io.js';
import type { JobResult } from './run-batch.js';

export type ProgressMode = 'bar' | 'lines' | 'quiet';

export function progressMode(io: Io, quiet: boolean | undefined): ProgressMode {
  if (quiet) return 'quiet';
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  return io.isTTY && !ci && io.env.TERM !== 'dumb' ? 'bar' : 'lines';
}

export interface Progress {
  settled(result: JobResult): void;
  /** Ends the bar (its last state stays on screen) or prints any lines still held back. */
  stop(): void;
}

const WORDS = {
  vi: { rate: 'tệp/giây', left: 'còn' },
  en: { rate: 'files/s', left: 'left' },
} as const;

/** `line` words one finished job for lines mode (undefined: nothing to print); its chalk is colourless
 * under NO_COLOR or when stderr is not a terminal. */
export function createProgress(io: Io, mode: ProgressMode, total: number, lang: Lang, line: (result: JobResult, color: InstanceType<typeof Chalk>) => string | undefined): Progress {
  if (mode === 'quiet') return { settled: () => undefined, stop: () => undefined };
  const color = new Chalk({ level: useColor(io) ? 1 : 0 });
  if (mode === 'lines') {
    return inOrder(total, (result) => {
      const text = line(result, color);
      if (text !== undefined) io.stderr(text + '\n');
    });
  }

  const words = WORDS[lang];
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      // cli-progress writes through readline's cursor functions, which need only write() here.
      stream: { write: (text: string) => (io.stderr(text), true), isTTY: true, columns: Number(io.env.COLUMNS) || 80 } as unknown as NodeJS.WritableStream,
      format: `{bar} {value}/{total} | {rate} ${words.rate} | ${words.left} {eta_formatted}`,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: false,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { rate: '0.0' });
  let done = 0;
  return {
    settled: () => {
      done++;
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(done, { rate: (done / seconds).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}

/** Calls `print` for each result in input order, holding back those that finish early. */
function inOrder(total: number, print: (result: JobResult) => void): Progress {
  const held = new Map<number, JobResult>();
  let next = 0;
  return {
    settled: (result) => {
      held.set(result.index, result);
      while (held.has(next)) {
        print(held.get(next)!);
        held.delete(next);
        next++;
      }
    },
    stop: () => {
      for (; next < total; next++) {
        const result = held.get(next);
        if (result) print(result);
      }
    },
  };
}
