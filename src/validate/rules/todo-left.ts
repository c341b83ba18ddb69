// PP290: TODO markers are left. `parplan init` writes TODO wherever the clerk must write (results,
// targets, tasks, names); while any is left the plan is a draft (issue 6). One warning per plan, at the
// first marker and with their count: a new plan has some twenty-five, and a warning for each would
// bury every other message of `render` and `render --watch` (an editor's search finds them all).
// A warning, not an error, so that a half-filled plan still renders.
import type { RuleDefinition } from './rule.js';

/** The marker, as a word: "TODO", "TODO:", "số TODO/KH-UBND"; not part of a longer word. */
const MARKER = /(?<![\p{L}\p{N}])TODO(?![\p{L}\p{N}])/gu;
/** The same marker, for the renderer (highlighted in a draft) and the draft mark. */
export const TODO_MARKER = MARKER;

/** Whether a plan still has a TODO marker: it is then a draft (du_thao set automatically). */
export function hasTodo(plan: unknown): boolean {
  for (const { text } of stringsOf(plan, '')) if (/(?<![\p{L}\p{N}])TODO(?![\p{L}\p{N}])/u.test(text)) return true;
  return false;
}

export const todoLeft: RuleDefinition = {
  code: 'PP290',
  name: 'con-todo',
  severity: 'warning',
  clause: 'parplan init: chỗ đánh dấu TODO là chỗ người soạn thảo phải điền trước khi trình ký',
  check(plan, report) {
    let first: { pointer: string; text: string; offset: number } | undefined;
    let count = 0;
    for (const { pointer, text } of stringsOf(plan, '')) {
      for (const match of text.matchAll(MARKER)) {
        first ??= { pointer, text, offset: match.index };
        count += 1;
      }
    }
    if (first) report(first.pointer, { count, text: excerpt(first.text) }, { offset: first.offset });
  },
};

/** Every string in the plan with its JSON Pointer, in the order the plan file holds them. */
function* stringsOf(value: unknown, pointer: string): Generator<{ pointer: string; text: string }> {
  if (typeof value === 'string') yield { pointer, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsOf(item, `${pointer}/${i}`);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
