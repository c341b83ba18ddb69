// Build step: bundles the CLI into dist/parplan.mjs (and batch's worker thread into
// dist/batch-worker.mjs) with esbuild. One file loads far faster than
// ~400 modules resolved one by one at every start (a cold render has a 300 ms budget).
import { build } from 'esbuild';

await build({
  // The batch worker thread is a second entry: a thread loads one file, like the CLI (src/batch/runner.ts).
  entryPoints: { parplan: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // piscina starts its threads from its own dist/worker.js, found beside its index.js: keep it a package.
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

// The shipped templates, precompiled (src/render/templates.ts uses them while their hash matches).
const { precompileTemplates, PRECOMPILED_FILE } = await import('../dist/render/templates.js');
const { writeFileSync } = await import('node:fs');
writeFileSync(PRECOMPILED_FILE, JSON.stringify(precompileTemplates()));
