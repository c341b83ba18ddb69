// A path written inside a units or config file: `ke_hoach: chung\base.yaml` as a clerk on Windows
// writes it, or `chung/base.yaml`. Both name the same file on every system, so an office's
// repository checked by a CI on Linux reads what was written on Windows, and the other way round.
// A backslash in a file's own name is not supported (Windows forbids it anyway).

/** The path with `\` as `/`, which Node's path functions read as a separator on every system. */
export function writtenPath(path: string): string {
  return path.includes('\\') ? path.replace(/\\/g, '/') : path;
}
