// Sections and items: "I." sections; "1.", "1.1.", "1.1.1.", "a)" items nested by their kind; "-"
// bullets and "+" sub-bullets; plain paragraphs — whether the numbers are typed, made by Word's
// automatic numbering (already text here) or only implied by Heading styles.
import type { Block, BulletItem, NumberStyle, Section } from '../plan/plan.js';
import { DEFAULT_BULLETS, DEFAULT_NUMBERING } from '../plan/plan.js';
import { clean, type TextLine } from './lines.js';

const RANK: Record<string, number> = { I: 0, '1': 1, '1.1': 2, '1.1.1': 3, a: 4 };

export interface Label {
  style: NumberStyle | 'bullet' | 'sub';
  rest: string;
}

/** The typed (or Word-made) label in front of a line's text. */
export function labelOf(text: string): Label | undefined {
  const t = text.replace(/^\s+/, '');
  let m = /^([IVXLC]+)\.\s+(.*)$/s.exec(t);
  if (m) return { style: 'I', rest: m[2]! };
  m = /^\d+\.\d+\.\d+\.?\s+(.*)$/s.exec(t);
  if (m) return { style: '1.1.1', rest: m[1]! };
  m = /^\d+\.\d+\.?\s+(.*)$/s.exec(t);
  if (m) return { style: '1.1', rest: m[1]! };
  m = /^\d+[.)]\s+(.*)$/s.exec(t);
  if (m) return { style: '1', rest: m[1]! };
  m = /^[a-zđ]\)\s+(.*)$/s.exec(t);
  if (m) return { style: 'a', rest: m[1]! };
  m = /^[-–—•▪●◦■►➢❖✓]\s*(.*)$/s.exec(t);
  if (m) return { style: 'bullet', rest: m[1]! };
  m = /^\+\s*(.*)$/s.exec(t);
  if (m) return { style: 'sub', rest: m[1]! };
  return undefined;
}

/** The marked text without its label (markers opened before the label are kept). */
function withoutLabel(line: TextLine, label: Label): string {
  const plain = clean(line.text.replace(/\n/g, ' '));
  const rest = clean(label.rest.replace(/\n/g, ' '));
  const skip = Math.max(0, plain.length - rest.length);
  const marked = clean(line.marked.replace(/\n/g, ' '));
  let i = 0;
  let seen = 0;
  let markers = '';
  while (i < marked.length && seen < skip) {
    if (marked[i] === '*') markers += '*';
    else seen++;
    i++;
  }
  while (marked[i] === '*') markers += marked[i++];
  return (markers + marked.slice(i).replace(/^\s+/, '')).trim();
}

interface Container {
  rank: number;
  blocks: Block[];
}

export interface SectionsResult {
  sections: Section[];
  /** Texts that came before the first section (the lead-in). */
  before: string[];
  /** Whether a table or list before the first section was kept as lines of text (mo_dau holds only paragraphs). */
  beforeFlattened?: boolean;
  /** Per-style counts that differ from the default numbering (kieu_so set). */
  guesses: string[];
  /** The bullet character of each level when every list uses the same non-default ones (ky_hieu_gach). */
  bullets?: string[];
}

export function recogniseSections(lines: TextLine[]): SectionsResult {
  const sections: Section[] = [];
  const before: string[] = [];
  const guesses: string[] = [];
  let stack: Container[] = [];
  let current: Section | undefined;
  const styleAt = (depth: number): NumberStyle => DEFAULT_NUMBERING[Math.min(depth, DEFAULT_NUMBERING.length - 1)]!;

  const top = () => stack[stack.length - 1]!;
  /** Each bullet list: where its first level starts and the character of each level. */
  const bulletState = new Map<{ gach_dau_dong: (string | BulletItem)[]; ky_hieu?: string[] }, { startPt: number; chars: string[] }>();
  // Before the first section only paragraphs have a place (mo_dau): a table or list there is kept
  // as lines of text, every word in order; a targets table moves to the start of the first section.
  let beforeFlattened = false;
  const lateTargets: Block[] = [];
  const pushBlock = (b: Block) => {
    if (!current) {
      if (typeof b === 'object' && 'bang_chi_tieu' in b) lateTargets.push(b);
      else before.push(...textsOf(b));
      if (typeof b !== 'string') beforeFlattened = true;
      return;
    }
    top().blocks.push(b);
  };

  for (const line of lines) {
    if (line.block) {
      pushBlock(line.block);
      continue;
    }
    const text = line.text.replace(/\n/g, ' ');
    if (clean(text) === '') continue;
    let label = labelOf(text);
    // A Heading style without a typed number: its level names the kind.
    if (!label && line.heading !== undefined && line.heading <= 4) {
      const style = DEFAULT_NUMBERING[line.heading - 1] ?? 'a';
      label = { style, rest: text };
    }
    if (label?.style === 'I' && (line.bold || line.heading === 1 || line.autoNumber || label.rest === label.rest.toUpperCase())) {
      current = { tieu_de: withoutLabel(line, label).replace(/^\*\*(.*)\*\*$/s, '$1'), noi_dung: [] };
      sections.push(current);
      stack = [{ rank: 0, blocks: current.noi_dung! }];
      continue;
    }
    const marked = clean(line.marked.replace(/\n/g, ' '));
    // An unnumbered label line ("* Phân công trách nhiệm:"), typed or in parplan's label style.
    if (current && !label && (/^\*\s/.test(clean(text)) || /^ND30 Nhãn$/i.test(line.styleName ?? ''))) {
      pushBlock({ nhan: marked });
      continue;
    }
    if (label && (label.style === 'bullet' || label.style === 'sub')) {
      const body = withoutLabel(line, label);
      // A typed character is the plan's own; Word's automatic bullet glyph (•, o, ▪) stands for the
      // decree's "-" / "+" of its level.
      const typed = clean(text)[0]!;
      const last = current ? top().blocks[top().blocks.length - 1] : undefined;
      const list = last && typeof last === 'object' && 'gach_dau_dong' in last && last.gach_dau_dong.length > 0 ? last : undefined;
      const state = list ? bulletState.get(list) : undefined;
      // One level down: a "+", parplan's second-level style, or a dash indented past the list's own.
      const nested =
        list !== undefined &&
        state !== undefined &&
        (label.style === 'sub' || /Dấu cộng|DauCong/i.test(line.styleName ?? '') || (!/Gạch đầu dòng|GachDauDong/i.test(line.styleName ?? '') && line.startPt > state.startPt + 4));
      const char = line.autoNumber ? DEFAULT_BULLETS[nested ? 1 : 0]! : typed;
      if (list && nested) {
        const items = list.gach_dau_dong;
        const prev = items[items.length - 1]!;
        const item: BulletItem = typeof prev === 'string' ? { y: prev, y_con: [] } : prev;
        item.y_con = [...(item.y_con ?? []), body];
        items[items.length - 1] = item;
        state.chars[1] ??= char;
      } else if (label.style === 'sub') {
        if (last && typeof last === 'object' && 'cong' in last) last.cong.push(body);
        else pushBlock({ cong: [body] });
      } else if (list && state && state.chars[0] === char) list.gach_dau_dong.push(body);
      else {
        const block = { gach_dau_dong: [body] };
        bulletState.set(block, { startPt: line.startPt, chars: [char] });
        pushBlock(block);
      }
      continue;
    }
    if (label && current && label.style !== 'I') {
      const rank = RANK[label.style]!;
      while (stack.length > 1 && top().rank >= rank) stack.pop();
      const depth = stack.length; // section = depth 0 holder
      const item: { muc: string; kieu_so?: NumberStyle; noi_dung?: Block[]; doan?: string } = { muc: withoutLabel(line, label) };
      // The number and a bold heading running into the item's text: "**2. Trách nhiệm …:** Chủ trì, …".
      const runIn = !line.bold ? /^\*\*([^*]+)\*\*\s+(\S.*)$/s.exec(marked) : null;
      if (runIn && labelOf(runIn[1]!)) {
        item.muc = clean(labelOf(runIn[1]!)!.rest);
        item.doan = runIn[2]!;
      }
      if (label.style !== styleAt(depth)) {
        item.kieu_so = label.style as NumberStyle;
        guesses.push(label.style);
      }
      item.noi_dung = [];
      top().blocks.push(item);
      stack.push({ rank, blocks: item.noi_dung });
      continue;
    }
    // A plain paragraph; a whole italic one is a note (of the table right above it).
    const previous = current ? top().blocks[top().blocks.length - 1] : undefined;
    if (line.italic && previous && typeof previous === 'object' && 'bang_chi_tieu' in previous) {
      (previous.bang_chi_tieu.ghi_chu ??= []).push(marked);
      continue;
    }
    if (line.italic && previous && typeof previous === 'object' && 'bang' in previous) {
      (previous.bang.ghi_chu ??= []).push(marked);
      continue;
    }
    if (line.italic && current && /^\(|^Ghi chú|^Lưu ý/i.test(clean(text))) pushBlock({ ghi_chu: marked });
    else pushBlock(marked);
  }
  // The bullet characters of each list: the plan's own (ky_hieu_gach) when every list agrees with
  // one pair, else on each list that differs from the default "-" then "+".
  const lists = [...bulletState.entries()];
  const fits = (st: { chars: string[] }, pair: string[]) => st.chars[0] === pair[0] && (st.chars[1] === undefined || st.chars[1] === pair[1]);
  const pair = lists.find(([, st]) => !fits(st, DEFAULT_BULLETS))?.[1].chars;
  const candidate = pair ? [pair[0]!, pair[1] ?? pair[0]!] : undefined;
  const bullets = candidate && lists.every(([, st]) => fits(st, candidate)) ? candidate : undefined;
  if (!bullets) for (const [block, st] of lists) if (!fits(st, DEFAULT_BULLETS)) block.ky_hieu = [...st.chars];
  // Items without content are written without noi_dung.
  const prune = (blocks: Block[]) => {
    for (const b of blocks) {
      if (typeof b === 'object' && 'muc' in b) {
        if (b.noi_dung && b.noi_dung.length === 0) delete b.noi_dung;
        else if (b.noi_dung) prune(b.noi_dung);
      }
    }
  };
  for (const s of sections) {
    if (s.noi_dung && s.noi_dung.length === 0) delete s.noi_dung;
    else if (s.noi_dung) prune(s.noi_dung);
  }
  if (lateTargets.length > 0) {
    if (sections[0]) sections[0].noi_dung = [...lateTargets, ...(sections[0].noi_dung ?? [])];
    else before.push(...lateTargets.map((b) => JSON.stringify(b)));
  }
  return { sections, before, guesses, ...(bullets ? { bullets } : {}), ...(beforeFlattened ? { beforeFlattened } : {}) };
}

/** A block as paragraphs of text: a table's rows with their cells joined by " | ", a list's items with their dashes. */
function textsOf(block: Block): string[] {
  if (typeof block === 'string') return [block];
  if ('bang' in block) {
    const cell = (c: string | { o: string }) => (typeof c === 'string' ? c : c.o);
    const rows = [...(block.bang.tieu_de ?? []), ...block.bang.dong.map((r) => (Array.isArray(r) ? r : r.o))];
    return [...rows.map((r) => r.map(cell).join(' | ')), ...(block.bang.ghi_chu ?? [])];
  }
  if ('gach_dau_dong' in block) {
    const chars = block.ky_hieu ?? DEFAULT_BULLETS;
    const items = (list: (string | BulletItem)[], depth: number): string[] =>
      list.flatMap((item) => {
        const mark = chars[Math.min(depth, chars.length - 1)] ?? '-';
        return typeof item === 'string' ? [`${mark} ${item}`] : [`${mark} ${item.y}`, ...items(item.y_con ?? [], depth + 1)];
      });
    return items(block.gach_dau_dong, 0);
  }
  if ('cong' in block) return block.cong.map((c) => `+ ${c}`);
  if ('muc' in block) return [[block.muc, block.doan].filter(Boolean).join(' '), ...(block.noi_dung ?? []).flatMap(textsOf)];
  if ('ghi_chu' in block) return [block.ghi_chu];
  if ('nhan' in block) return [block.nhan];
  return [JSON.stringify(block)];
}
