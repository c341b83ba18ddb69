// The JSON type of a value, and how messages name each type (Vietnamese, English).
export const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['văn bản (chuỗi)', 'text'],
  array: ['một danh sách', 'a list'],
  object: ['một bảng các trường', 'a map of fields'],
  integer: ['một số nguyên', 'a whole number'],
  number: ['một số', 'a number'],
  null: ['để trống', 'empty'],
  boolean: ['đúng/sai', 'true/false'],
};

export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}
