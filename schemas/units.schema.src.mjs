// Source of schemas/units.schema.json, the list of units `parplan batch` renders from one base plan.
// Run `npm run schema` after editing it (or plan.schema.src.mjs, from which a unit's fields come).
//
// A unit entry is a partial plan deep-merged over the base: maps merge, lists and values replace.
// So along the chain of maps from the top (co_quan_ban_hanh, nguoi_ky, chi_so.ket_qua, …) an entry
// may give any part of a field and nothing there is required; a list an entry gives replaces the
// base's whole list, so the items of a list keep every field they require.
import planSchema from './plan.schema.src.mjs';

const PART = '_mot_phan';

/** A copy of an object schema with `required` dropped along map-only paths. */
function partialObject(node, defs, out) {
  const { required: _required, ...copy } = node;
  if (copy.properties) {
    copy.properties = Object.fromEntries(Object.entries(copy.properties).map(([key, value]) => [key, partialProperty(value, defs, out)]));
  }
  return copy;
}

function partialProperty(node, defs, out) {
  if (typeof node.$ref === 'string') {
    const name = node.$ref.replace('#/$defs/', '');
    const def = defs[name];
    if (def?.type !== 'object' || !def.properties) return node;
    if (!out[name + PART]) {
      out[name + PART] = {}; // reserve the name first: a def may reach itself
      out[name + PART] = partialObject(def, defs, out);
    }
    return { ...node, $ref: `#/$defs/${name}${PART}` };
  }
  if (node.type === 'object' && node.properties) return partialObject(node, defs, out);
  // A field of several forms (chi_so: one index or a list): each map form merges, a list replaces.
  if (Array.isArray(node.anyOf)) return { ...node, anyOf: node.anyOf.map((branch) => partialProperty(branch, defs, out)) };
  return node;
}

const partialDefs = {};
const unitPlan = partialObject(planSchema, planSchema.$defs, partialDefs);

const fileName = {
  type: 'string',
  minLength: 1,
  maxLength: 120,
  description:
    'Tên tệp kết quả của đơn vị (không có đường dẫn; phần .docx có thể bỏ qua). Mặc định: tên đơn vị viết không dấu, ví dụ so-tai-nguyen-va-moi-truong.docx.',
  examples: ['so-noi-vu', 'stnmt-2022.docx'],
};

const base = {
  type: 'string',
  minLength: 1,
  description: 'Kế hoạch chung (tệp .yaml) mà mọi đơn vị dùng làm gốc, đường dẫn tính từ thư mục của tệp danh sách này.',
  examples: ['ke-hoach-chung.yaml', '../ke-hoach/par-index-2022.yaml'],
};

const units = (entry) => ({
  type: 'array',
  minItems: 1,
  maxItems: 10000,
  items: entry,
  description: 'Các đơn vị. Mỗi đơn vị là một phần kế hoạch ghi đè lên kế hoạch chung: bảng (map) được gộp từng trường, danh sách và giá trị được thay thế.',
});

const top = (entry, extraDefs) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Danh sách đơn vị (parplan batch)',
  description:
    'Một kế hoạch chung và danh sách đơn vị: parplan batch tạo kế hoạch của từng đơn vị. Viết ở đầu tệp dòng "# yaml-language-server: $schema=../schemas/units.schema.json" để trình soạn thảo gợi ý các trường.',
  type: 'object',
  additionalProperties: false,
  required: ['ke_hoach', 'don_vi'],
  properties: { ke_hoach: base, don_vi: units(entry) },
  ...(extraDefs ? { $defs: extraDefs } : {}),
});

/** The full schema, for editors: every field of a unit entry is checked as a partial plan. */
const schema = top(
  { $ref: '#/$defs/don_vi' },
  {
    ...planSchema.$defs,
    ...partialDefs,
    don_vi: {
      type: 'object',
      additionalProperties: false,
      description: 'Một đơn vị: các trường kế hoạch khác với kế hoạch chung (tên, viết tắt, cơ quan chủ quản, địa danh, người ký, nơi nhận, kết quả năm trước…), và tên tệp (tep).',
      properties: { tep: fileName, ...unitPlan.properties },
      examples: [{ co_quan_ban_hanh: { ten: 'SỞ NỘI VỤ', ten_day_du: 'Sở Nội vụ', viet_tat: 'SNV' } }],
    },
  },
);

/**
 * What parplan itself checks in a units file before merging: its own fields and each entry's `tep`.
 * The plan fields of an entry are checked after merging, as the unit's plan, so that a problem is
 * reported once, with the plan's own messages, at the line that caused it.
 */
export const runtimeSchema = top({ type: 'object', properties: { tep: fileName } });

export default schema;
