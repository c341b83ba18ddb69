// markup-to-model reads the template output element by element and keeps each element's reading
// (markup-chunks.ts). The model must be the one a parse of the whole markup gives: for every example
// plan, for markup made ill-formed in the ways a province's template could, and piece by piece.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/pipeline/load-plan.js';
import { buildView } from '../../src/render/view.js';
import { loadTemplate } from '../../src/render/templates.js';
import { markupToModel } from '../../src/render/markup-to-model.js';
import { topLevelChunks, type Chunk } from '../../src/render/markup-chunks.js';
import { PLANS_DIR } from '../support/render-plan.js';

const PROPERTIES = { title: 't', subject: 's', creator: 'c' };

async function exampleMarkups(): Promise<string[]> {
  const files = [
    ...readdirSync(PLANS_DIR).filter((f) => f.endsWith('.yaml')).map((f) => path.join(PLANS_DIR, f)),
    ...readdirSync(path.join(PLANS_DIR, 'units')).filter((f) => f.startsWith('ke-hoach') && f.endsWith('.yaml')).map((f) => path.join(PLANS_DIR, 'units', f)),
  ];
  const markups: string[] = [];
  for (const file of files) {
    const loaded = await loadPlanFile(file);
    if (loaded.plan) markups.push(loadTemplate()(buildView(loaded.plan)));
  }
  return markups;
}

/** Both ways, as a value or as the error thrown. */
function bothWays(markup: string): { kept: unknown; whole: unknown } {
  const attempt = (reuse: boolean): unknown => {
    try {
      return JSON.parse(JSON.stringify(markupToModel(markup, PROPERTIES, { reuse })));
    } catch (e) {
      return { error: String(e) };
    }
  };
  return { kept: attempt(true), whole: attempt(false) };
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}


/** The reference: the character-by-character loop the regular expression replaced (issue 12). */
const VOID_NAMES = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content htmlparser2 reads as raw text, where '<' starts no tag. */
const RAW_TEXT_NAMES = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Letters, digits, '-', '_', ':', '.'. */
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 58) || c === 45 || c === 95 || c === 46;

function characterLoopChunks(markup: string): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  const open: string[] = [];
  let chunkStart = -1;
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf('<', i);
    if (lt < 0) break;
    // Text between top-level elements is never part of the model (markup-to-model reads elements).
    let j = lt + 1;
    const closing = markup[j] === '/';
    if (closing) j += 1;
    if (!isLetter(markup.charCodeAt(j))) return undefined;
    const nameStart = j;
    while (j < markup.length && isNameChar(markup.charCodeAt(j))) j += 1;
    const name = markup.slice(nameStart, j).toLowerCase();
    // The tag's end: the first '>' outside a quoted attribute value.
    let quote = 0;
    for (; j < markup.length; j++) {
      const c = markup.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c; // " '
      else if (c === 62) break; // >
      else if (c === 60) return undefined; // <
    }
    if (j >= markup.length) return undefined;
    const selfClosing = markup.charCodeAt(j - 1) === 47; // /
    i = j + 1;
    if (RAW_TEXT_NAMES.has(name)) return undefined;
    if (closing) {
      if (open.pop() !== name) return undefined;
      if (open.length === 0) {
        chunks.push({ text: markup.slice(chunkStart, i), start: chunkStart });
        chunkStart = -1;
      }
    } else if (!selfClosing && !VOID_NAMES.has(name)) {
      if (open.length === 0) chunkStart = lt;
      open.push(name);
    } else if (open.length === 0) {
      // A top-level void or self-closed element is a piece of its own.
      chunks.push({ text: markup.slice(lt, i), start: lt });
    }
  }
  return open.length === 0 ? chunks : undefined;
}

describe('markup read element by element', () => {
  it('gives the whole parse’s model for every example plan, twice (the second time from what was kept)', async () => {
    const markups = await exampleMarkups();
    expect(markups.length).toBeGreaterThanOrEqual(7);
    for (const markup of markups) {
      expect(topLevelChunks(markup), 'the shipped templates are cut into elements').toBeDefined();
      for (let i = 0; i < 2; i++) {
        const { kept, whole } = bothWays(markup);
        expect(kept).toEqual(whole);
      }
    }
  });

  it('gives the whole parse’s model, or the same error, for 600 damaged copies', async () => {
    const markups = await exampleMarkups();
    const damage = ['<p>', '</p>', '<!-- x -->', '<br>', '<col/>', '</td>', '<tr>', '<b>', '</strong>', '<p class="x>y">', '&amp;', '<', '>', '"', '<script>', '</table>', '<h2>', '<div>', '</div>', '<![CDATA[a]]>'];
    const next = random(7);
    let cut = 0;
    for (let n = 0; n < 600; n++) {
      const base = markups[n % markups.length]!;
      let markup = base;
      for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
        const at = Math.floor(next() * markup.length);
        markup = markup.slice(0, at) + damage[Math.floor(next() * damage.length)] + markup.slice(at);
      }
      if (topLevelChunks(markup) !== undefined) cut += 1;
      expect(topLevelChunks(markup), 'the same cuts as the character loop').toEqual(characterLoopChunks(markup));
      const { kept, whole } = bothWays(markup);
      expect(kept, markup.slice(0, 200)).toEqual(whole);
    }
    // Some damage leaves the markup well formed (a tag inside text), some does not.
    expect(cut).toBeGreaterThan(20);
    expect(cut).toBeLessThan(600);
  });

  it('cuts where the character loop cut, on 3,000 markups made of tricky pieces', () => {
    const pieces = ['<p>', '</p>', '<a b="c>d">', "<a b='c<d'>", '</a>', '<br>', '<col/>', '<x/ >', '<', '>', '"', "'", '/', 'text', '</ p>', '<1>', '<p\n class="k">', '<h-1.a:b>', '</h-1.a:b>', '<P>', '</P>', '<a b="', '<script>', '<textarea/>', '<p>x</p>', '<a b="c>d">x</a>', '<td a=\'1\'>y</td>'];
    const next = random(11);
    const seen = new Set<string>();
    let cut = 0;
    let taken = 0;
    for (let n = 0; n < 3000; n++) {
      let markup = '';
      for (let k = 0; k < 1 + Math.floor(next() * 12); k++) markup += pieces[Math.floor(next() * pieces.length)];
      const chunks = topLevelChunks(markup);
      if (chunks !== undefined && chunks.length > 0) cut += 1;
      expect(chunks, markup).toEqual(characterLoopChunks(markup));
      // With the elements cut before known (as markup-to-model's kept readings are): the same cuts.
      const known = topLevelChunks(markup, (text) => (seen.has(text) ? text.length : undefined));
      expect(known?.map(({ text, start }) => ({ text, start })), markup).toEqual(chunks);
      for (const chunk of chunks ?? []) seen.add(chunk.text);
      if (known?.some((chunk) => chunk.known !== undefined)) taken += 1;
    }
    expect(taken).toBeGreaterThan(30);
    expect(cut).toBeGreaterThan(100);
  });

  it('reads an appendix child by child: a unit’s own "(Kèm theo …)" line, the base’s table from what was kept', async () => {
    const markups = (await exampleMarkups()).filter((m) => m.includes('<kem-theo>'));
    expect(markups.length).toBeGreaterThanOrEqual(2);
    for (const markup of markups) {
      bothWays(markup);
      for (const unit of ['Sở Thử nghiệm số 1', 'Sở Thử nghiệm số 2 &amp; <b>3</b>']) {
        const own = markup.replace(/<kem-theo>[^<]*/g, `<kem-theo>(Kèm theo Kế hoạch của ${unit})`);
        expect(own).not.toBe(markup);
        const { kept, whole } = bothWays(own);
        expect(kept).toEqual(whole);
      }
    }
  });

  it('cuts only plainly well-formed markup', () => {
    expect(topLevelChunks('<p a="1>2">x</p>\n<col w="1"/><br><table><tr><td>a</td></tr></table>')?.map((c) => c.text)).toEqual(['<p a="1>2">x</p>', '<col w="1"/>', '<br>', '<table><tr><td>a</td></tr></table>']);
    expect(topLevelChunks('<p>x</p><!-- c -->')).toBeUndefined();
    expect(topLevelChunks('<p>x</b></p>')).toBeUndefined();
    expect(topLevelChunks('<p>x')).toBeUndefined();
    expect(topLevelChunks('<p>1 < 2</p>')).toBeUndefined();
    expect(topLevelChunks('<script>a</script>')).toBeUndefined();
  });

  it('takes an element it already knows whole, and still refuses markup that is ill formed after it', () => {
    const known = (text: string) => (text === '<p>a</p>' ? 'kept' : undefined);
    expect(topLevelChunks('<p>a</p>\n<p>b</p>', known)).toEqual([
      { text: '<p>a</p>', start: 0, known: 'kept' },
      { text: '<p>b</p>', start: 9 },
    ]);
    expect(topLevelChunks('<p>a</p><p>b', known)).toBeUndefined();
    expect(topLevelChunks('<p>a</p></p>', known)).toBeUndefined();
    expect(topLevelChunks('<p>a</p> 1 < 2', known)).toBeUndefined();
  });

  it('keeps what it read frozen, so one model cannot change another’s', async () => {
    const [markup] = await exampleMarkups();
    const model = markupToModel(markup!, PROPERTIES);
    expect(Object.isFrozen(model.body[0])).toBe(true);
    expect(() => {
      (model.body[0] as { kind: string }).kind = 'x';
    }).toThrow(TypeError);
  });
});
