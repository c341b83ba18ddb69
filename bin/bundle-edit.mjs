// Build step of parplan edit's page (issue 14): src/edit/web/main.ts with CodeMirror, yaml and
// docx-preview bundled into dist/edit-page/edit.js and its stylesheet into dist/edit-page/edit.css. The package
// ships these two files; the page loads nothing else (no CDN: it works offline).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: { edit: 'src/edit/web/main.ts' },
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
