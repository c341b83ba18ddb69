// Placeholders in a plan's text: ${ten_day_du}, ${ten_ngan}, ${viet_tat}, ${ten}, ${don_vi_luu} stand
// for the issuing unit's own fields (co_quan_ban_hanh), so that one base plan of `parplan batch` names
// each unit it is rendered for ("Lưu: VT, ${don_vi_luu}", "các phòng thuộc ${ten_ngan}"). `${…}` and
// not Handlebars' `{{…}}`: plan text is data, never a template, and a clerk should not mistake the one
// for the other. `$${` writes a literal `${`. Filled in before the schema check, so every rule sees
// the unit's own text; an unknown placeholder, or one whose field the unit lacks, is a located error.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Locate } from '../parse/read-yaml.js';
import { closestName } from '../validate/closest-name.js';

/** Each placeholder and where its value comes from (co_quan_ban_hanh's field). */
export const PLACEHOLDERS = ['ten', 'ten_day_du', 'ten_ngan', 'viet_tat', 'don_vi_luu'] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

const PATTERN = /\$(\$?)\{([^{}\n]*)\}/g;

/** The values of the placeholders for a plan's data (undefined: the plan does not say). */
export function placeholderValues(data: unknown): Record<PlaceholderName, string | undefined> {
  const issuer = isRecord(data) && isRecord(data.co_quan_ban_hanh) ? data.co_quan_ban_hanh : {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const lines = Array.isArray(issuer.ten) ? issuer.ten.filter((l): l is string => typeof l === 'string') : typeof issuer.ten === 'string' ? [issuer.ten] : [];
  const ten = str(lines.join(' '));
  const tenDayDu = str(issuer.ten_day_du) ?? ten;
  return { ten, ten_day_du: tenDayDu, ten_ngan: str(issuer.ten_ngan) ?? tenDayDu, viet_tat: str(issuer.viet_tat), don_vi_luu: str(issuer.don_vi_luu) };
}

/** The data with every placeholder filled in, and the problems of those that cannot be. Fields of
 * co_quan_ban_hanh are the values, so they are not filled in themselves. Data without `${` is returned as it is. */
export function fillPlaceholders(data: unknown, file: string, locate: Locate): { data: unknown; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // Most plans hold no placeholder: one walk without building anything says so (issue 12).
  if (!isRecord(data) || !holdsPlaceholder(data, true)) return { data, diagnostics };
  const values = placeholderValues(data);
  // The path to the node walked, as keys; its JSON Pointer is built only for a text that holds a
  // placeholder (building one per node was most of this walk: it runs for every plan and unit).
  const path: string[] = [];
  const pointerOf = (): string => path.map((key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return node.includes('${') ? fillText(node, pointerOf()) : node;
    if (Array.isArray(node)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < node.length; i++) {
        path.push(String(i));
        const filled = walk(node[i]);
        path.pop();
        if (filled !== node[i]) (out ??= node.slice())[i] = filled;
      }
      return out ?? node;
    }
    if (isRecord(node)) {
      if (path.length === 1 && path[0] === 'co_quan_ban_hanh') return node;
      let out: Record<string, unknown> | undefined;
      for (const [key, value] of Object.entries(node)) {
        path.push(key);
        const filled = walk(value);
        path.pop();
        if (filled === value) continue;
        if (out === undefined) {
          // Own properties defined as data ("__proto__" stays a key, never the prototype).
          out = {};
          for (const [k, v] of Object.entries(node)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
        }
        Object.defineProperty(out, key, { value: filled, enumerable: true, writable: true, configurable: true });
      }
      return out ?? node;
    }
    return node;
  };
  const fillText = (text: string, pointer: string): string =>
    text.replace(PATTERN, (whole, escaped: string, inner: string) => {
      if (escaped) return whole.slice(1);
      const name = inner.trim();
      const at = { file, ...locate(pointer), path: pointer, severity: 'error' as const };
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
        const suggestion = closestName(name, PLACEHOLDERS);
        diagnostics.push({ ...at, code: 'PP710', args: { name, known: PLACEHOLDERS.map((p) => `\${${p}}`).join(', '), ...(suggestion ? { suggestion } : {}) } });
        return whole;
      }
      const value = values[name as PlaceholderName];
      if (value === undefined) {
        diagnostics.push({ ...at, code: 'PP711', args: { name } });
        return whole;
      }
      return value;
    });
  return { data: walk(data), diagnostics };
}

/** Whether a string the walk below would fill holds "${" (co_quan_ban_hanh's own fields are not filled). */
function holdsPlaceholder(node: unknown, top = false): boolean {
  if (typeof node === 'string') return node.includes('${');
  if (Array.isArray(node)) return node.some((item) => holdsPlaceholder(item));
  if (isRecord(node)) {
    for (const key in node) if (Object.hasOwn(node, key) && !(top && key === 'co_quan_ban_hanh') && holdsPlaceholder(node[key])) return true;
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
