// Completion and hover help from schemas/plan.schema.json (its Vietnamese descriptions and examples),
// through CodeMirror's autocomplete and hover APIs: keys allowed where the cursor is, the values an
// enum allows or the schema gives as examples, and a field's description under the mouse.
import type { CompletionContext, CompletionResult, Completion } from '@codemirror/autocomplete';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import type { EditorState } from '@codemirror/state';
import { stringify } from 'yaml';
import { placeAt, type PathSegment } from './yaml-path.js';
import type { Text } from './page-text.js';

export interface Schema {
  $ref?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  examples?: unknown[];
}

export class SchemaIndex {
  constructor(readonly root: Schema) {}

  /** A schema with its $ref and anyOf/oneOf resolved into the alternatives it allows. */
  expand(schema: Schema | undefined, depth = 0): Schema[] {
    if (!schema || depth > 20) return [];
    if (schema.$ref) {
      const target = schema.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], this.root);
      const description = schema.description;
      return this.expand(target as Schema, depth + 1).map((s) => (description === undefined ? s : { ...s, description }));
    }
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) return [schema, ...alternatives.flatMap((s) => this.expand(s, depth + 1))];
    return [schema];
  }

  /** The alternatives at a path (keys, '*' for list items). */
  at(path: readonly PathSegment[]): Schema[] {
    let current = this.expand(this.root);
    for (const segment of path) {
      current = current.flatMap((s) => (segment === '*' ? this.expand(s.items) : this.expand(s.properties?.[segment])));
      if (current.length === 0) return [];
    }
    return current;
  }

  description(alternatives: readonly Schema[]): string | undefined {
    return alternatives.find((s) => s.description)?.description;
  }

  examples(alternatives: readonly Schema[]): unknown[] {
    return alternatives.flatMap((s) => s.examples ?? []);
  }
}

function linesOf(state: EditorState): string[] {
  return state.doc.toString().split(/\r?\n/);
}

/** Keys where a key is typed; enum values and scalar examples where a value is. */
export function schemaCompletion(index: SchemaIndex) {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const col = context.pos - line.from;
    const place = placeAt(linesOf(context.state), line.number - 1, col);
    const word = context.matchBefore(/[\w.-]*$/);
    const from = word ? word.from : context.pos;
    if (!context.explicit && word && word.from === word.to && place.valueKey === undefined && !/^\s*(-\s+)?$/.test(line.text.slice(0, col))) return null;
    if (place.valueKey !== undefined) {
      const alternatives = index.at([...place.container, place.valueKey]);
      const options: Completion[] = [];
      const seen = new Set<string>();
      for (const s of alternatives) {
        for (const value of [...(s.enum ?? []), ...(s.examples ?? [])]) {
          if (value === null || typeof value === 'object') continue;
          const label = typeof value === 'string' ? stringify(value).trim() : String(value);
          if (seen.has(label)) continue;
          seen.add(label);
          options.push({ label, type: s.enum?.includes(value) ? 'enum' : 'text' });
        }
      }
      const valueStart = line.text.indexOf(':', col > 0 ? line.text.lastIndexOf(place.valueKey, col) : 0) + 1;
      const typedFrom = line.from + valueStart + (line.text.slice(valueStart).length - line.text.slice(valueStart).trimStart().length);
      return options.length === 0 ? null : { from: Math.min(typedFrom, context.pos), options, validFor: /^[^\n#]*$/ };
    }
    if (!place.keyPosition) return null;
    const alternatives = index.at(place.container);
    const options: Completion[] = [];
    const seen = new Set<string>();
    for (const s of alternatives) {
      for (const [key, child] of Object.entries(s.properties ?? {})) {
        if (seen.has(key)) continue;
        seen.add(key);
        const childAlts = index.expand(child);
        const description = index.description(childAlts);
        const object = childAlts.some((c) => c.properties) && !childAlts.some((c) => c.type === 'string');
        const list = childAlts.some((c) => c.type === 'array') && !childAlts.some((c) => c.type === 'string');
        options.push({
          label: key,
          type: 'property',
          ...(description ? { info: description } : {}),
          detail: s.required?.includes(key) ? '*' : '',
          apply: object || list ? `${key}:\n${' '.repeat(line.text.length - line.text.trimStart().length + (/^\s*-\s/.test(line.text) ? 2 : 0) + 2)}${list ? '- ' : ''}` : `${key}: `,
        });
      }
    }
    return options.length === 0 ? null : { from, options, validFor: /^\w*$/ };
  };
}

/** A field's description and examples when the mouse rests on its key or value. */
export function schemaHover(index: SchemaIndex, t: Text) {
  return hoverTooltip((view, pos): Tooltip | null => {
    const line = view.state.doc.lineAt(pos);
    const place = placeAt(linesOf(view.state), line.number - 1, pos - line.from);
    const key = place.key ?? place.valueKey;
    if (key === undefined) return null;
    const alternatives = index.at([...place.container, key]);
    const description = index.description(alternatives);
    if (!description) return null;
    const examples = index.examples(alternatives).slice(0, 2);
    return {
      pos: line.from + line.text.indexOf(key),
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'pp-hover';
        const title = document.createElement('strong');
        title.textContent = key;
        const text = document.createElement('p');
        text.textContent = description;
        dom.append(title, text);
        if (examples.length > 0) {
          const example = document.createElement('pre');
          example.textContent = `${t('example')}:\n` + examples.map((e) => stringify({ [key]: e }, { lineWidth: 0 }).trimEnd()).join('\n');
          dom.append(example);
        }
        return { dom };
      },
    };
  });
}
