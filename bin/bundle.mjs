// Build step: bundles the CLI into dist/parplan.cjs (and batch's worker thread into
// dist/batch-worker.mjs) with esbuild. One file loads far faster than
// ~400 modules resolved one by one at every start (a cold render has a 300 ms budget).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', outdir: 'dist' };

// The CLI, as CommonJS so that bin/load-cli.js can run it through V8's code cache (ES modules get no
// code cache in Node 20). import.meta is CommonJS's __dirname and file URL there.
await build({
  ...common,
  entryPoints: { parplan: 'src/cli/main.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  // piscina starts its threads from its own dist/worker.js, found beside its index.js: keep it a package.
  external: ['piscina'],
  define: { 'import.meta.dirname': '__dirname', 'import.meta.url': '__parplanFileUrl' },
  banner: { js: "const __parplanFileUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The batch worker thread: a thread loads one file, like the CLI (src/batch/runner.ts).
await build({
  ...common,
  entryPoints: { 'batch-worker': 'src/batch/worker.ts' },
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  external: ['piscina'],
  // CommonJS dependencies inside an ES module bundle still ask for require and __filename.
  banner: {
    js: [
      "import { createRequire as __parplanRequire } from 'node:module';",
      "import { fileURLToPath as __parplanPath } from 'node:url';",
      'const require = __parplanRequire(import.meta.url);',
      'const __filename = __parplanPath(import.meta.url);',
      "const __dirname = __parplanPath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
});

await import('./bundle-edit.mjs'); // parplan edit's page: dist/edit-page/ (issue 14)
// The shipped templates, precompiled (src/render/templates.ts uses them while their hash matches).
const { precompileTemplates, PRECOMPILED_FILE } = await import('../dist/render/templates.js');
const { writeFileSync } = await import('node:fs');
writeFileSync(PRECOMPILED_FILE, JSON.stringify(precompileTemplates()));

// templates/reference.docx: the Lào Cai example plan written with the decree's default styles, for a
// province to open in Word, change the named styles (Normal, heading 1–4, ND30 …) and pass back with
// --reference-doc. Rebuilt here so it always holds the styles the writer writes (same bytes each build).
const { loadPlanFile } = await import('../dist/pipeline/load-plan.js');
const { renderPlanToDocx } = await import('../dist/pipeline/render-plan.js');
const referencePlan = new URL('../plans/so-tnmt-lao-cai-2022-par-index.yaml', import.meta.url);
const loaded = await loadPlanFile(referencePlan.pathname);
const reference = loaded.plan && (await renderPlanToDocx(loaded.plan, 'so-tnmt-lao-cai-2022-par-index.yaml'));
if (!reference?.ok) throw new Error('templates/reference.docx: the example plan did not render');
writeFileSync(new URL('../templates/reference.docx', import.meta.url), reference.bytes);
