// The form view: the parts clerks fill every year (header, căn cứ, the index's results and targets,
// Nơi nhận, the signer), generated from the schema's properties, types, enums and descriptions. It reads
// the plan's YAML and writes each change back through form-yaml.ts (yaml's Document API).
import type { Schema, SchemaIndex } from './schema-help.js';
import { addItem, editYaml, readYaml, removeItem, setLines, setValue, type FormPath, type Mutation } from './form-yaml.js';
import type { Text } from './page-text.js';

interface Section {
  title: 'sectionHeader' | 'sectionBasis' | 'sectionIndex' | 'sectionRecipients' | 'sectionSigner';
  fields: FormPath[];
}

const SECTIONS: Section[] = [
  { title: 'sectionHeader', fields: [['co_quan_ban_hanh'], ['so'], ['ky_hieu'], ['dia_danh'], ['ngay_ban_hanh']] },
  { title: 'sectionBasis', fields: [['can_cu', 'van_ban']] },
  { title: 'sectionIndex', fields: [['chi_so', 'ket_qua'], ['chi_so', 'chi_tieu'], ['chi_so', 'thanh_phan']] },
  { title: 'sectionRecipients', fields: [['noi_nhan', 'danh_sach']] },
  { title: 'sectionSigner', fields: [['nguoi_ky']] },
];

/** Of a component index (thanh_phan), the form shows what changes every year. */
const ONLY: Record<string, string[]> = { 'chi_so.thanh_phan.*': ['ten', 'ket_qua', 'chi_tieu'] };

export interface FormHost {
  read(): string;
  write(text: string): void;
}

const pointer = (path: FormPath) => '/' + path.map(String).join('/');
const schemaKey = (path: FormPath) => path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');

export class PlanForm {
  private writing = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly index: SchemaIndex,
    private readonly t: Text,
    private readonly host: FormHost,
  ) {}

  /** Whether the last change of the text came from the form itself. */
  get isWriting(): boolean {
    return this.writing;
  }

  refresh(): void {
    const active = document.activeElement as HTMLInputElement | null;
    const focusPath = active && this.root.contains(active) ? active.dataset['path'] : undefined;
    const selection = focusPath && 'selectionStart' in active! ? [active!.selectionStart, active!.selectionEnd] : undefined;
    const scroll = this.root.scrollTop;
    this.root.replaceChildren();
    const data = readYaml(this.host.read()) as Record<string, unknown> | undefined;
    if (data === undefined || typeof data !== 'object' || data === null) {
      this.root.append(el('p', { className: 'pp-form-broken' }, this.t('formBroken')));
      return;
    }
    this.root.append(el('p', { className: 'pp-form-intro' }, this.t('formIntro')));
    for (const section of SECTIONS) {
      const box = el('section', { className: 'pp-form-section' });
      box.append(el('h2', {}, this.t(section.title)));
      for (const path of section.fields) this.field(box, path, get(data, path), true);
      this.root.append(box);
    }
    this.root.scrollTop = scroll;
    if (focusPath) {
      const again = this.root.querySelector<HTMLInputElement>(`[data-path="${CSS.escape(focusPath)}"]`);
      again?.focus();
      if (again && selection && typeof selection[0] === 'number') again.setSelectionRange(selection[0], selection[1] ?? selection[0]);
    }
  }

  private apply(mutation: Mutation, rebuild = false): void {
    const next = editYaml(this.host.read(), mutation);
    if (next === undefined) return this.refresh();
    this.writing = true;
    try {
      this.host.write(next);
    } finally {
      this.writing = false;
    }
    if (rebuild) this.refresh();
  }

  private field(parent: HTMLElement, path: FormPath, value: unknown, top: boolean): void {
    const alternatives = this.index.at(path.map((p) => (typeof p === 'number' ? '*' : p)));
    if (alternatives.length === 0) return;
    const key = String(path[path.length - 1]);
    const description = this.index.description(alternatives) ?? '';
    const types = new Set(alternatives.flatMap((s) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : [])));
    const itemAlternatives = alternatives.filter((s) => s.type === 'array').flatMap((s) => this.index.expand(s.items));
    const objectItems = itemAlternatives.filter((s) => s.properties);

    if (objectItems.length > 0) return this.objectList(parent, path, value, key, description, objectItems);
    if (alternatives.some((s) => s.properties)) {
      const box = el('fieldset', { className: 'pp-form-object' });
      box.append(el('legend', { title: description }, key));
      if (top && description) box.append(el('p', { className: 'pp-hint' }, description));
      if (value === undefined) {
        box.append(el('p', { className: 'pp-hint' }, this.t('absent')));
      }
      this.objectFields(box, path, value, alternatives);
      parent.append(box);
      return;
    }
    const label = el('label', { className: 'pp-form-field' });
    const name = el('span', { className: 'pp-form-key' }, key);
    label.append(name);
    const hint = el('span', { className: 'pp-hint' }, description);
    if (types.has('array') || (types.has('string') && itemAlternatives.some((s) => s.type === 'string'))) {
      // A list of lines (Nơi nhận), or a name that may be one line or several.
      const lines = Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
      const area = el('textarea', { rows: Math.max(2, Math.min(12, lines.length + 1)) }) as HTMLTextAreaElement;
      area.value = lines.join('\n');
      area.dataset['path'] = pointer(path);
      const allowSingle = types.has('string');
      area.addEventListener('input', () => {
        const next = area.value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
        this.apply(setLines(path, next, allowSingle && !Array.isArray(value)));
      });
      label.append(area, el('span', { className: 'pp-hint' }, `${description} ${this.t('linesHint')}`));
    } else if (alternatives.some((s) => s.enum)) {
      const options = alternatives.flatMap((s) => s.enum ?? []);
      const select = el('select', {}) as HTMLSelectElement;
      select.dataset['path'] = pointer(path);
      select.append(el('option', { value: '' }, '—'));
      for (const option of options) select.append(el('option', { value: String(option) }, String(option)));
      select.value = value === undefined ? '' : String(value);
      select.addEventListener('change', () => this.apply(setValue(path, select.value === '' ? undefined : select.value)));
      label.append(select, hint);
    } else if (types.has('string') || types.has('integer') || types.has('number')) {
      const numeric = !types.has('string');
      const input = el('input', { type: numeric ? 'number' : 'text', step: types.has('integer') ? '1' : 'any' }) as HTMLInputElement;
      input.value = value === undefined || value === null ? '' : String(value);
      input.dataset['path'] = pointer(path);
      const example = this.index.examples(alternatives).find((e) => typeof e === 'string' || typeof e === 'number');
      if (example !== undefined) input.placeholder = String(example);
      input.addEventListener('input', () => this.apply(setValue(path, this.typed(input.value, types))));
      label.append(input, hint);
    } else {
      return;
    }
    parent.append(label);
  }

  /** The typed text as the value the schema wants: a number where only numbers are allowed, null for an empty "số". */
  private typed(text: string, types: Set<string>): string | number | null | undefined {
    const trimmed = text.trim();
    if (trimmed === '') return types.has('null') ? null : undefined;
    if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
    return types.has('string') ? text : undefined;
  }

  private objectFields(box: HTMLElement, path: FormPath, value: unknown, alternatives: Schema[]): void {
    const objects = alternatives.filter((s) => s.properties);
    const present = value && typeof value === 'object' ? Object.keys(value) : [];
    // Of several kinds of object (a căn cứ cited in full or written freely), the one the value is.
    const chosen = objects.find((s) => present.length > 0 && present.every((k) => k in s.properties!)) ?? objects[0]!;
    const only = ONLY[schemaKey(path)];
    for (const key of Object.keys(chosen.properties!)) {
      if (only && !only.includes(key)) continue;
      if (only && key === 'ten') {
        box.prepend(el('legend', {}, String((value as Record<string, unknown>)?.[key] ?? '')));
        continue;
      }
      this.field(box, [...path, key], (value as Record<string, unknown> | undefined)?.[key], false);
    }
  }

  private objectList(parent: HTMLElement, path: FormPath, value: unknown, key: string, description: string, kinds: Schema[]): void {
    const box = el('fieldset', { className: 'pp-form-list' });
    box.append(el('legend', { title: description }, key));
    if (description) box.append(el('p', { className: 'pp-hint' }, description));
    const items = Array.isArray(value) ? value : [];
    const fixed = ONLY[schemaKey([...path, 0])] !== undefined;
    items.forEach((item, i) => {
      const itemBox = el('fieldset', { className: 'pp-form-item' });
      if (!fixed) {
        itemBox.append(el('legend', {}, this.t('item')(i + 1)));
        const remove = el('button', { type: 'button', className: 'pp-small' }, this.t('remove'));
        remove.addEventListener('click', () => this.apply(removeItem(path, i), true));
        itemBox.append(remove);
      }
      this.objectFields(itemBox, [...path, i], item, kinds);
      box.append(itemBox);
    });
    if (!fixed) {
      for (const kind of kinds) {
        const example = (kind.examples ?? []).find((e) => e && typeof e === 'object') ?? {};
        const add = el('button', { type: 'button', className: 'pp-small' }, `${this.t('add')}: ${firstClause(kind.description ?? key)}`);
        add.addEventListener('click', () => this.apply(addItem(path, structuredClone(example)), true));
        box.append(add);
      }
    }
    parent.append(box);
  }
}

function firstClause(text: string): string {
  return text.split(/[:.;(]/)[0]!.trim();
}

function get(data: unknown, path: FormPath): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);
}

function el(tag: string, props: Record<string, string | number>, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'className') node.className = String(value);
    else node.setAttribute(name, String(value));
  }
  if (text !== undefined) node.textContent = text;
  return node;
}
