// A subcommand starts only the modules it needs (issue 12). In the bundle (bin/bundle.mjs, esbuild),
// a module reached only through an import() is a block initialised when that import() first runs;
// what starts with a command is its module's static import graph, plus the bundle's own (the
// library's). These graphs are read from esbuild's metafile of the same sources: a static import of
// the .docx writer in validate's path would show here as the chain that brings it in.
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const HEAVY = ['markdown-it', 'htmlparser2', 'domhandler', 'handlebars', '@inquirer/prompts', 'chokidar', 'saxes', 'yauzl', '@pdf-lib/standard-fonts', 'playwright-core'];

let metafile: Metafile | undefined;
async function inputs(): Promise<Metafile['inputs']> {
  metafile ??= (await build({ entryPoints: ['src/bundle.ts'], bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, external: ['piscina'], logLevel: 'error' })).metafile;
  return metafile.inputs;
}

/** The packages a file's static imports reach, each with the chain of our files that brings it in. */
async function eagerPackages(...entries: string[]): Promise<Map<string, string>> {
  const all = await inputs();
  const from = new Map<string, string | undefined>(entries.map((e) => [e, undefined]));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    expect(all[file], file).toBeDefined();
    for (const imported of all[file]!.imports) {
      if (imported.kind === 'dynamic-import' || imported.external || from.has(imported.path)) continue;
      from.set(imported.path, file);
      queue.push(imported.path);
    }
  }
  const packages = new Map<string, string>();
  for (const file of from.keys()) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
    if (name === undefined || packages.has(name)) continue;
    const chain: string[] = [];
    for (let at = from.get(file); at !== undefined; at = from.get(at)) if (!at.includes('node_modules/')) chain.push(at);
    packages.set(name, chain.join(' ← '));
  }
  return packages;
}

const heavyIn = (packages: Map<string, string>, allowed: string[] = []) =>
  HEAVY.filter((p) => packages.has(p) && !allowed.includes(p)).map((p) => `${p} ← ${packages.get(p)}`);

describe('each subcommand loads only what it needs', () => {
  it('the bundle itself (CLI entry and library) starts none of the writers, readers or prompts', async () => {
    expect(heavyIn(await eagerPackages('src/bundle.ts'))).toEqual([]);
  });

  it('validate, presets and schema start no docx writer or reader, no markdown-it, htmlparser2, Handlebars or prompts', async () => {
    for (const command of ['validate', 'presets', 'schema']) {
      expect(heavyIn(await eagerPackages('src/bundle.ts', `src/cli/commands/${command}.ts`)), command).toEqual([]);
    }
  });

  it('render and batch start the writer only when a plan is rendered, and no prompts, watcher or reader', async () => {
    for (const command of ['render', 'batch']) {
      expect(heavyIn(await eagerPackages('src/bundle.ts', `src/cli/commands/${command}.ts`)), command).toEqual([]);
    }
    // The render task itself does bring the writer in: the graph above is not empty by accident.
    expect(heavyIn(await eagerPackages('src/batch/render-task.ts'))).toEqual(expect.arrayContaining([expect.stringMatching(/^htmlparser2 ← /), expect.stringMatching(/^handlebars ← /)]));
  });
});
