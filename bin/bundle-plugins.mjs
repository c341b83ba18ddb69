// esbuild plugins of bin/bundle.mjs: two libraries' start-up work that a cold `parplan render` paid
// at every run, done the same way but cheaper. Each checks, at build time, that the library file
// still reads as expected and that the result is the same; a changed library stops the build.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** fdir (tinyglobby's folder walker) looks for a picomatch at run time, through a require made from
 * the bundle's own folder: in a clone that found node_modules/picomatch and loaded its six files
 * uncompiled and uncached (~15 ms of every start that lists a folder or matches a glob), and in an
 * installed package, where picomatch is bundled and not installed, it found nothing. It now gets
 * the picomatch already in the bundle (tinyglobby's own), in both. */
export const fdirBundledPicomatch = {
  name: 'fdir-bundled-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const lookup = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
      if (!lookup.test(source)) throw new Error(`${args.path}: fdir no longer loads picomatch as bin/bundle-plugins.mjs expects`);
      return {
        contents: `import __bundledPicomatch from "picomatch";\n${source.replace(lookup, 'pm = __bundledPicomatch;')}`,
        loader: 'js',
        resolveDir: path.dirname(args.path),
      };
    });
  },
};

/** entities 4 (markdown-it's and dom-serializer's copies) builds its decoding tables at load by
 * splitting a 15,000-character string and mapping each character to its code: 15,000 calls in the
 * interpreter, ~5 ms a copy at every start. The same table now comes from base64 (decoded
 * natively), checked equal to the original at build time. Little-endian bytes; a big-endian
 * machine swaps them. */
export const entitiesTables = {
  name: 'entities-tables',
  setup(build) {
    build.onLoad({ filter: /[\\/]entities[\\/]lib[\\/]esm[\\/]generated[\\/]decode-data-(html|xml)\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const table = /export default new Uint16Array\(\s*(?:\/\/ prettier-ignore\s*)?("(?:[^"\\]|\\.)*")\s*\.split\(""\)\s*\.map\(\(c\) => c\.charCodeAt\(0\)\)\);/.exec(source);
      if (!table) throw new Error(`${args.path}: entities no longer writes its table as bin/bundle-plugins.mjs expects`);
      const original = new Uint16Array(new Function(`return ${table[1]};`)().split('').map((c) => c.charCodeAt(0)));
      const bytes = Buffer.alloc(original.length * 2);
      original.forEach((code, i) => bytes.writeUInt16LE(code, i * 2));
      const base64 = bytes.toString('base64');
      const decoded = Buffer.from(base64, 'base64');
      if (decoded.length !== bytes.length || !decoded.equals(bytes)) throw new Error(`${args.path}: the table does not survive base64`);
      const replacement = `const bytes = Buffer.from(${JSON.stringify(base64)}, "base64");
if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 0) bytes.swap16();
export default new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));`;
      return { contents: source.replace(table[0], replacement), loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/** The source file matching `filter` replaced by `contents` (JavaScript) made by the build. */
export function replaceModule(filter, contents) {
  return {
    name: 'replace-module',
    setup(build) {
      build.onLoad({ filter }, (args) => ({ contents, loader: 'js', resolveDir: path.dirname(args.path) }));
    },
  };
}

/** node:child_process (with net's sockets and dgram) started with the bundle, because commander
 * requires it at load for executable subcommands, which parplan has none of; the PDF and editor
 * modules call it only with --pdf and in `init`. Every import of it now gets functions that start
 * it on first call. Its class ChildProcess is left out: an import of it stops the build (esbuild:
 * no matching export), so nothing can get an undefined one. */
export const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    const functions = ['exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync'];
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === 'parplan-lazy' ? { path: 'node:child_process', external: true } : { path: 'child_process', namespace: 'parplan-lazy' },
    );
    build.onLoad({ filter: /^child_process$/, namespace: 'parplan-lazy' }, () => ({
      contents: [
        'let started;',
        "const start = () => (started ??= require('node:child_process'));",
        ...functions.map((name) => `export function ${name}(...args) { return start().${name}(...args); }`),
        `export default { ${functions.join(', ')} };`,
      ].join('\n'),
      loader: 'js',
    }));
  },
};
