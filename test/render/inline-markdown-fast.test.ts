// renderInlineMarkdown skips markdown-it for text without the characters its rules act on: the
// result must be markdown-it's own, for every string of the example plans and for random text
// made of the characters plans hold, the HTML-special ones, and every other ASCII punctuation.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderWithMarkdownIt } from '../../src/render/inline-markdown.js';

const PLANS = path.join(import.meta.dirname, '..', '..', 'plans');

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('inline markdown: the plain-text fast path equals markdown-it', () => {
  it('for every string of the example plans', () => {
    const files = readdirSync(PLANS).filter((f) => f.endsWith('.yaml'));
    const strings = files.flatMap((f) => stringsOf(parse(readFileSync(path.join(PLANS, f), 'utf8'))));
    expect(strings.length).toBeGreaterThan(500);
    for (const s of strings) expect(renderInlineMarkdown(s), s).toBe(renderWithMarkdownIt(s));
  });

  it('for 50,000 random strings of letters, spaces, line breaks and every ASCII punctuation', () => {
    const chars = ` \t\n\r\0aZ\u00a0đĐếá09\uFFFD\u2028${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}`;
    const next = random(12);
    let plain = 0;
    for (let n = 0; n < 50_000; n++) {
      let s = '';
      const length = Math.floor(next() * 14);
      for (let i = 0; i < length; i++) s += chars[Math.floor(next() * chars.length)];
      if (!/[*^_\r\0]/.test(s)) plain += 1;
      expect(renderInlineMarkdown(s), JSON.stringify(s)).toBe(renderWithMarkdownIt(s));
    }
    expect(plain).toBeGreaterThan(10_000);
  });

  it('still formats what markdown-it formats', () => {
    expect(renderInlineMarkdown('a **b** & *c* ^[d]')).toBe('a <strong>b</strong> &amp; <em>c</em> <chu-thich>d</chu-thich>');
    expect(renderInlineMarkdown('snake_case & "q"')).toBe('snake_case &amp; &quot;q&quot;');
  });
});
