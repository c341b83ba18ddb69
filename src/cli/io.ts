// What a command may touch of the outside world, passed in so tests capture it.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars, colour). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Standard input, for `init`'s questions. Absent: nothing can be asked. */
  stdin?: NodeJS.ReadableStream;
  /** Whether standard input is a terminal: `init` asks only then, never in CI or a pipe (issue 6). */
  stdinIsTTY?: boolean;
  /** Where questions are drawn: the terminal behind stderr, so that stdout stays clean for results. */
  promptOutput?: NodeJS.WritableStream;
  /** Calls `listener` on Ctrl-C (SIGINT) or SIGTERM, for commands that run until stopped
   * (`render --watch`); returns a function that removes it. Absent: nothing stops them but their input. */
  onInterrupt?: (listener: () => void) => () => void;
  /** Told the run's language once main knows it (--lang, else the config's `lang`): bin's own last
   * words (a report cut by a full disk) are then in it too. */
  onLang?: (lang: 'vi' | 'en') => void;
  /** The clock (the default year and month of a new plan); tests pin it. Default: the system clock. */
  now?: () => Date;
}

export function useColor(io: Io): boolean {
  return io.isTTY && io.env.NO_COLOR === undefined && io.env.CI === undefined;
}
