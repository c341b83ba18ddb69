// The page's HTML shell: the bundled scripts and style (dist/edit-page/, built by bin/bundle-edit.mjs) and
// the session's token and language for the script to read. Everything else the page builds itself.
// edit.js draws the page and its first document; the editor's script downloads meanwhile (preload)
// and edit.js runs it once the document shows (src/edit/web/editor-api.ts).
import type { Lang } from '../diagnostics/messages.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function pageHtml(options: { token: string; lang: Lang; name: string }): string {
  const t = encodeURIComponent(options.token);
  const title = options.lang === 'vi' ? `${options.name} — soạn kế hoạch (parplan)` : `${options.name} — plan editor (parplan)`;
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="parplan-token" content="${escapeHtml(options.token)}">
<meta name="parplan-lang" content="${options.lang}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/edit.css?t=${t}">
<link rel="preload" as="script" href="/assets/edit-editor.js?t=${t}">
</head>
<body>
<div id="app"></div>
<script src="/assets/edit.js?t=${t}"></script>
</body>
</html>
`;
}
