// A file name as one argument when pasted into PowerShell, cmd or a POSIX shell.
export function shellQuote(name: string): string {
  return /^[\w./\\:@%+,-]+$/.test(name) ? name : `"${name.replace(/"/g, '\\"')}"`;
}
