// When two names are "the same" for the duplicate rules: case, spacing, a trailing full stop or
// semicolon, and notes in brackets ("UBND tỉnh (b/c)") do not make a name different.
export function sameNameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[.;,\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi');
}
