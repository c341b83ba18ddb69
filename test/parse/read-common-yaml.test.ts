// The common-form reader (src/parse/read-common-yaml.ts) against the full path (the `yaml` package
// with issue 9's checks): on every YAML file of the repository, on CRLF copies of them, and on
// thousands of seeded variants, it either declines or gives the same data, no problem where the full
// path has none, and the same answer to every position question a rule or a schema message can ask.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFullYaml, parseYaml } from '../../src/parse/read-yaml.js';
import { readCommonYaml, resolvePlain } from '../../src/parse/read-common-yaml.js';
import type { TreeNode } from '../../src/parse/locate.js';
import { yamlFiles } from '../support/yaml-files.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const FILES = [...yamlFiles(path.join(ROOT, 'plans')), ...yamlFiles(path.join(ROOT, 'templates')), ...yamlFiles(path.join(ROOT, 'test'))].sort();
/** Real plans, the presets `init` starts from and what `import` writes: the fast reader must take them. */
const isMustRead = (file: string) => /[/\\](plans|templates|yaml-forms)[/\\]/.test(file);
const read = (file: string) => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');

type Question = [pointer: string, which: 'key' | 'value', offset: number | undefined];

/** Every pointer of the tree, as a value and as a key, inside its strings, and just past its end. */
function questions(node: TreeNode, pointer: string, out: Question[] = []): Question[] {
  out.push([pointer, 'value', undefined], [`${pointer}/missing`, 'value', undefined], [`${pointer}/7`, 'value', undefined]);
  if (node.kind === 'scalar' && typeof node.value === 'string') {
    const n = node.value.length;
    for (const offset of new Set([1, Math.floor(n / 2), n - 1, n])) if (offset > 0) out.push([pointer, 'value', offset]);
  }
  if (node.kind === 'map') {
    node.keys.forEach((key, i) => {
      const p = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      out.push([p, 'key', undefined], [p, 'key', key.length - 1]);
      questions(node.values[i]!, p, out);
    });
  }
  if (node.kind === 'seq') node.items.forEach((item, i) => questions(item, `${pointer}/${i}`, out));
  return out;
}

/** 'declined', or 'same' after checking that both paths agree; a difference fails the test. */
function compare(text: string, label: string): 'declined' | 'same' {
  const common = readCommonYaml(text);
  if (common === undefined) return 'declined';
  const full = parseFullYaml(text, 'f.yaml');
  expect(full.diagnostics, `${label}: the full path reports problems the common reader missed\n${text}`).toEqual([]);
  expect(common.data, `${label}: data\n${text}`).toStrictEqual(full.data);
  const fast = parseYaml(text, 'f.yaml');
  expect(fast.diagnostics).toEqual([]);
  for (const [pointer, which, offset] of questions(common.tree, '')) {
    expect(fast.locate(pointer, which, offset), `${label}: locate(${pointer}, ${which}, ${offset})\n${text}`).toEqual(full.locate(pointer, which, offset));
  }
  return 'same';
}

/** A small seeded generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARACTERS = [' ', ' ', '\n', '#', ':', '-', '"', "'", '[', ']', '{', '}', ',', '|', '>', '\\', 'x', '0', '.', 'e', '~', '&', '*', '!', '?', '%', '@', '\r\n', '\t', ': ', '- ', ' #', '\\n'];
const VALUES = [
  '', '~', 'null', 'Null', 'NULL', 'true', 'True', 'FALSE', 'yes', 'no', 'on', '0o17', '0o8', '0x1F', '0X1F', '+12', '-0', '012', '1_000', '1e5', '1E+5', '-1.5e-3',
  '1.50', '14.30', '100.0', '.5', '1.', '-.5', '1e400', '.inf', '-.Inf', '.nan', '12345678901234567890', '2020-06-11', '7/3/2020', '1:30', 'a:b', 'http://x.vn/a#b',
  "'it''s'", "''", '""', '"a\\tb"', '"\\u00e9 \\x41 \\U0001F600"', '"\\ud800"', '"\\0"', '"\\e"', '"a\\\n    b"', '"a \\ b"', '"x\\/y"', '"\\_\\L\\P"',
  '>-\n    folded\n    text', '>\n    folded\n\n    text\n', '|\n    lit\n\n    eral', '|-\n    one\n      two', '>-\n      more\n    less', '|+\n    keep\n\n', '>2\n    x', '>-\n\n    late',
  '[a, b, ]', '[]', '{}', '{ a: 1, b: [x, "y"] }', '{ a: 1, a: 2 }', '{a:1}', '[a: b]', '[ -1, -x, - ]', '{ 5: x }', '[a, [b, [c]]]', '[\n      a,\n      b\n    ]', '{ a: "x\n      y" }',
  '"multi\n    line"', "'multi\n\n    line'", 'plain\n    continued\n\n    further', 'a #b', 'a#b', '"q"  # c', '- x', '&a x', '*a', '!!str 1', '!x y', '? x', '%x', '@x', '`x', 'a: b', 'ends:',
  'Thời gian: tháng 3', 'xin chào', '"Lưu: VT"', 'a,b', 'a ]', 'a }', ' # only a comment',
];

function mutate(text: string, rnd: () => number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const lines = text.split('\n');
  const line = Math.floor(rnd() * lines.length);
  switch (Math.floor(rnd() * 9)) {
    case 0: {
      const at = Math.floor(rnd() * (text.length + 1));
      return text.slice(0, at) + pick(CHARACTERS) + text.slice(at);
    }
    case 1: {
      const at = Math.floor(rnd() * text.length);
      return text.slice(0, at) + text.slice(at + 1);
    }
    case 2:
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    case 3:
      lines.splice(line, 1);
      return lines.join('\n');
    case 4:
      lines[line] = rnd() < 0.5 ? ` ${lines[line]}` : (lines[line] ?? '').replace(/^ {1,2}/, '');
      return lines.join('\n');
    case 5:
      lines.splice(line, 0, pick(['', '   ', '  # c', '# c', '#']));
      return lines.join('\n');
    case 6:
      return text.replace(/\n/g, '\r\n');
    default: {
      // A value replaced by one of the forms above.
      const m = /^(\s*(?:- )?[a-z_]+: |\s*- )(.*)$/.exec(lines[line] ?? '');
      if (!m) return `${text}\n${pick(['a', 'tail'])}: ${pick(VALUES)}\n`;
      lines[line] = m[1] + pick(VALUES);
      return lines.join('\n');
    }
  }
}

/** A plan's top-level fields in groups of one to three: small documents of the same forms. */
function pieces(text: string, rnd: () => number): string[] {
  const starts = [...text.matchAll(/^[a-z_]+:/gm)].map((m) => m.index);
  const out: string[] = [];
  for (let i = 0; i < starts.length; i += 1 + Math.floor(rnd() * 2)) out.push(text.slice(starts[i], starts[Math.min(starts.length - 1, i + 1 + Math.floor(rnd() * 3))] ?? text.length));
  return out.filter((p) => p.length > 0);
}

describe('readCommonYaml', () => {
  it('reads every plan, preset and imported form of the repository, as the full path does', () => {
    const mustRead = FILES.filter(isMustRead);
    expect(mustRead.length).toBeGreaterThan(10);
    for (const file of mustRead) expect(compare(read(file), file), `${file} was declined`).toBe('same');
  });

  it('declines or agrees on every YAML file of the tests (hostile inputs included), and on their CRLF copies', () => {
    const outcomes = { declined: 0, same: 0 };
    for (const file of FILES) {
      const text = read(file);
      if (!isMustRead(file)) outcomes[compare(text, file)]++;
      outcomes[compare(text.replace(/\n/g, '\r\n'), `${file} (CRLF)`)]++;
    }
    // The invalid fixtures are declined; the rest read.
    expect(outcomes.declined).toBeGreaterThan(40);
    expect(outcomes.same).toBeGreaterThan(30);
  });

  it('declines or agrees on 2,000 seeded variants of them', () => {
    const rnd = random(12);
    const bases = FILES.flatMap((f) => pieces(read(f), rnd));
    const outcomes = { declined: 0, same: 0 };
    for (let n = 0; n < 2000; n++) {
      let text = bases[Math.floor(rnd() * bases.length)]!;
      for (let k = 1 + Math.floor(rnd() * 2); k > 0; k--) text = mutate(text, rnd);
      outcomes[compare(text, `variant ${n}`)]++;
    }
    // Both outcomes are common, so the variants test both sides of the guard.
    expect(outcomes.same).toBeGreaterThan(700);
    expect(outcomes.declined).toBeGreaterThan(700);
  });

  it('resolves plain text as YAML 1.2 core does, keeping written decimals', () => {
    const rnd = random(3);
    const alphabet = ['0', '1', '7', '9', '.', 'e', 'E', '+', '-', 'x', 'o', 'a', 'F', 'n', 'u', 'l', 'N', 'L', 'i', 'f', '~', 't', 'r', 'T'];
    let same = 0;
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      if (compare(`k: ${s}\n`, JSON.stringify(s)) === 'same') same++;
    }
    expect(same).toBeGreaterThan(1300);
    expect(resolvePlain('14.30')).toBe('14.30');
    expect(resolvePlain('0x1F')).toBe(31);
    expect(() => resolvePlain('1e400')).toThrow();
  });
});
