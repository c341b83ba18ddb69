// The decree's drawn lines (đường kẻ), each as a ratio of the text it stands under, centred under it.
import { decree, practice } from './value.js';

/** Ô 1: a solid line under the Tiêu ngữ, as long as the text. */
export const MOTTO_RULE = decree(1, 'ratio', { min: 1, max: 1 }, 'Phụ lục I, Phần II, ô 1 (Quốc hiệu và Tiêu ngữ)');
/** Ô 2: a solid line under the issuer's name, 1/3 to 1/2 of the text's length. */
export const ISSUER_RULE = decree(0.4, 'ratio', { min: 1 / 3, max: 1 / 2 }, 'Phụ lục I, Phần II, ô 2 (tên cơ quan, tổ chức ban hành)');
/** Ô 5a: a solid line under the trích yếu, 1/3 to 1/2 of its (longest) line. */
export const SUBJECT_RULE = decree(0.4, 'ratio', { min: 1 / 3, max: 1 / 2 }, 'Phụ lục I, Phần II, ô 5a (tên loại và trích yếu nội dung)');
/** Phụ lục: a short solid line under "(Kèm theo …)" (practice: as the trích yếu's, at most 4 cm). */
export const APPENDIX_RULE = practice(0.4, 'ratio', { min: 1 / 3, max: 1 / 2 }, 'practice: the appendix pages of shared/examples');
export const APPENDIX_RULE_MAX = practice(40, 'mm', { min: 0, max: 40 }, 'practice: the appendix pages of shared/examples');
/** Every drawn line is solid and thin (practice: 0.75 pt). */
export const RULE_THICKNESS = practice(0.75, 'pt', { min: 0.5, max: 1 }, 'practice: Word’s ¾ pt single line');
