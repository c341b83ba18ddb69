// The presets `parplan presets` lists and `parplan init` starts from: YAML data in templates/presets/,
// shipped with the package so that an office updates them when an index changes, without code.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packagePath } from '../package-root.js';
import { isMap, parseDocument, type Document } from 'yaml';
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

/** Every preset, sorted by name. A malformed preset file is our bug: it throws, naming the file. */
export function listPresets(dir: string = PRESETS_DIR): Preset[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readPreset(join(dir, f)));
}

export function findPreset(name: string, dir: string = PRESETS_DIR): Preset | undefined {
  return listPresets(dir).find((p) => p.name === name);
}

export function readPreset(file: string): Preset {
  const document = parseDocument(readFileSync(file, 'utf8'));
  const fail = (what: string): never => {
    throw new Error(`preset ${basename(file)}: ${what}`);
  };
  if (document.errors.length > 0) fail(document.errors[0]!.message);
  const meta: unknown = document.toJS();
  if (typeof meta !== 'object' || meta === null) return fail('not a map');
  const m = meta as Record<string, unknown>;
  const text = (key: string): string => (typeof m[key] === 'string' && m[key] !== '' ? (m[key] as string) : fail(`'${key}' must be text`));
  const name = text('ten');
  if (name !== basename(file, '.yaml')) fail(`'ten' (${name}) must be the file name`);
  const level = text('cap') as UnitLevel;
  if (!LEVELS.includes(level)) fail(`'cap' must be one of ${LEVELS.join(', ')}`);
  const sources = Array.isArray(m.nguon) && m.nguon.every((s) => typeof s === 'string') ? (m.nguon as string[]) : fail("'nguon' must list the sources");
  if (!isMap(document.get('ke_hoach', true))) fail("'ke_hoach' must be the plan skeleton (a map)");
  return { name, description: text('mo_ta'), methodology: text('phuong_phap'), level, sources, document };
}
