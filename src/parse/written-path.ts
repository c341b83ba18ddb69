// A path written inside a units or config file, as a person writes it: `ke_hoach: chung\base.yaml`
// as a clerk on Windows writes it, or `chung/base.yaml`; `reference_doc: ~/mau/mau.docx` for a file
// in the home folder, as shells and most tools read it. Both separators name the same file on every
// system, so an office's repository checked by a CI on Linux reads what was written on Windows, and
// the other way round. A backslash in a file's own name is not supported (Windows forbids it anyway).
import { homedir } from 'node:os';

/** The path with `\` as `/` (Node's path functions read it as a separator on every system), and a
 * leading `~/` as the home folder. */
export function writtenPath(path: string): string {
  const slashed = path.includes('\\') ? path.replace(/\\/g, '/') : path;
  return slashed === '~' || slashed.startsWith('~/') ? homedir() + slashed.slice(1) : slashed;
}
