// The one way a plan's text becomes formatting: **bold** and *italic*, nothing else.
// markdown-it's "zero" preset with only the emphasis rule: every other character (&, <, {{, a lone *,
// a backslash, an entity such as &amp;) is escaped and shows exactly as typed.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable(['emphasis']);

export function renderInlineMarkdown(text: string): string {
  return md.renderInline(text);
}
