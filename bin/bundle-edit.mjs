// Build step of parplan edit (issue 14): the page's scripts, dist/edit-page/edit.js (src/edit/web/main.ts
// with docx-preview) and edit-editor.js (editor-entry.ts with CodeMirror and yaml), and its stylesheet
// dist/edit-page/edit.css. The package ships these files; the page loads nothing else (no CDN: it works
// offline). Also dist/edit-worker.mjs, the server's render thread.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  // Two scripts: edit.js draws the page and its first document (docx-preview); edit-editor.js holds
  // the editor (CodeMirror, the form, yaml), run once that document shows (src/edit/web/editor-api.ts).
  entryPoints: { edit: 'src/edit/web/main.ts', 'edit-editor': 'src/edit/web/editor-entry.ts' },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome109', 'firefox115', 'edge109', 'safari15'],
  minify: true,
  legalComments: 'linked',
  outdir: 'dist/edit-page',
  logLevel: 'warning',
});

await build({
  absWorkingDir: root,
  entryPoints: { edit: 'src/edit/web/style.css' },
  bundle: true,
  minify: true,
  outdir: 'dist/edit-page',
  logLevel: 'warning',
});

// The render thread of parplan edit (src/edit/renderer.ts starts it): the same bundle as the CLI,
// through a code cache of its own ('editworker'; written after its first render).
writeFileSync(
  new URL('../dist/edit-worker.mjs', import.meta.url),
  `// Written by bin/bundle-edit.mjs: parplan edit's render thread, running dist/parplan.cjs.
import { loadBundle } from '../bin/load-cli.js';

const { exports, saveCache } = loadBundle('editworker');
await exports.serveEditRenders(saveCache);
`,
);
