// When two names are "the same" for the duplicate rules: case, spacing, a trailing full stop or
// semicolon, and notes in brackets ("UBND tỉnh (b/c)") do not make a name different.
import { RecentMap } from '../../cache/recent-map.js';
import { ownCopy } from './by-text.js';
export function sameNameKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    // Own copies: a name is a piece of its plan's text, which the table would otherwise keep (by-text.ts).
    const own = ownCopy(name);
    key = keyOf(own);
    KEYS.set(own, key);
  }
  return key;
}

/** Unit and recipient names repeat within a plan and across plans (issue 12): each key is made once
 * (the 10,000 names used most recently are held). */
const KEYS = new RecentMap<string, string>(10_000);

function keyOf(name: string): string {
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
