// Phụ lục: the label, the title, "(Kèm theo Kế hoạch …)", and the assignment table (STT, Nhiệm vụ,
// chủ trì, phối hợp, thời hạn, sản phẩm; group rows spanning the table), on its own (often
// landscape) section.
import type { DocxDocument, Table } from '../docx-read/index.js';
import type { Appendix, Task, TaskGroup } from '../plan/plan.js';
import { cellLines, clean } from './lines.js';

const cellText = (blocks: Table['rows'][number]['cells'][number]['blocks'], doc: DocxDocument, marked = false) =>
  clean(cellLines(blocks, doc).map((l) => (marked ? l.marked : l.text)).join(' ').replace(/\n/g, ' '));

/** The tasks of an assignment table, or undefined when its shape does not fit. */
export function tasksOfTable(table: Table, doc: DocxDocument): Appendix['nhiem_vu'] | undefined {
  const header = table.rows[0]?.cells.map((c) => cellText(c.blocks, doc).toLowerCase()) ?? [];
  const at = (re: RegExp) => header.findIndex((h) => re.test(h));
  const cols = { task: at(/nhiệm vụ|nội dung/), lead: at(/chủ trì/), partners: at(/phối hợp/), deadline: at(/thời (hạn|gian)/), output: at(/sản phẩm|kết quả/) };
  if (cols.task < 0 || cols.lead < 0) return undefined;
  const out: (Task | TaskGroup)[] = [];
  for (const row of table.rows.slice(1)) {
    if (row.header) continue;
    const cells = row.cells.filter((c) => c.rowSpan !== 0);
    const texts = row.cells.map((c) => cellText(c.blocks, doc, true));
    const spanning = cells.find((c) => c.gridSpan >= Math.max(2, table.grid.length - 1));
    if (spanning || cells.length <= 2) {
      out.push({ nhom: cellText((spanning ?? cells[cells.length - 1]!).blocks, doc, true), nhiem_vu: [] });
      continue;
    }
    const byColumn = (i: number) => (i < 0 ? '' : (texts[row.cells.findIndex((c) => c.gridColumn <= gridOf(table, i, doc) && gridOf(table, i, doc) < c.gridColumn + c.gridSpan)] ?? ''));
    const task: Task = { noi_dung: byColumn(cols.task), chu_tri: byColumn(cols.lead) };
    const partners = byColumn(cols.partners);
    const deadline = byColumn(cols.deadline);
    const output = byColumn(cols.output);
    if (partners) task.phoi_hop = partners;
    if (deadline) task.thoi_han = deadline;
    if (output) task.san_pham = output;
    const group = out[out.length - 1];
    if (group && 'nhom' in group) group.nhiem_vu.push(task);
    else out.push(task);
  }
  return out;
}

/** Grid column where header cell i starts. */
function gridOf(table: Table, i: number, _doc: DocxDocument): number {
  return table.rows[0]?.cells[i]?.gridColumn ?? i;
}

export function tableAsText(table: Table, doc: DocxDocument): string[] {
  return table.rows.map((row) =>
    row.cells
      .filter((c) => c.rowSpan !== 0)
      .map((c) => cellText(c.blocks, doc, true))
      .join(' | '),
  );
}
