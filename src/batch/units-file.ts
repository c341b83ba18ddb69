// A units file (`ke_hoach: base.yaml` + `don_vi: [...]`): read, parsed with positions, its own shape
// checked against schemas/units.schema.json's runtime part, and its base plan read and parsed. Each
// worker thread rebuilds this from the two texts once (openUnits), never once per unit.
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { pointerToFieldPath } from '../diagnostics/diagnostic.js';
import { parseYaml, type Locate, type ParsedYaml, type Position } from '../parse/read-yaml.js';
import { closestName } from '../validate/closest-name.js';
import { isPlainObject, valueAt } from '../validate/json-pointer.js';
import { readYamlText } from './read-yaml-file.js';
import * as validators from './units-validator.generated.js';
import { jsonType, TYPE_NAMES } from '../validate/json-types.js';
import { writtenPath } from '../parse/written-path.js';

/** What a worker needs to rebuild a units file: plain texts, cheap to send to a thread. */
export interface UnitsTexts {
  /** The units file as the user named it, and its text. */
  unitsFile: string;
  unitsText: string | undefined;
  /** The base plan's path (from ke_hoach, relative to the units file) and its text. */
  baseFile: string | undefined;
  baseText: string | undefined;
  /** Problems met while reading either file. */
  readProblems: Diagnostic[];
}

export interface Units {
  texts: UnitsTexts;
  units: ParsedYaml | undefined;
  base: ParsedYaml | undefined;
  entries: unknown[];
  /** Problems that stop every unit: unreadable files, YAML errors, the units file's own fields. */
  fileProblems: Diagnostic[];
  /** Problems of one entry found before merging (an entry that is not a map, a bad `tep`). */
  entryProblems: Map<number, Diagnostic[]>;
  /** file → text, for the code frames of reports. */
  sources: Map<string, string>;
}

/** A units file is a map with `don_vi` (a plan never has that field). */
export function isUnitsData(data: unknown): boolean {
  return isPlainObject(data) && Object.hasOwn(data, 'don_vi');
}

/** Reads a units file and the base plan it names. `file` is as the user named it, relative to cwd;
 * `plansDirs` are further folders a base plan may be in (--plans-dir), besides the units file's own. */
export async function readUnits(file: string, cwd: string, plansDirs: readonly string[] = []): Promise<Units> {
  const absolute = resolve(cwd, file);
  const texts: UnitsTexts = { unitsFile: file, unitsText: undefined, baseFile: undefined, baseText: undefined, readProblems: [] };
  const read = await readYamlText(absolute);
  if (!read.ok) {
    texts.readProblems.push({ ...read.diagnostic, file });
    return openUnits(texts);
  }
  texts.unitsText = read.text;
  const data = parseYaml(read.text, file).data;
  const baseName = isPlainObject(data) ? data.ke_hoach : undefined;
  if (typeof baseName === 'string' && baseName !== '') {
    const written = writtenPath(baseName);
    texts.baseFile = isAbsolute(written) ? written : normalize(join(dirname(file), written));
    const basePath = isAbsolute(written) ? written : resolve(dirname(absolute), written);
    const refused = await checkBasePlace(basePath, [dirname(absolute), ...plansDirs.map((d) => resolve(cwd, d))]);
    if (refused !== undefined) {
      // Never read: a units file from a pull request must not make validate print a secret's first line.
      const at = parseYaml(read.text, file).locate('/ke_hoach');
      texts.readProblems.push({ code: 'PP408', severity: 'error', file, ...at, path: '/ke_hoach', args: { file: baseName, why: refused } });
      return openUnits(texts);
    }
    const base = await readYamlText(basePath);
    if (base.ok) texts.baseText = base.text;
    else texts.readProblems.push(baseReadProblem(texts.baseFile, baseName, read.text, file, base));
  }
  return openUnits(texts);
}

/**
 * The base plan must be a .yaml/.yml file inside the units file's folder (or below it), after
 * symlinks are resolved (issue 9): `ke_hoach: ../outside/.git-credentials` or `/etc/passwd` would
 * otherwise be read, and its first line shown as a code frame in CI logs. Returns why not, or undefined.
 */
async function checkBasePlace(basePath: string, folders: readonly string[]): Promise<'extension' | 'outside' | undefined> {
  if (!/\.ya?ml$/i.test(basePath)) return 'extension';
  const roots = await Promise.all(folders.map((f) => realpath(f).catch(() => resolve(f))));
  // A missing base is PP400 (its own message); a path that exists is judged where it really is.
  const real = await realpath(basePath).catch(() => undefined);
  if (real === undefined) return folders.some((f) => isInside(resolve(basePath), resolve(f))) ? undefined : 'outside';
  if (!/\.ya?ml$/i.test(real)) return 'extension';
  return roots.some((root) => isInside(real, root)) ? undefined : 'outside';
}

function isInside(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

function baseReadProblem(baseFile: string, baseName: string, unitsText: string, unitsFile: string, read: Extract<Awaited<ReturnType<typeof readYamlText>>, { ok: false }>): Diagnostic {
  // Undecodable bytes are the base's own problem; a file that cannot be opened is the ke_hoach line's.
  if (read.diagnostic.code !== 'PP001') return { ...read.diagnostic, file: baseFile };
  const at = parseYaml(unitsText, unitsFile).locate('/ke_hoach');
  return { code: 'PP400', severity: 'error', file: unitsFile, ...at, path: '/ke_hoach', args: { file: baseName, errno: read.errno, detail: read.detail } };
}

/** Parses and checks the texts of a units file and its base (no I/O: worker threads call this). */
export function openUnits(texts: UnitsTexts): Units {
  const result: Units = { texts, units: undefined, base: undefined, entries: [], fileProblems: [...texts.readProblems], entryProblems: new Map(), sources: new Map() };
  if (texts.unitsText === undefined) return result;
  result.sources.set(texts.unitsFile, texts.unitsText);
  const units = parseYaml(texts.unitsText, texts.unitsFile);
  result.units = units;
  if (units.data === undefined) {
    result.fileProblems.push(...units.diagnostics);
    return result;
  }
  for (const problem of checkShape(units.data, texts.unitsFile, units.locate)) {
    const entry = /^\/don_vi\/(\d+)(\/|$)/.exec(problem.path);
    if (entry) {
      const index = Number(entry[1]);
      result.entryProblems.set(index, [...(result.entryProblems.get(index) ?? []), problem]);
    } else {
      result.fileProblems.push(problem);
    }
  }
  const data = units.data as Record<string, unknown>;
  result.entries = Array.isArray(data.don_vi) ? data.don_vi : [];
  if (texts.baseText !== undefined && texts.baseFile !== undefined) {
    result.sources.set(texts.baseFile, texts.baseText);
    const parsed = parseYaml(texts.baseText, texts.baseFile);
    // Every unit's problems in the base are located in it again: each place is found once.
    const places = new Map<string, Position>();
    const locate: Locate = (pointer, which, offset) => {
      const key = `${pointer}\0${which ?? ''}\0${offset ?? ''}`;
      let place = places.get(key);
      if (place === undefined) places.set(key, (place = parsed.locate(pointer, which, offset)));
      return { ...place };
    };
    const base: ParsedYaml = { ...parsed, locate };
    result.base = base;
    if (base.data === undefined) result.fileProblems.push(...base.diagnostics);
    else if (isUnitsData(base.data)) {
      result.fileProblems.push({ code: 'PP405', severity: 'error', file: texts.unitsFile, ...units.locate('/ke_hoach'), path: '/ke_hoach', args: { file: String(data.ke_hoach) } });
    }
  }
  return result;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
const validateUnits = (validators as unknown as { units: ValidateFn }).units;

const TOP_FIELDS = ['ke_hoach', 'don_vi'];


/** The units file's own fields, as Diagnostic values with the plan's codes (PP100–PP107). */
function checkShape(data: unknown, file: string, locate: ParsedYaml['locate']): Diagnostic[] {
  if (validateUnits(data)) return [];
  return (validateUnits.errors ?? []).map((e): Diagnostic => {
    const base = { severity: 'error' as const, file };
    const field = pointerToFieldPath(e.instancePath);
    switch (e.keyword) {
      case 'required': {
        const path = `${e.instancePath}/${String(e.params.missingProperty)}`;
        return { ...base, code: 'PP100', ...locate(e.instancePath), path, args: { field: pointerToFieldPath(path) } };
      }
      case 'additionalProperties': {
        const key = String(e.params.additionalProperty);
        const path = `${e.instancePath}/${key}`;
        return { ...base, code: 'PP101', ...locate(path, 'key'), path, args: { key, suggestion: closestName(key, TOP_FIELDS) ?? '' } };
      }
      case 'type': {
        const expected = String(e.params.type);
        const found = jsonType(valueAt(data, e.instancePath));
        const words = (t: string, i: 0 | 1) => TYPE_NAMES[t]?.[i] ?? t;
        return {
          ...base,
          code: 'PP102',
          ...locate(e.instancePath),
          path: e.instancePath,
          args: { field, expected: words(expected, 0), expectedEn: words(expected, 1), found: words(found, 0), foundEn: words(found, 1) },
        };
      }
      case 'minItems':
      case 'maxItems':
      case 'minLength':
      case 'maxLength': {
        const limit = Number(e.params.limit);
        const words: Record<string, [string, string]> = {
          minItems: [`phải có ít nhất ${limit} phần tử`, `must have at least ${limit} items`],
          maxItems: [`có quá ${limit} phần tử`, `has more than ${limit} items`],
          minLength: ['không được để trống', 'must not be empty'],
          maxLength: [`dài quá ${limit} ký tự`, `is longer than ${limit} characters`],
        };
        const [what, whatEn] = words[e.keyword]!;
        return { ...base, code: 'PP106', ...locate(e.instancePath), path: e.instancePath, args: { field, what, whatEn } };
      }
      default:
        return { ...base, code: 'PP107', ...locate(e.instancePath), path: e.instancePath, args: { field, hint: e.keyword, hintEn: e.keyword } };
    }
  });
}
