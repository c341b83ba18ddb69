// The words of a document in reading order, and how many of them another document keeps in the same
// order (the longest common subsequence): --fix promises the new file keeps the original's words.
// Words are compared as a reader would: case, punctuation and Unicode form aside. The header block
// (everything before the tên loại "KẾ HOẠCH") is compared as a set of words: producers order its two
// columns differently (a table read cell by cell, text boxes, a line typed with tabs), all the same.
import type { Block, DocxDocument, Paragraph } from '../docx-read/index.js';

export function documentWords(document: DocxDocument): string[] {
  const words: string[] = [];
  const fromBlocks = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'table') {
        for (const row of b.rows) for (const cell of row.cells) fromBlocks(cell.blocks);
        continue;
      }
      // Text boxes first: they are anchored in the paragraph and read where it stands.
      for (const i of b.inlines) if (i.type === 'drawing') fromBlocks(i.drawing.blocks);
      words.push(...wordsOf(paragraphText(b)));
    }
  };
  fromBlocks(document.body);
  return words;
}

function paragraphText(p: Paragraph): string {
  return `${p.number ? `${p.number.text} ` : ''}${p.text}`;
}

export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[\s\u00a0]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

/** How many of `original`'s words `other` keeps: the header's as a multiset, the rest in order. */
export function wordsKept(original: readonly string[], other: readonly string[]): number {
  const [headA, restA] = splitAtTitle(original);
  const [headB, restB] = splitAtTitle(other);
  const pool = new Map<string, number>();
  for (const w of headB) pool.set(w, (pool.get(w) ?? 0) + 1);
  let head = 0;
  for (const w of headA) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      pool.set(w, n - 1);
      head++;
    }
  }
  return head + commonSubsequence(restA, restB);
}

function splitAtTitle(words: readonly string[]): [readonly string[], readonly string[]] {
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === 'kế' && words[i + 1] === 'hoạch') return [words.slice(0, i), words.slice(i)];
  return [[], words];
}

/** Length of the longest common subsequence of two word lists (two rows of the table, O(n·m) time). */
export function commonSubsequence(original: readonly string[], other: readonly string[]): number {
  if (original.length === 0 || other.length === 0) return 0;
  const ids = new Map<string, number>();
  const id = (w: string) => {
    let n = ids.get(w);
    if (n === undefined) ids.set(w, (n = ids.size));
    return n;
  };
  const a = Int32Array.from(original, id);
  const b = Int32Array.from(other, id);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      current[j] = ai === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
