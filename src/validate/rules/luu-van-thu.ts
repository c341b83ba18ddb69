// PP208: the last line of Nơi nhận is "Lưu: VT, <drafting unit>" (the văn thư's copy and the
// drafting unit's). Real plans slip ("Lưu VT (NDN)"): parplan prints what the plan says and warns.
import type { RuleDefinition } from './rule.js';

const WELL_FORMED = /^Lưu: VT, \S/u;
/** "Lưu VT (NDN)", "Lưu: VT; NDN", "lưu vt,NDN." → the drafting unit, to suggest the fix. */
const LOOSE = /^lưu\s*:?\s*vt\s*[,;(]?\s*([^()]*?)\s*\)?\s*\.?$/iu;

export const luuVanThu: RuleDefinition = {
  code: 'PP208',
  name: 'luu-van-thu',
  severity: 'warning',
  clause: 'NĐ 30/2020, Phụ lục I, ô 9b: dòng cuối nơi nhận "- Lưu: VT, <đơn vị soạn thảo>."',
  check(plan, report) {
    const list = plan.noi_nhan.danh_sach;
    const last = list.at(-1);
    if (last === undefined || WELL_FORMED.test(last.trim())) return;
    const unit = LOOSE.exec(last.trim())?.[1];
    report(`/noi_nhan/danh_sach/${list.length - 1}`, { value: last, fix: unit ? `Lưu: VT, ${unit}` : '' });
  },
};
