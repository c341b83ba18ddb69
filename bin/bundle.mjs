// Build step: bundles the CLI, the library and the worker threads' task into dist/parplan.cjs with
// esbuild (src/bundle.ts). One file loads far faster than
// ~400 modules resolved one by one at every start (a cold render has a 300 ms budget).
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { entitiesTables, fdirBundledPicomatch, lazyChildProcess, replaceModule } from './bundle-plugins.mjs';

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', outdir: 'dist' };

// The shipped templates, precompiled (src/render/templates.ts uses them while their hash matches):
// as functions inside the bundle, where V8's code cache keeps them compiled, and as JSON for code
// run from source (dist/render/templates.js is tsc's output, built before this step).
const { precompileTemplates, precompiledTemplatesModule, PRECOMPILED_FILE } = await import('../dist/render/templates.js');
writeFileSync(PRECOMPILED_FILE, JSON.stringify(precompileTemplates()));
const templatesModule = precompiledTemplatesModule();

// The CLI, as CommonJS so that bin/load-cli.js can run it through V8's code cache (ES modules get no
// code cache in Node 20). import.meta is CommonJS's __dirname and file URL there.
await build({
  ...common,
  entryPoints: { parplan: 'src/bundle.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  minifyWhitespace: true,
  minifySyntax: true,
  // piscina starts its threads from its own dist/worker.js, found beside its index.js: keep it a package.
  external: ['piscina'],
  plugins: [fdirBundledPicomatch, entitiesTables, lazyChildProcess, replaceModule(/[\\/]src[\\/]render[\\/]precompiled-templates\.ts$/, templatesModule)],
  define: { 'import.meta.dirname': '__dirname', 'import.meta.url': '__parplanFileUrl' },
  banner: { js: "const __parplanFileUrl = require('node:url').pathToFileURL(__filename).href;" },
});
asciiOnly(new URL('../dist/parplan.cjs', import.meta.url));

/** esbuild escapes every non-ASCII character of its output (charset ascii) except in regular
 * expression literals, which it keeps as written so that their .source stays the same. The
 * Vietnamese ones (/^Lưu: VT, /u, the signer titles …) then made the whole 2.7 MB bundle a two-byte
 * string for V8: reading it as UTF-8 cost ~15 ms of each start, against ~4 ms for the same file
 * in ASCII. Escaped as \uXXXX (a character above U+FFFF as its escaped surrogate pair, which a
 * regular expression reads as the same character with or without the u flag), each one matches
 * what it matched before; only its .source spelling differs, and parplan builds other regular
 * expressions from .source, never shows one. A non-ASCII character right after a backslash (an
 * identity escape, which the \u form would break) stops the build. */
function asciiOnly(file) {
  const code = readFileSync(file, 'utf8');
  const escaped = code.replace(/[^\x00-\x7f]/g, (char, at) => {
    let backslashes = 0;
    while (code[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1) throw new Error(`${file}: a non-ASCII character escaped with a backslash at ${at}: ${code.slice(at - 40, at + 10)}`);
    return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
  writeFileSync(file, escaped);
}

// The worker threads of batch and validate load the same bundle, through the same code cache as the
// CLI (bin/load-cli.js): the package holds its code once (it shipped a 2.3 MB second bundle before).
// piscina awaits the default export, the task function; validate's threads (workerData.role) listen
// for their files as the bundle's worker module starts. The cache is written after the first task.
writeFileSync(
  new URL('../dist/batch-worker.mjs', import.meta.url),
  `// Written by bin/bundle.mjs: a worker thread of parplan batch or validate, running dist/parplan.cjs.
import { workerData } from 'node:worker_threads';
import { loadBundle } from '../bin/load-cli.js';

// validate's threads keep a code cache of their own, written after their first files (a cache holds
// the functions its first run compiled); batch's after its first task.
const filesThread = workerData?.role === 'check-files';
const { exports, saveCache } = loadBundle(filesThread ? 'checkfiles' : 'worker');
if (filesThread) exports.saveCodeCacheAfterFirstFiles(saveCache);
const task = await exports.workerTask(); // undefined in validate's threads, which take files by message

export default async function runTask(input) {
  const outcome = await task(input);
  saveCache();
  return outcome;
}
`,
);

await import('./bundle-edit.mjs'); // parplan edit's page: dist/edit-page/ (issue 14)

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
