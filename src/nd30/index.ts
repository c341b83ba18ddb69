// The decree's values (Nghị định 30/2020/NĐ-CP, Phụ lục I) as plain data: the writer's styles, the
// reference-document reader and the checker import them from here, never a copy.
export * from './value.js';
export * from './page.js';
export * from './parts.js';
export * from './body.js';
export * from './lines.js';
export * from './layout.js';
