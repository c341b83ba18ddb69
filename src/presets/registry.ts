// The presets `parplan presets` lists and `parplan init` starts from: YAML data in templates/presets/,
// shipped with the package so that an office updates them when an index changes, without code.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packagePath } from '../package-root.js';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import { unclosedAt } from '../parse/read-yaml.js';
import type { UnitLevel } from './unit.js';

export const PRESETS_DIR = packagePath('templates', 'presets');

export interface Preset {
  /** The file name without .yaml; what --preset takes. */
  name: string;
  /** One line for the list: the index and who issues the plan. */
  description: string;
  /** The methodology and year the components follow. */
  methodology: string;
  level: UnitLevel;
  /** Where the component names, sections and Nơi nhận come from. */
  sources: string[];
  /** The whole preset file, comments kept; its `ke_hoach` is the plan skeleton. */
  document: Document;
}

const LEVELS: readonly UnitLevel[] = ['so', 'huyen', 'tinh'];

/** The presets of a folder, sorted by name, and a problem (PP708) for each file that is not one. */
export interface PresetsRead {
  presets: Preset[];
  problems: Diagnostic[];
  /** The text of each file with a problem, by its shown path (for the report's code frames). */
  sources: Map<string, string>;
}

/**
 * Every preset of a folder: parplan's own, or a province's (the config's `presets`), whose files a
 * person wrote. A file that is not a preset is left out with a problem at the field to change.
 * `shown` gives each file's path as the user reads it.
 */
export function readPresets(dir: string = PRESETS_DIR, shown: (file: string) => string = (file) => file): PresetsRead {
  const presets: Preset[] = [];
  const problems: Diagnostic[] = [];
  const sources = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const read = readPreset(file, shown(file), text);
    if ('code' in read) {
      problems.push(read);
      sources.set(read.file, text);
    } else presets.push(read);
  }
  return { presets, problems, sources };
}

/** parplan's own presets (or a folder known to be well formed): one that is not is our bug, and throws. */
export function listPresets(dir: string = PRESETS_DIR): Preset[] {
  const { presets, problems } = readPresets(dir);
  const first = problems[0];
  if (first !== undefined) throw new Error(`preset ${first.file}:${first.line}: ${formatMessage(first.code, first.args, 'en')}`);
  return presets;
}

export function findPreset(name: string, dir: string = PRESETS_DIR): Preset | undefined {
  return listPresets(dir).find((p) => p.name === name);
}

/** A preset file, or the problem that makes it none (PP708, at the field). */
export function readPreset(file: string, shown: string = file, text: string = readFileSync(file, 'utf8')): Preset | Diagnostic {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const stem = basename(file, '.yaml');
  /** PP708 at the field `key` (its value, else its key), or at `offset` in the text, else at the top. */
  const problem = (what: string, key = '', args: Record<string, string> = {}, offset?: number): Diagnostic => {
    const node = key === '' ? undefined : (document.get(key, true) as { range?: [number, number, number] } | undefined);
    const keyNode = key === '' || !isMap(document.contents) ? undefined : document.contents.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === key)?.key;
    const where = offset ?? (node?.range ?? (keyNode as { range?: [number, number, number] } | undefined)?.range)?.[0];
    const at = where === undefined ? { line: 1, col: 1 } : lineCounter.linePos(where);
    return { code: 'PP708', severity: 'error', file: shown, line: at.line, column: at.col, path: key === '' ? '' : `/${key}`, args: { what, key, stem, ...args } };
  };
  const yamlError = document.errors[0];
  if (yamlError !== undefined) {
    const detail = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
    // A quote or bracket left open is shown where it opens, as a plan's is.
    const open = unclosedAt(text, yamlError);
    return problem('yaml', '', { detail, problem: open?.problem ?? yamlError.code }, open?.at ?? yamlError.pos[0]);
  }
  const meta: unknown = document.toJS();
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return problem('map');
  const m = meta as Record<string, unknown>;
  const isText = (key: string): boolean => typeof m[key] === 'string' && m[key] !== '';
  for (const key of ['ten', 'mo_ta', 'phuong_phap', 'cap']) if (!isText(key)) return problem('text', key);
  const name = m.ten as string;
  if (name !== stem) return problem('name', 'ten', { value: name });
  const level = m.cap as UnitLevel;
  if (!LEVELS.includes(level)) return problem('level', 'cap', { value: String(level) });
  if (!Array.isArray(m.nguon) || !m.nguon.every((x) => typeof x === 'string')) return problem('sources', 'nguon');
  if (!isMap(document.get('ke_hoach', true))) return problem('skeleton', 'ke_hoach');
  return { name, description: m.mo_ta as string, methodology: m.phuong_phap as string, level, sources: m.nguon as string[], document };
}
