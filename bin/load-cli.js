// Loads the bundled CLI (dist/parplan.cjs) through V8's code cache. A cold start spent ~250 ms
// compiling the 2 MB bundle and the functions a render calls; the cache, written after the first
// run (so it holds those functions too, which v8-compile-cache's compile-time cache does not), cuts
// that to a read. The cache lives in the temp folder, keyed by the bundle's size, time and Node's
// version; any problem with it falls back to a plain require.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';

const BUNDLE = fileURLToPath(new URL('../dist/parplan.cjs', import.meta.url));

/** { main, saveCache }: call saveCache() once the command has run. Each subcommand keeps its own
 * cache, since a cache holds the functions its first run compiled. */
/** `parplan --version` alone needs none of the CLI: the version is read from package.json, as the
 * CLI itself reads it (src/version.ts), without loading the 2.6 MB bundle (issue 12: ≤ 1.3 × node -e 0). */
function versionOnly(argv) {
  if (argv.length !== 1 || (argv[0] !== '--version' && argv[0] !== '-V')) return undefined;
  try {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    if (typeof version !== 'string') return undefined;
    return { main: async (_argv, io) => (io.stdout(`${version}\n`), 0), saveCache: () => undefined };
  } catch {
    return undefined;
  }
}

export function loadCli(argv = process.argv.slice(2), env = process.env) {
  const quick = versionOnly(argv);
  if (quick !== undefined) return quick;
  const command = commandOf(argv);
  if (command === 'edit') startEditThread();
  const { exports, saveCache } = loadBundle(/^[a-z]{1,20}$/.test(command) ? command : 'main', env);
  return { main: exports.main, saveCache };
}

/** The subcommand, past the global options and their values (`parplan --lang en edit plan.yaml` is
 * `edit`, not `en`): read as src/cli/main.ts reads it to load the command's module. */
function commandOf(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang' || (arg === '--config' && !(argv[i + 1] ?? '-').startsWith('-'))) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return '';
}

/** `parplan edit` renders on a thread of its own (src/edit/renderer.ts), whose first render is most of
 * the wait for the page's first document: the thread starts here, loading the bundle beside this
 * thread's, and the renderer takes it from the global. Never keeps the process running by itself. */
function startEditThread() {
  try {
    const thread = { worker: new Worker(new URL('../dist/edit-worker.mjs', import.meta.url)), gone: false };
    thread.worker.unref();
    thread.worker.on('error', () => (thread.gone = true));
    thread.worker.on('exit', () => (thread.gone = true));
    globalThis[Symbol.for('parplan.editRenderThread')] = thread;
  } catch {
    // The renderer starts one itself, or renders on the main thread.
  }
}

/** { exports, saveCache } of the bundle, run through the code cache named `name` (a subcommand, or
 * `worker` for batch's and validate's threads: dist/batch-worker.mjs loads the same bundle). */
export function loadBundle(name, env = process.env) {
  const require = createRequire(BUNDLE);
  const plain = () => ({ exports: require(BUNDLE), saveCache: () => undefined });
  if (env.PARPLAN_NO_CODE_CACHE) return plain();
  let source;
  let cacheFile;
  try {
    source = readFileSync(BUNDLE, 'utf8');
    const { size, mtimeMs } = statSync(BUNDLE);
    const dir = env.PARPLAN_CACHE_DIR || path.join(tmpdir(), 'parplan-cache');
    cacheFile = path.join(dir, `parplan-${name}-${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.v8cache`);
  } catch {
    return plain();
  }
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: BUNDLE,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, BUNDLE, path.dirname(BUNDLE));
  let saved = false;
  const saveCache = () => {
    if (saved || (cachedData !== undefined && !script.cachedDataRejected)) return;
    saved = true;
    try {
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
      // Caches of earlier builds of this name would only pile up in the temp folder.
      const prefix = path.basename(cacheFile).split('-').slice(0, 2).join('-') + '-';
      for (const old of readdirSync(path.dirname(cacheFile))) {
        if (old.startsWith(prefix) && old.endsWith('.v8cache') && old !== path.basename(cacheFile)) rmSync(path.join(path.dirname(cacheFile), old), { force: true });
      }
    } catch {
      // A read-only temp folder only costs speed.
    }
  };
  return { exports: module.exports, saveCache };
}
