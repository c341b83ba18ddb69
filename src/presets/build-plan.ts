// A preset + the clerk's answers → the text of a new plan file: the preset's skeleton with the unit, the
// abbreviation and the year filled in, a comment above each field, and the schema line first.
import { Document, isMap, isPair, isScalar, isSeq, visit, type Node, type YAMLMap } from 'yaml';
import { FIELD_NOTES } from './field-notes.js';
import type { Preset } from './registry.js';
import { schemaLine } from './schema-ref.js';
import { describeUnit, type Unit } from './unit.js';

export interface InitAnswers {
  preset: Preset;
  /** The unit as typed: "Sở Khoa học và Công nghệ", "UBND huyện Bảo Thắng". */
  unit: string;
  /** co_quan_ban_hanh.viet_tat, already checked against ABBREVIATION_PATTERN. */
  abbreviation: string;
  year: number;
}

export interface BuildOptions {
  /** Where the plan will be written: the schema line is relative to it. */
  planFile: string;
  /** Today, for the month of ngay_ban_hanh. */
  today: Date;
  schemaFile?: string;
}

/** The placeholder a field holds while the clerk has not written it; `validate` warns while one is left. */
export const TODO = 'TODO';

type TokenValue = string | number | string[];

export function buildPlanYaml(answers: InitAnswers, options: BuildOptions): string {
  const { preset } = answers;
  const unit = describeUnit(preset.level, answers.unit);
  const tokens = planTokens(answers, unit, options.today);
  const skeleton = preset.document.get('ke_hoach', true) as YAMLMap;
  const doc = new Document();
  doc.contents = skeleton.clone() as YAMLMap;
  fillTokens(doc, tokens, preset.name);
  annotate(doc.contents as YAMLMap, '');
  doc.commentBefore = ' ' + schemaLine(options.planFile, options.schemaFile);
  const intro = [
    `Kế hoạch tạo bằng "parplan init" từ mẫu ${preset.name}: ${preset.description}.`,
    `Các chỉ số thành phần theo ${preset.methodology}.`,
    `Việc cần làm: điền mọi chỗ có chữ ${TODO} (parplan validate và parplan render liệt kê các chỗ còn lại), rồi chạy`,
    '  parplan render <tệp này>',
  ];
  (doc.contents as YAMLMap).commentBefore = joinComments(intro.join('\n'), (doc.contents as YAMLMap).commentBefore);
  return doc.toString({ lineWidth: 0 });
}

/** The values the preset's {tokens} stand for. */
export function planTokens(answers: InitAnswers, unit: Unit, today: Date): Record<string, TokenValue> {
  const kind = unit.areaKind ?? (answers.preset.level === 'tinh' ? 'tỉnh' : 'huyện');
  return {
    TEN_CO_QUAN: unit.headerLines.length === 1 ? unit.headerLines[0]! : unit.headerLines,
    don_vi: unit.fullName,
    dia_ban: unit.area,
    loai_dia_ban: kind,
    cap_uy: PARTY_COMMITTEE[kind] ?? `${TODO}: cấp ủy`,
    viet_tat: answers.abbreviation,
    dia_danh: unit.placeName ?? `${TODO}: địa danh`,
    nam: answers.year,
    nam_truoc: answers.year - 1,
    ngay_ban_hanh: issueMonth(answers.year, today),
  };
}

/** The party committee of an area, as Nơi nhận names it ("Thường trực Huyện ủy"). */
const PARTY_COMMITTEE: Record<string, string> = {
  huyện: 'Huyện ủy',
  'thị xã': 'Thị ủy',
  'thành phố': 'Thành ủy',
  quận: 'Quận ủy',
  tỉnh: 'Tỉnh ủy',
};

/**
 * ngay_ban_hanh as year and month only, the day left blank: the văn thư writes the day (and the number)
 * when the plan is signed, as the real plans show ("Lào Cai, ngày      tháng 7 năm 2022"). A plan for this
 * year or the next is being drafted now, so this month; a past year's plan (re-created) gets its January.
 */
export function issueMonth(year: number, today: Date): string {
  const thisYear = today.getFullYear();
  const month = year >= thisYear ? today.getMonth() + 1 : 1;
  return `${year >= thisYear ? thisYear : year}-${String(month).padStart(2, '0')}`;
}

const TOKEN = /\{([A-Za-z_]+)\}/g;
const KEEP_QUOTED = new Set(['ngay_ban_hanh']);

function fillTokens(doc: Document, tokens: Record<string, TokenValue>, presetName: string): void {
  const valueOf = (name: string): TokenValue => {
    const value = tokens[name];
    if (value === undefined) throw new Error(`preset ${presetName}: unknown placeholder {${name}}`);
    return value;
  };
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return undefined;
      const whole = /^\{([A-Za-z_]+)\}$/.exec(node.value);
      if (whole) {
        const value = valueOf(whole[1]!);
        if (Array.isArray(value)) return doc.createNode(value);
        // The preset quotes "{token}" only because YAML needs it; the value is written plain where it
        // can be (yaml quotes it anyway when it must). A date stays quoted, as in the examples.
        if (!KEEP_QUOTED.has(whole[1]!)) node.type = 'PLAIN';
        node.value = value;
        return undefined;
      }
      node.value = node.value.replace(TOKEN, (_m, name: string) => String(valueOf(name)));
      return undefined;
    },
  });
}

/** Puts FIELD_NOTES above the keys they explain, before any comment the preset itself has there. */
function annotate(map: YAMLMap, path: string): void {
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const here = path === '' ? String(pair.key.value) : `${path}.${String(pair.key.value)}`;
    const note = FIELD_NOTES[here];
    if (note !== undefined) {
      pair.key.commentBefore = joinComments(note, pair.key.commentBefore);
      if (path === '') pair.key.spaceBefore = true;
    }
    const value = pair.value as Node | null;
    if (isMap(value)) annotate(value, here);
    if (isSeq(value) && isMap(value.items[0])) annotate(value.items[0], `${here}[0]`);
  }
}

/** A comment of several lines, each with the space after "#" that yaml leaves to us. */
function joinComments(note: string, existing: string | null | undefined): string {
  const ours = note
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  return existing ? `${ours}\n${existing}` : ours;
}
