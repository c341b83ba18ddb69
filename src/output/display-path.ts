// A path as the user reads it: relative to the folder they ran parplan in when it is inside it,
// else whole.
import { isAbsolute, relative } from 'node:path';

export function displayPath(target: string, cwd: string): string {
  const inside = relative(cwd, target);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : target;
}
