// The one way a plan's text becomes formatting: **bold**, *italic* and footnotes ^[the note], nothing else.
// markdown-it's "zero" preset with only the emphasis rule, plus the inline footnote rule below: every
// other character (&, <, {{, a lone *, a backslash, an entity such as &amp;) is escaped and shows
// exactly as typed.
import MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable(['emphasis']);

/** markdown-it's emphasis rule also reads `__x__` and `_x_`; the README promises only `**` and `*`
 * (issue 9: snake_case names and `__` underlines in plans turned bold). Underscores are set aside
 * as a private-use character the plan does not hold, and put back after. */
const UNDERSCORE_STANDIN = '\uE000';

/**
 * "^[text]" (Pandoc's inline footnote, as markdown-it-footnote reads it): the note's text, with its own
 * emphasis, becomes <chu-thich>…</chu-thich>, a Word footnote at the writer. Brackets inside the note
 * nest ("^[Theo Quyết định [2022]]"); an unclosed "^[" stays literal.
 */
function footnote(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x5e /* ^ */ || state.src.charCodeAt(start + 1) !== 0x5b /* [ */) return false;
  let depth = 0;
  let end = -1;
  for (let i = start + 1; i < state.posMax; i++) {
    const c = state.src.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 1;
    else if (c === 0x5b) depth += 1;
    else if (c === 0x5d && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0 || end === start + 2) return false;
  if (!silent) {
    const token = state.push('footnote_inline', 'chu-thich', 0);
    const children: StateInline['tokens'] = [];
    state.md.inline.parse(state.src.slice(start + 2, end), state.md, state.env, children);
    token.children = children;
  }
  state.pos = end + 1;
  return true;
}

md.inline.ruler.after('emphasis', 'footnote_inline', footnote);
md.renderer.rules.footnote_inline = (tokens, idx, options, env, self) =>
  `<chu-thich>${self.renderInline(tokens[idx]?.children ?? [], options, env)}</chu-thich>`;

/** What markdown-it makes of a text that holds none of the characters its rules here act on (the
 * emphasis marks, the footnote's caret, underscores, and the CR and NUL its normalising replaces):
 * the text, HTML-escaped. Most of a plan's strings are such, and markdown-it took ~1 ms of a warm
 * render for them (issue 12); test/render/inline-markdown-fast.test.ts holds the two equal. */
const PLAIN_TEXT = /^[^*^_\r\0]*$/;

export function renderInlineMarkdown(text: string): string {
  // markdown-it's renderer escapes a text token with this same function.
  return PLAIN_TEXT.test(text) ? md.utils.escapeHtml(text) : renderWithMarkdownIt(text);
}

/** The text through markdown-it itself (exported for the test that holds the fast path to it). */
export function renderWithMarkdownIt(text: string): string {
  if (!text.includes('_') || text.includes(UNDERSCORE_STANDIN)) return text.includes('_') ? md.renderInline(text.replace(/_/g, '&#95;')).replace(/&amp;#95;/g, '_') : md.renderInline(text);
  return md.renderInline(text.replace(/_/g, UNDERSCORE_STANDIN)).replaceAll(UNDERSCORE_STANDIN, '_');
}
