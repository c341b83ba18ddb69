// Schema check of a plan's data: ajv's errors → Diagnostic values, one problem per line.
// The validators are compiled ahead of time (schemas/build.mjs); the JSON schema is read only to
// name fields, suggest keys and pick the anyOf branch the data is closest to.
import { stringify } from 'yaml';
import * as validators from './plan-validator.generated.js';
import schemaJson from '../../schemas/plan.schema.json' with { type: 'json' };
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { pointerToFieldPath } from '../diagnostics/diagnostic.js';
import type { Position } from '../parse/read-yaml.js';
import { closestName } from './closest-name.js';
import { explainMistakes, type SourceOf } from './explain-mistakes.js';
import { isPlainObject, valueAt } from './json-pointer.js';
import { jsonType, TYPE_NAMES } from './json-types.js';

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}
type ValidateFn = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
type SchemaNode = Record<string, unknown>;

const VALIDATORS = validators as unknown as Record<string, ValidateFn>;
export const PLAN_SCHEMA = schemaJson as unknown as SchemaNode;

export type Locate = (pointer: string, which?: 'key' | 'value') => Position;

/** Whether a top-level field's value passes the field's own schema (its validator field_<name>,
 * schemas/build.mjs); undefined for a field the plan's schema does not have. */
export function fieldValid(name: string, value: unknown): boolean | undefined {
  const validate = Object.hasOwn(VALIDATORS, `field_${name}`) ? VALIDATORS[`field_${name}`] : undefined;
  return validate === undefined ? undefined : validate(value);
}

/** `sourceOf` gives the text a pointer's node is in, so that a clerk's text misread as YAML syntax
 * is said as such, with its corrected line (src/validate/explain-mistakes.ts). */
export function checkSchema(data: unknown, file: string, locate: Locate, sourceOf?: SourceOf): Diagnostic[] {
  return explainMistakes(foldTypos(validateAgainst('plan', data, '', file, locate)), data, locate, sourceOf);
}

/** A mistyped required key is one problem, not two: "dia_dan" unknown (did you mean dia_danh?) and
 * "dia_danh" missing are reported once, as the unknown key with its suggestion. */
function foldTypos(diagnostics: Diagnostic[]): Diagnostic[] {
  const suggested = new Set(
    diagnostics.filter((d) => d.code === 'PP101' && d.args.suggestion).map((d) => `${d.path.slice(0, d.path.lastIndexOf('/'))}/${String(d.args.suggestion)}`),
  );
  return diagnostics.filter((d) => !(d.code === 'PP100' && suggested.has(d.path)));
}

/** The schema node that describes the value at a JSON Pointer, from a validator's root schema.
 * ajv's schemaPath cannot be used for this: in a $def compiled on its own it is relative to that def. */
function schemaAt(root: SchemaNode, pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolveRef(root);
  for (const seg of pointer.split('/').slice(1)) {
    if (node === undefined) return undefined;
    const key = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    const props = node.properties as Record<string, SchemaNode> | undefined;
    if (props && Object.hasOwn(props, key)) node = resolveRef(props[key]!);
    else if (node.items !== undefined && /^\d+$/.test(key)) node = resolveRef(node.items as SchemaNode);
    else return undefined;
  }
  return node;
}

function resolveRef(node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  return typeof ref === 'string' && ref.startsWith('#/$defs/') ? defOf(ref.slice('#/$defs/'.length)) : node;
}

function validateAgainst(validatorName: string, data: unknown, basePath: string, file: string, locate: Locate): Diagnostic[] {
  const validate = VALIDATORS[validatorName];
  if (!validate) throw new Error(`no validator named ${validatorName}`);
  if (validate(data)) return [];
  const root = validatorName === 'plan' ? PLAN_SCHEMA : defOf(validatorName);
  const errors = (validate.errors ?? []).map((e) => ({
    ...e,
    schema: schemaAt(root, e.instancePath),
    value: valueAt(data, e.instancePath),
    instancePath: basePath + e.instancePath,
  }));
  // A failed anyOf reports the errors of every branch before its own: keep only the anyOf errors that are
  // not inside another failed anyOf, drop all errors inside them, and re-validate each against one branch.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const inside = (path: string, outer: string) => path === outer || path.startsWith(outer + '/');
  const outermost = errors.filter(
    (e) => e.keyword === 'anyOf' && !anyOfPaths.some((p) => p !== e.instancePath && inside(e.instancePath, p)),
  );
  const diagnostics: Diagnostic[] = [];
  for (const e of errors) {
    if (anyOfPaths.some((p) => inside(e.instancePath, p))) continue;
    diagnostics.push(toDiagnostic(e, e.schema, e.value, file, locate));
  }
  const seen = new Set<string>();
  for (const e of outermost) {
    if (seen.has(e.instancePath)) continue;
    seen.add(e.instancePath);
    diagnostics.push(...checkAnyOf(e, e.schema, e.value, file, locate));
  }
  return diagnostics;
}

function checkAnyOf(e: AjvError, schema: SchemaNode | undefined, value: unknown, file: string, locate: Locate): Diagnostic[] {
  const node = schema?.anyOf;
  const branches = (Array.isArray(node) ? node : []).map((b: SchemaNode) => String(b.$ref ?? '').replace('#/$defs/', ''));
  const branch = closestBranch(branches, value);
  if (branch === undefined) {
    const expected = [...new Set(branches.map((b) => typeOfDef(b)))];
    return [typeDiagnostic(e.instancePath, expected, value, file, locate)];
  }
  return validateAgainst(branch, value, e.instancePath, file, locate);
}

/** The branch whose type fits the data and, for a map, whose fields best match the data's keys. */
function closestBranch(branches: string[], value: unknown): string | undefined {
  const fitting = branches.filter((b) => typeFits(typeOfDef(b), value));
  if (fitting.length <= 1 || !isPlainObject(value)) return fitting[0];
  const keys = Object.keys(value);
  const score = (b: string) => {
    const def = defOf(b);
    const props = Object.keys((def.properties as SchemaNode | undefined) ?? {});
    const required = (def.required as string[] | undefined) ?? [];
    // A mistyped key ("gach_dau_dongg") still says which form was meant, at half the weight.
    const near = (k: string) => !props.includes(k) && closestName(k, props) !== undefined;
    return keys.filter((k) => props.includes(k)).length + 2 * required.filter((r) => keys.includes(r)).length + keys.filter(near).length / 2;
  };
  return fitting.reduce((best, b) => (score(b) > score(best) ? b : best));
}

function defOf(name: string): SchemaNode {
  return ((PLAN_SCHEMA.$defs as Record<string, SchemaNode>)[name] ?? {}) as SchemaNode;
}

function typeOfDef(name: string): string {
  const t = defOf(name).type;
  return Array.isArray(t) ? String(t[0]) : String(t ?? 'object');
}

function typeFits(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return true;
  }
}




function typeDiagnostic(path: string, expected: string[], value: unknown, file: string, locate: Locate): Diagnostic {
  const pos = locate(path);
  const found = jsonType(value);
  const name = (t: string, i: 0 | 1) => TYPE_NAMES[t]?.[i] ?? t;
  return {
    code: 'PP102',
    severity: 'error',
    file,
    ...pos,
    path,
    args: {
      field: pointerToFieldPath(path),
      expected: expected.map((t) => name(t, 0)).join(' hoặc '),
      expectedEn: expected.map((t) => name(t, 1)).join(' or '),
      found: name(found, 0),
      foundEn: name(found, 1),
    },
  };
}

function toDiagnostic(e: AjvError, schema: SchemaNode | undefined, value: unknown, file: string, locate: Locate): Diagnostic {
  const field = pointerToFieldPath(e.instancePath);
  const base = { severity: 'error' as const, file };
  const p = e.params;
  switch (e.keyword) {
    case 'required': {
      const name = String(p.missingProperty);
      const missing = `${e.instancePath}/${name}`;
      const props = schema?.properties as Record<string, SchemaNode> | undefined;
      const about = props && Object.hasOwn(props, name) ? describeField(name, props[name]!) : { description: '', example: '' };
      return { ...base, code: 'PP100', ...locate(e.instancePath), path: missing, args: { field: pointerToFieldPath(missing), ...about } };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const path = `${e.instancePath}/${key}`;
      const props = Object.keys((schema?.properties as SchemaNode | undefined) ?? {});
      const suggestion = closestName(key, props);
      return { ...base, code: 'PP101', ...locate(path, 'key'), path, args: { key, suggestion: suggestion ?? '' } };
    }
    case 'type':
      return typeDiagnostic(e.instancePath, String(p.type).split(','), value, file, locate);
    case 'enum':
      return {
        ...base,
        code: 'PP103',
        ...locate(e.instancePath),
        path: e.instancePath,
        args: { field, allowed: ((p.allowedValues as unknown[]) ?? []).map((v) => `'${String(v)}'`).join(', ') },
      };
    case 'pattern':
      return { ...base, code: 'PP104', ...locate(e.instancePath), path: e.instancePath, args: { field, format: describePattern(schema) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparisons: Record<string, [string, string]> = {
        minimum: ['≥', 'at least'],
        maximum: ['≤', 'at most'],
        exclusiveMinimum: ['>', 'greater than'],
        exclusiveMaximum: ['<', 'less than'],
      };
      const cmp = comparisons[e.keyword]!;
      return {
        ...base,
        code: 'PP105',
        ...locate(e.instancePath),
        path: e.instancePath,
        args: { field, comparison: cmp[0], comparisonEn: cmp[1], limit: String(p.limit) },
      };
    }
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems': {
      const limit = Number(p.limit);
      const words: Record<string, [string, string]> = {
        minLength: limit <= 1 ? ['không được để trống', 'must not be empty'] : [`phải dài ít nhất ${limit} ký tự`, `must be at least ${limit} characters`],
        maxLength: [`dài quá ${limit} ký tự`, `is longer than ${limit} characters`],
        minItems: [`phải có ít nhất ${limit} phần tử`, `must have at least ${limit} items`],
        maxItems: [`có quá ${limit} phần tử`, `has more than ${limit} items`],
      };
      const [what, whatEn] = words[e.keyword]!;
      return { ...base, code: 'PP106', ...locate(e.instancePath), path: e.instancePath, args: { field, what, whatEn } };
    }
    default:
      return { ...base, code: 'PP107', ...locate(e.instancePath), path: e.instancePath, args: { field, hint: e.keyword, hintEn: e.keyword } };
  }
}

/** What a missing field is, from the schema's (Vietnamese) description, and a line that gives it:
 * "Ô 4: địa danh nơi ban hành.", "dia_danh: Lào Cai" (issue 13, item 6). */
function describeField(name: string, node: SchemaNode): { description: string; example: string } {
  const own = node.description;
  const target = resolveRef(node);
  const text = String(own ?? target.description ?? '');
  // The first sentence is what the field is; the rest (defaults, how it prints) is for the editor.
  const first = /^.*?[.;](?=\s|$)/.exec(text)?.[0] ?? text;
  const description = first.length > 160 ? `${first.slice(0, 159)}…` : first;
  const examples = (node.examples ?? target.examples) as unknown[] | undefined;
  let example = '';
  if (Array.isArray(examples) && examples.length > 0) {
    const line = `${name}: ${stringify(examples[0], { collectionStyle: 'flow', lineWidth: 0 }).trim()}`;
    example = line.length > 160 ? `${line.slice(0, 159)}…` : line;
  }
  return { description: description.replace(/[.:;]$/, ''), example };
}

/** The examples next to a pattern in the schema say its form better than the regular expression. */
function describePattern(node: SchemaNode | undefined): string {
  const examples = (node?.examples as unknown[] | undefined)?.filter((x) => typeof x === 'string') ?? [];
  return examples.length > 0 ? examples.map((x) => `"${String(x)}"`).join(', ') : String(node?.pattern ?? '');
}
