// What a command may touch of the outside world, passed in so tests capture it.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bars, colour). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function useColor(io: Io): boolean {
  return io.isTTY && io.env.NO_COLOR === undefined && io.env.CI === undefined;
}
