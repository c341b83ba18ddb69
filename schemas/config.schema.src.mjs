// The shape of parplan.config.yaml (or package.json's `parplan` key), for editors. parplan itself
// checks a config in src/config/read-config.ts, with located PP7xx messages; a test keeps the keys equal.
const folder = (description) => ({ type: 'string', minLength: 1, description });
const code = { type: 'string', pattern: '^(PP[26][0-9]{2}|PP513)$' };

export default {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://parplan.invalid/schemas/config.schema.json',
  title: 'Cấu hình parplan (parplan.config.yaml)',
  description:
    'Tìm từ thư mục của kế hoạch lên các thư mục cha; tùy chọn trên dòng lệnh được ưu tiên. Đường dẫn tính từ thư mục chứa tệp cấu hình.',
  type: 'object',
  additionalProperties: false,
  properties: {
    lang: { enum: ['vi', 'en'], description: 'Ngôn ngữ thông báo: vi (tiếng Việt) hoặc en (tiếng Anh). Như --lang.' },
    output: folder('Thư mục ghi các văn bản .docx. Như -o.'),
    templates: folder('Thư mục mẫu văn bản riêng (bản sao thư mục templates/ của parplan, đã sửa).'),
    presets: folder('Thư mục các mẫu kế hoạch riêng, cho parplan init và parplan presets.'),
    reference_doc: folder('Tài liệu mẫu .docx của tỉnh (hoặc .doc, .odt: đọc qua LibreOffice), lấy kiểu chữ. Như --reference-doc.'),
    reference_doc_wins: { type: 'boolean', description: 'Lấy theo tài liệu mẫu cả khi ra ngoài mức Nghị định 30 cho phép. Như --reference-doc-wins.' },
    ignore: {
      description: 'Các tệp .yaml không phải kế hoạch (mẫu tên tệp, tính từ thư mục chứa tệp cấu hình).',
      oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
    },
    rules: {
      description: 'Mức của từng quy tắc theo mã (PP2xx, PP6xx, PP513): off (tắt), warning (cảnh báo), error (lỗi).',
      type: 'object',
      propertyNames: code,
      additionalProperties: { enum: ['off', 'warning', 'error'] },
    },
    blocking: {
      description: 'Các cảnh báo chặn --final, ngoài TODO (PP290, luôn chặn).',
      oneOf: [code, { type: 'array', items: code }],
    },
  },
};
