// PP218: every row of a body table fills the table's columns exactly, counting merged cells
// (gop_cot across, gop_dong down from the rows above) and the number the table adds in its first
// column (so_thu_tu). A row too short or too long is named at its own line.
import type { Block, Cell, Plan, Table } from '../../plan/plan.js';
import type { Report, RuleDefinition } from './rule.js';

const span = (cell: Cell, key: 'gop_cot' | 'gop_dong') => (typeof cell === 'string' ? 1 : (cell[key] ?? 1));

function checkTable(table: Table, pointer: string, report: Report): void {
  const columns = table.cot.length;
  // How many more rows a cell merged down from above still covers, per column.
  let covered = new Array<number>(columns).fill(0);
  const checkRow = (cells: Cell[], rowPointer: string, numbered: boolean, restart: boolean) => {
    if (restart) covered = new Array<number>(columns).fill(0);
    const below = covered.map((n) => Math.max(0, n - 1));
    let column = numbered ? 1 : 0;
    let width = column;
    for (const cell of cells) {
      while (column < columns && (covered[column] ?? 0) > 0) {
        column += 1;
        width += 1;
      }
      const across = span(cell, 'gop_cot');
      const down = span(cell, 'gop_dong');
      for (let c = column; c < Math.min(columns, column + across); c++) below[c] = down - 1;
      column += across;
      width += across;
    }
    for (let c = column; c < columns; c++) if ((covered[c] ?? 0) > 0) width += 1;
    if (width !== columns) report(rowPointer, { found: width, columns, numbered: numbered ? 1 : 0 });
    covered = below;
  };
  table.tieu_de?.forEach((row, r) => checkRow(row, `${pointer}/tieu_de/${r}`, false, r === 0));
  table.dong.forEach((row, r) => {
    const cells = Array.isArray(row) ? row : row.o;
    const numbered = table.so_thu_tu === true && (Array.isArray(row) || row.so_thu_tu !== false);
    // Merges down do not cross from the header into the body.
    checkRow(cells, Array.isArray(row) ? `${pointer}/dong/${r}` : `${pointer}/dong/${r}/o`, numbered, r === 0);
  });
}

function walk(blocks: Block[] | undefined, pointer: string, report: Report): void {
  blocks?.forEach((b, i) => {
    if (typeof b !== 'object') return;
    const p = `${pointer}/${i}`;
    if ('bang' in b) checkTable(b.bang, `${p}/bang`, report);
    if ('muc' in b) walk(b.noi_dung, `${p}/noi_dung`, report);
  });
}

export const tableCells: RuleDefinition = {
  code: 'PP218',
  name: 'so-o-cua-dong',
  severity: 'error',
  // Summarised in shared/ND30.md §4 (the team's notes, not shown to users).
  clause: 'NĐ 30/2020, Phụ lục I: bảng có tiêu đề, các ô gộp; mỗi dòng đủ số cột của bảng',
  check(plan: Plan, report) {
    plan.noi_dung.forEach((s, i) => {
      walk(s.noi_dung, `/noi_dung/${i}/noi_dung`, report);
      walk(s.ket, `/noi_dung/${i}/ket`, report);
    });
    for (const { index, pointer } of plan.cac_chi_so) index.thanh_phan.forEach((c, i) => walk(c.nhiem_vu, `${pointer}/thanh_phan/${i}/nhiem_vu`, report));
  },
};
