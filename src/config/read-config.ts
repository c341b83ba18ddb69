// parplan.config.yaml (or a `parplan` key in package.json): found upward from the plan, read with
// positions, checked key by key. A bad config is a list of located problems (PP7xx), never a throw.
// Paths in it are relative to the config file's folder and come out absolute.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang, MessageCode } from '../diagnostics/messages.js';
import { RULE_LEVELS, ruleConfigurable, type RuleLevel, type RuleLevels } from '../diagnostics/rule-levels.js';
import { parseYaml, type Locate } from '../parse/read-yaml.js';
import { closestName } from '../validate/closest-name.js';
import { writtenPath } from '../parse/written-path.js';

export const CONFIG_FILE_NAMES = ['parplan.config.yaml', 'parplan.config.yml'] as const;
/** The key of package.json that may hold the config instead. */
export const PACKAGE_JSON_KEY = 'parplan';

export interface ParplanConfig {
  /** A templates folder of one's own (a copy of parplan's templates/, edited). Absolute. */
  templates?: string;
  /** A folder of presets for `init` and `presets`. Absolute. */
  presets?: string;
  /** A province's reference .docx (as --reference-doc). Absolute. */
  reference_doc?: string;
  reference_doc_wins?: boolean;
  lang?: Lang;
  /** Where render and batch write (as -o). Absolute. */
  output?: string;
  /** Globs, relative to the config's folder, of .yaml files that are not plans. */
  ignore?: string[];
  rules?: RuleLevels;
  /** Warnings that stop `--final` besides a TODO left (PP290 always does). */
  blocking?: string[];
}

export interface LoadedConfig {
  /** The config file as shown to the user (package.json for its key); undefined when none was found. */
  file: string | undefined;
  /** The folder paths in the config are relative to (the config's, or the starting folder). */
  dir: string;
  config: ParplanConfig;
  diagnostics: Diagnostic[];
  /** The config file's text, for code frames. */
  source?: string;
}

type KeyKind = 'folder' | 'file' | 'path' | 'boolean' | 'lang' | 'globs' | 'rules' | 'codes';
/** Every key a config may have, with what its value must be. schemas/config.schema.json says the same for editors (a test compares them). */
export const CONFIG_KEYS: Readonly<Record<keyof ParplanConfig, KeyKind>> = {
  templates: 'folder',
  presets: 'folder',
  reference_doc: 'file',
  reference_doc_wins: 'boolean',
  lang: 'lang',
  output: 'path',
  ignore: 'globs',
  rules: 'rules',
  blocking: 'codes',
};

/** The config file that applies to `startDir`: the nearest parplan.config.yaml, or package.json with a
 * `parplan` key, in it or a folder above it. */
export function findConfigFile(startDir: string): { path: string; fromPackageJson: boolean } | undefined {
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      if (isFile(path)) return { path, fromPackageJson: false };
    }
    const pkg = join(dir, 'package.json');
    if (isFile(pkg) && packageJsonHasKey(pkg)) return { path: pkg, fromPackageJson: true };
    if (dirname(dir) === dir) return undefined;
  }
}

/** `explicit` (--config) wins; else the config found upward from `startDir`; else an empty config. */
export function loadConfig(startDir: string, cwd: string, explicit?: string): LoadedConfig {
  if (explicit !== undefined) {
    const path = resolve(cwd, explicit);
    if (!isFile(path)) return { file: explicit, dir: cwd, config: {}, diagnostics: [problem('PP707', explicit, { line: 0, column: 0 }, '', { file: explicit })] };
    return readConfigFile(path, shown(path, cwd), /(^|[\\/])package\.json$/.test(path));
  }
  const found = findConfigFile(startDir);
  if (!found) return { file: undefined, dir: resolve(startDir), config: {}, diagnostics: [] };
  return readConfigFile(found.path, shown(found.path, cwd), found.fromPackageJson);
}

export function readConfigFile(path: string, file: string, fromPackageJson: boolean): LoadedConfig {
  const dir = dirname(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return { file, dir, config: {}, diagnostics: [problem('PP001', file, { line: 0, column: 0 }, '', { errno: error.code ?? '', detail: error.message })] };
  }
  const parsed = parseYaml(text, file);
  // A config of comments only (what `init --config` writes before anything is chosen) is empty, not wrong.
  if (parsed.data === undefined && parsed.diagnostics.every((d) => d.code === 'PP003')) return { file, dir, config: {}, diagnostics: [], source: text };
  if (parsed.data === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) return { file, dir, config: {}, diagnostics: parsed.diagnostics, source: text };
  const prefix = fromPackageJson ? `/${PACKAGE_JSON_KEY}` : '';
  const data = fromPackageJson ? (parsed.data as Record<string, unknown>)[PACKAGE_JSON_KEY] : parsed.data;
  const { config, diagnostics } = checkConfig(data, { file, dir, locate: parsed.locate, prefix });
  return { file, dir, config, diagnostics, source: text };
}

interface Where {
  file: string;
  dir: string;
  locate: Locate;
  /** JSON Pointer of the config inside its file ('' or /parplan). */
  prefix: string;
}

/** The config's data → the config, with every problem located. Unknown keys and bad values are errors. */
export function checkConfig(data: unknown, where: Where): { config: ParplanConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = (pointer: string, which: 'key' | 'value', code: MessageCode, args: Record<string, string | number>) =>
    diagnostics.push(problem(code, where.file, where.locate(where.prefix + pointer, which), where.prefix + pointer, args));
  const config: Record<string, unknown> = {};
  if (data === null || data === undefined) return { config, diagnostics };
  if (!isRecord(data)) {
    at('', 'value', 'PP702', { key: where.prefix === '' ? 'parplan.config.yaml' : PACKAGE_JSON_KEY, expected: 'map' });
    return { config, diagnostics };
  }
  const keys = Object.keys(CONFIG_KEYS);
  for (const [key, value] of Object.entries(data)) {
    const pointer = `/${escape(key)}`;
    if (!Object.hasOwn(CONFIG_KEYS, key)) {
      const suggestion = closestName(key, keys);
      at(pointer, 'key', 'PP701', { key, known: keys.join(', '), ...(suggestion ? { suggestion } : {}) });
      continue;
    }
    const kind = CONFIG_KEYS[key as keyof ParplanConfig];
    const checked = checkValue(kind, value, pointer, key, where, at);
    if (checked !== undefined) config[key] = checked;
  }
  return { config: config as ParplanConfig, diagnostics };
}

type At = (pointer: string, which: 'key' | 'value', code: MessageCode, args: Record<string, string | number>) => void;

function checkValue(kind: KeyKind, value: unknown, pointer: string, key: string, where: Where, at: At): unknown {
  const wrong = (expected: string) => (at(pointer, 'value', 'PP702', { key, expected, found: shortValue(value) }), undefined);
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean' ? value : wrong('boolean');
    case 'lang':
      return value === 'vi' || value === 'en' ? value : wrong('lang');
    case 'folder':
    case 'file':
    case 'path': {
      if (typeof value !== 'string' || value.trim() === '') return wrong(kind);
      const absolute = resolve(where.dir, writtenPath(value));
      if (kind !== 'path') {
        const info = statOrUndefined(absolute);
        const ok = kind === 'folder' ? info?.isDirectory() : info?.isFile();
        if (!ok) return (at(pointer, 'value', 'PP706', { key, path: value, kind, resolved: absolute }), undefined);
      }
      return absolute;
    }
    case 'globs': {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || list.some((g) => typeof g !== 'string' || g.trim() === '')) return wrong('globs');
      return list as string[];
    }
    case 'codes': {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list)) return wrong('codes');
      const codes: string[] = [];
      list.forEach((code, i) => {
        const itemPointer = typeof value === 'string' ? pointer : `${pointer}/${i}`;
        const why = typeof code === 'string' ? ruleConfigurable(code, 'warning') : 'unknown';
        if (why !== undefined) at(itemPointer, 'value', why === 'unknown' ? 'PP703' : 'PP704', why === 'unknown' ? { key, code: String(code), ...codeSuggestion(String(code)) } : { key, code: String(code), why });
        else codes.push(code as string);
      });
      return codes;
    }
    case 'rules': {
      if (!isRecord(value)) return wrong('rules');
      const levels: Record<string, RuleLevel> = {};
      for (const [code, level] of Object.entries(value)) {
        const codePointer = `${pointer}/${escape(code)}`;
        const normal = typeof level === 'string' ? level.trim().toLowerCase() : level;
        if (typeof normal !== 'string' || !(RULE_LEVELS as readonly string[]).includes(normal)) {
          const suggestion = typeof normal === 'string' ? closestName(normal, RULE_LEVELS) : undefined;
          at(codePointer, 'value', 'PP705', { code, level: shortValue(level), ...(suggestion ? { suggestion } : {}) });
          continue;
        }
        const why = ruleConfigurable(code, normal as RuleLevel);
        if (why !== undefined) {
          at(codePointer, 'key', why === 'unknown' ? 'PP703' : 'PP704', why === 'unknown' ? { key, code, ...codeSuggestion(code) } : { key, code, why });
          continue;
        }
        levels[code] = normal as RuleLevel;
      }
      return levels;
    }
  }
}

/** "pp215", "215" or "PP 215" for PP215. */
function codeSuggestion(code: string): { suggestion?: string } {
  const digits = /^\s*p?p?\s*-?\s*(\d{3})\s*$/i.exec(code)?.[1];
  if (digits && ruleConfigurable(`PP${digits}`, 'warning') === undefined) return { suggestion: `PP${digits}` };
  return {};
}

function problem(code: MessageCode, file: string, position: { line: number; column: number }, path: string, args: Record<string, string | number>): Diagnostic {
  return { code, severity: 'error', file, line: position.line, column: position.column, path, args };
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isFile(path: string): boolean {
  return statOrUndefined(path)?.isFile() ?? false;
}

/** A missing file is undefined without an exception (the config search stats four names in every
 * folder up to the root, twice a run); any other failure too. */
function statOrUndefined(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function packageJsonHasKey(path: string): boolean {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    return isRecord(data) && Object.hasOwn(data, PACKAGE_JSON_KEY);
  } catch {
    return false;
  }
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || rel.includes(`:${sep}`) ? path : rel;
}

