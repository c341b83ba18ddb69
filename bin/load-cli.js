// Loads the bundled CLI (dist/parplan.cjs) through V8's code cache. A cold start spent ~250 ms
// compiling the 2 MB bundle and the functions a render calls; the cache, written after the first
// run (so it holds those functions too, which v8-compile-cache's compile-time cache does not), cuts
// that to a read. The cache lives in the temp folder, keyed by the bundle's path, size and time and
// Node's version; any problem with it falls back to a plain require.
import { isAscii } from 'node:buffer';
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
  if (LESS_INLINING.has(command)) lessInlining();
  if (command === 'edit') startEditThread();
  const { exports, saveCache } = loadBundle(/^[a-z]{1,20}$/.test(command) ? command : 'main', env);
  return { main: exports.main, saveCache };
}

/**
 * The commands that render or check many plans, in this thread and in worker threads: for them V8's
 * optimizing compiler inlines no callees. Inlining made each thread spend ~4 s of CPU compiling for
 * 1,000 units of a batch (1.8 s for 1,000 plans of validate), on the same two cores the threads run
 * on, against ~1.9 s (0.9 s) without, while a unit took no longer once compiled (4.2–4.7 against
 * 4.6–5.0 ms): the work is spread over hundreds of mid-sized functions, not a few hot loops.
 * Measured with --trace-opt's compile times (issue 12). V8 flags are the process's, so worker threads
 * share it, and V8 keeps them in a code cache's check: every command that starts batch's threads
 * (render too) sets it, or their cache would be rejected by turns. Loading node:v8 costs ~4 ms, so
 * the other commands, --version among them, do without.
 */
const LESS_INLINING = new Set(['batch', 'render', 'validate']);

function lessInlining() {
  try {
    process.getBuiltinModule('node:v8').setFlagsFromString('--no-turbo-inlining');
  } catch {
    // Only speed is lost.
  }
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
 * `worker` for batch's and validate's threads: dist/batch-worker.mjs loads the same bundle).
 *
 * The cache file is a header (CACHE_MAGIC, then the pipeline stages the writing run reached on this
 * thread, uint32 LE: the bundle's stagesReached, src/pipeline/stages-reached.ts) and V8's data. A
 * run writes the cache when there was none, when V8 rejected it, or when it reached a stage the
 * writing run did not: the first run of a command may have stopped at a plan's errors or rendered
 * on worker threads, and its cache would otherwise lack the render's functions for good. The new
 * cache holds both runs' functions and stages, so it only grows. */
export function loadBundle(name, env = process.env) {
  const require = createRequire(BUNDLE);
  const plain = () => ({ exports: require(BUNDLE), saveCache: () => undefined });
  if (env.PARPLAN_NO_CODE_CACHE) return plain();
  let source;
  let cacheFile;
  let prefix;
  try {
    // bin/bundle.mjs writes the bundle in ASCII: read as Latin-1 it is the same string, made ~3 ms
    // sooner than through UTF-8's decoding. A bundle with other bytes is read as UTF-8.
    const bytes = readFileSync(BUNDLE);
    source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    const { size, mtimeMs } = statSync(BUNDLE);
    const dir = env.PARPLAN_CACHE_DIR || path.join(tmpdir(), 'parplan-cache');
    // Keyed by the install too: two installs (two versions, two clones) keep a cache each.
    prefix = `parplan-${name}-${fnv1a(BUNDLE)}-`;
    cacheFile = path.join(dir, `${prefix}${size}-${Math.trunc(mtimeMs)}-${process.version}-${process.arch}.v8cache`);
  } catch {
    return plain();
  }
  let cachedData;
  let cachedStages = 0;
  try {
    const bytes = readFileSync(cacheFile);
    if (bytes.length > HEADER_BYTES && bytes.readUInt32LE(0) === CACHE_MAGIC) {
      cachedStages = bytes.readUInt32LE(4);
      cachedData = bytes.subarray(HEADER_BYTES);
    }
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
    if (saved) return;
    const stages = (typeof module.exports.stagesReached === 'function' ? module.exports.stagesReached() : 0) | cachedStages;
    const usable = cachedData !== undefined && !script.cachedDataRejected;
    if (usable && stages === cachedStages) return;
    saved = true;
    try {
      mkdirSync(path.dirname(cacheFile), { recursive: true });
      const data = script.createCachedData();
      const header = Buffer.alloc(HEADER_BYTES);
      header.writeUInt32LE(CACHE_MAGIC, 0);
      header.writeUInt32LE(stages >>> 0, 4);
      const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temporary, Buffer.concat([header, data]));
      renameSync(temporary, cacheFile);
      // Caches of earlier builds of this install and name would only pile up in the temp folder
      // (and those named before the install was part of the key).
      const older = new RegExp(`^parplan-${name}-\\d+-\\d+-v[\\d.]+-\\w+\\.v8cache$`);
      for (const old of readdirSync(path.dirname(cacheFile))) {
        if (old === path.basename(cacheFile) || !old.endsWith('.v8cache')) continue;
        if (old.startsWith(prefix) || older.test(old)) rmSync(path.join(path.dirname(cacheFile), old), { force: true });
      }
    } catch {
      // A read-only temp folder only costs speed.
    }
  };
  return { exports: module.exports, saveCache };
}

const CACHE_MAGIC = 0x31435050; // "PPC1"
const HEADER_BYTES = 8;

/** A short name for the bundle's path (FNV-1a, 32 bits, hex). */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
