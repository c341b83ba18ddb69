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
  if (typeof plan === 'string') return plan.includes('TODO') && /(?<![\p{L}\p{N}])TODO(?![\p{L}\p{N}])/u.test(plan);
  if (Array.isArray(plan)) return plan.some(hasTodo);
  if (typeof plan === 'object' && plan !== null) {
    // for…in, not Object.values: no array per object (a plan's objects are plain, their own keys alone).
    const object = plan as Record<string, unknown>;
    for (const key in object) if (hasTodo(object[key])) return true;
  }
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
    // The pointer is built only for the first marker: most plans have none (issue 12).
    const path: string[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === 'string') {
        if (!value.includes('TODO')) return;
        for (const match of value.matchAll(MARKER)) {
          first ??= { pointer: path.join(''), text: value, offset: match.index };
          count += 1;
        }
      } else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          path.push(`/${i}`);
          visit(item);
          path.pop();
        });
      } else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) {
          path.push(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
          visit(item);
          path.pop();
        }
      }
    };
    // The plan's strings in the order the plan file holds them; its indexes as the file holds them
    // (one map or a list), each once. A finished plan has no marker: one walk that builds nothing says so.
    if (!hasTodo(plan)) return;
    for (const [key, value] of Object.entries(plan)) {
      if (key === 'cac_chi_so') continue;
      if (key === 'chi_so') {
        for (const entry of plan.cac_chi_so) {
          path.push(entry.pointer);
          visit(entry.index);
          path.pop();
        }
      } else {
        path.push(`/${key}`);
        visit(value);
        path.pop();
      }
    }
    if (first) report(first.pointer, { count, text: todoExcerpt(first.text) }, { offset: first.offset });
  },
};

/** The first marker's text as PP290 quotes it: one line, at most 80 characters (check quotes a
 * document's paragraph the same way). */
export function todoExcerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
