// The one way a plan's text becomes formatting: **bold** and *italic*, nothing else.
// markdown-it's "zero" preset with only the emphasis rule: every other character (&, <, {{, a lone *,
// a backslash, an entity such as &amp;) is escaped and shows exactly as typed.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable(['emphasis']);

/** markdown-it's emphasis rule also reads `__x__` and `_x_`; the README promises only `**` and `*`
 * (issue 9: snake_case names and `__` underlines in plans turned bold). Underscores are set aside
 * as a private-use character the plan does not hold, and put back after. */
const UNDERSCORE_STANDIN = '\uE000';

export function renderInlineMarkdown(text: string): string {
  if (!text.includes('_') || text.includes(UNDERSCORE_STANDIN)) return text.includes('_') ? md.renderInline(text.replace(/_/g, '&#95;')).replace(/&amp;#95;/g, '_') : md.renderInline(text);
  return md.renderInline(text.replace(/_/g, UNDERSCORE_STANDIN)).replaceAll(UNDERSCORE_STANDIN, '_');
}
