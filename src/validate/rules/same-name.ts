// When two names are "the same" for the duplicate rules: case, spacing, a trailing full stop or
// semicolon, and notes in brackets ("UBND tỉnh (b/c)") do not make a name different.
export function sameNameKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[.;,\s]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    // Unicode's lowercasing depends on the language only for Lithuanian, Turkish and Azeri: for
    // Vietnamese it is toLowerCase, which is several times faster than toLocaleLowerCase('vi')
    // (test/validate/same-name.test.ts checks every character).
    .toLowerCase();
}
