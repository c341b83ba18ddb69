// Handlebars setup: the templates/ folder, its helpers, compiled once per process.
// Compiling the templates costs ~130 ms of a cold start, so the build precompiles the shipped ones
// (used while templates/ holds the same text): into the bundle itself, as functions, so that V8's code cache
// holds them with the rest of parplan (bin/bundle.mjs), and into dist/templates.precompiled.json for
// code run from source. An edited template folder, or another one, is compiled at run time as before.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import Handlebars from 'handlebars/runtime.js';
import { renderInlineMarkdown } from './inline-markdown.js';
import { packagePath } from '../package-root.js';
import { BUNDLED_TEMPLATES, type PrecompiledSpecs } from './precompiled-templates.js';
import { keptByContext, purePartials, type PartialFunction } from './pure-partials.js';

export const DEFAULT_TEMPLATE_DIR = packagePath('templates');
export const PRECOMPILED_FILE = packagePath('dist', 'templates.precompiled.json');
const MAIN_TEMPLATE = 'ke-hoach.hbs';
const COMPILE_OPTIONS = { strict: true, preventIndent: true } as const;

export type CompiledTemplate = (context: object) => string;

/** The text of a template folder's main template and partials. */
export interface TemplateSources {
  main: string;
  partials: Record<string, string>;
}

/** Precompiled template specs (JavaScript source text, as Handlebars.precompile gives it). */
interface Precompiled {
  /** The text they were made from: they stand for a folder only while it holds the same. */
  sources: TemplateSources;
  main: string;
  partials: Record<string, string>;
  /** The partials that read nothing but their context (pure-partials.ts), each rendered once per context object. */
  pure: string[];
}

const cache = new Map<string, CompiledTemplate>();

/**
 * Handlebars with its compiler, loaded only to compile (a template folder of one's own, an edited
 * one, the build's precompile): the shipped templates run on the runtime alone, so the compiler (its
 * parser, code generator and source-map) is not in the bundle (125 KB less). Estimated at ~4 ms of a
 * cold render; 20 interleaved runs did not show it above the machine's noise (issue 12). Through
 * createRequire, which the bundle leaves to Node: the package is a dependency, beside the bundle.
 */
let withCompiler: typeof Handlebars | undefined;
function handlebarsCompiler(): typeof Handlebars {
  return (withCompiler ??= createRequire(import.meta.url)('handlebars') as typeof Handlebars);
}

/** The main template of a folder, with its partials/ registered; compiled on first use only.
 * `keepPure: false` renders every partial every time (the tests' reference for kept outputs). */
export function loadTemplate(dir: string = DEFAULT_TEMPLATE_DIR, { keepPure = true }: { keepPure?: boolean } = {}): CompiledTemplate {
  const key = keepPure ? dir : `${dir}\0every time`;
  const cached = cache.get(key);
  if (cached) return cached;
  const sources = readTemplateSources(dir);
  const precompiled = readPrecompiled(sources);
  // Precompiled specs stand for the whole folder or not at all (sameSources).
  const hb = (precompiled ? Handlebars : handlebarsCompiler()).create();
  registerHelpers(hb);
  const pure = new Set(keepPure ? (precompiled?.pure ?? purePartialNames(sources)) : []);
  for (const [name, source] of Object.entries(sources.partials)) {
    const spec = precompiled?.partials[name];
    const partial = namedPartial(name, (spec ? hb.template(spec) : hb.compile(source, COMPILE_OPTIONS)) as PartialFunction);
    hb.registerPartial(name, pure.has(name) ? keptByContext(partial) : partial);
  }
  const main = precompiled ? hb.template(precompiled.main) : hb.compile(sources.main, COMPILE_OPTIONS);
  const template: CompiledTemplate = (context) => main(context);
  cache.set(key, template);
  return template;
}

/** The template file an error was thrown in, when a partial threw it ("partials/khoi.hbs"): a
 * province that edited its templates is told which file to open. */
const thrownIn = new WeakMap<object, string>();

export function templateFileOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? thrownIn.get(error) : undefined;
}

/** The innermost partial names the error: a partial's own error passes through the partials that called it. */
function namedPartial(name: string, partial: PartialFunction): PartialFunction {
  const file = `partials/${name}.hbs`;
  return (context, options) => {
    try {
      return partial(context, options);
    } catch (e) {
      if (typeof e === 'object' && e !== null && !thrownIn.has(e)) thrownIn.set(e, file);
      throw e;
    }
  };
}

/** Forgets compiled templates (render --watch, after a template file changed). */
export function clearTemplateCache(): void {
  cache.clear();
}

/** Build step: the specs of a template folder, to be written to PRECOMPILED_FILE. */
export function precompileTemplates(dir: string = DEFAULT_TEMPLATE_DIR): Precompiled {
  const sources = readTemplateSources(dir);
  const { precompile } = handlebarsCompiler();
  return {
    sources: { main: sources.main, partials: sources.partials },
    main: String(precompile(sources.main, COMPILE_OPTIONS)),
    partials: Object.fromEntries(Object.entries(sources.partials).map(([name, s]) => [name, String(precompile(s, COMPILE_OPTIONS))])),
    pure: purePartialNames(sources),
  };
}

/** The partials of a folder that read nothing but their context, from their syntax (the compiler's parser).
 * One that does not parse is left out, so neither it nor a partial calling it is taken as pure: its
 * error comes when it is rendered, as the template problem it is (PP302). */
function purePartialNames(sources: TemplateSources): string[] {
  const { parse } = handlebarsCompiler();
  const trees: Record<string, ReturnType<typeof parse>> = {};
  for (const [name, source] of Object.entries(sources.partials)) {
    try {
      trees[name] = parse(source);
    } catch {
      // Left out (above).
    }
  }
  return [...purePartials(trees)].sort();
}

/**
 * The templates of a folder. A folder of one's own holds the files it changes and need not hold the
 * rest: a ke-hoach.hbs or a partial it lacks is parplan's own (a province that changes the Nơi nhận
 * copies partials/noi-nhan.hbs alone). A partial only it has is added.
 */
function readTemplateSources(dir: string): TemplateSources {
  const shippedFolder = resolve(dir) === resolve(DEFAULT_TEMPLATE_DIR);
  if (!shippedFolder && !statSync(dir).isDirectory()) throw new Error(`${dir}: not a folder`);
  const own = readFolderSources(dir);
  const shipped = shippedFolder ? { main: undefined, partials: {} } : readFolderSources(DEFAULT_TEMPLATE_DIR);
  const main = own.main ?? shipped.main;
  if (main === undefined) throw new Error(`${join(DEFAULT_TEMPLATE_DIR, MAIN_TEMPLATE)}: parplan's main template is missing`);
  const partials: Record<string, string> = { ...shipped.partials, ...own.partials };
  return { main, partials: Object.fromEntries(Object.keys(partials).sort().map((name) => [name, partials[name]!])) };
}

/** The main template and partials a folder holds; a file or the partials folder it lacks is left out. */
function readFolderSources(dir: string): { main: string | undefined; partials: Record<string, string> } {
  const partialsDir = join(dir, 'partials');
  const partials: Record<string, string> = {};
  for (const name of readFolderIfAny(partialsDir).filter((f) => f.endsWith('.hbs')).sort()) {
    // A partial file's final newline is the editor's, not content: "về …" + ";" must not gain a space.
    const source = readFileSync(join(partialsDir, name), 'utf8').replace(/\r?\n$/, '');
    partials[basename(name, '.hbs')] = source;
  }
  return { main: readFileIfAny(join(dir, MAIN_TEMPLATE)), partials };
}

const missing = (e: unknown): boolean => (e as NodeJS.ErrnoException).code === 'ENOENT';

function readFolderIfAny(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (e) {
    if (missing(e)) return [];
    throw e;
  }
}

function readFileIfAny(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (missing(e)) return undefined;
    throw e;
  }
}

function readPrecompiled(sources: TemplateSources): PrecompiledSpecs | undefined {
  if (BUNDLED_TEMPLATES !== undefined) return sameSources(BUNDLED_TEMPLATES.sources, sources) ? BUNDLED_TEMPLATES : undefined;
  if (!existsSync(PRECOMPILED_FILE)) return undefined;
  const precompiled = JSON.parse(readFileSync(PRECOMPILED_FILE, 'utf8')) as Precompiled;
  if (precompiled.sources === undefined || !sameSources(precompiled.sources, sources)) return undefined;
  return {
    sources,
    main: evaluateSpec(precompiled.main),
    partials: Object.fromEntries(Object.entries(precompiled.partials).map(([name, spec]) => [name, evaluateSpec(spec)])),
    pure: precompiled.pure ?? [],
  };
}

/** The same text, compared whole (a hash would start node:crypto, ~5 ms of a cold render, for 12 KB). */
function sameSources(a: TemplateSources, b: TemplateSources): boolean {
  const names = Object.keys(b.partials);
  return a.main === b.main && Object.keys(a.partials).length === names.length && names.every((name) => a.partials[name] === b.partials[name]);
}

/** Build step: the bundle's precompiled-templates.ts, with the specs of a template folder as functions. */
export function precompiledTemplatesModule(dir: string = DEFAULT_TEMPLATE_DIR): string {
  const { sources, main, partials, pure } = precompileTemplates(dir);
  const entries = Object.entries(partials).map(([name, spec]) => `${JSON.stringify(name)}: ${spec}`);
  return `// Written by bin/bundle.mjs from templates/ (src/render/templates.ts).\nexport const BUNDLED_TEMPLATES = { sources: ${JSON.stringify(sources)}, main: ${main}, partials: { ${entries.join(',\n')} }, pure: ${JSON.stringify(pure)} };\n`;
}

/** A spec is a JavaScript object literal produced by our own build from our own templates. */
function evaluateSpec(spec: string): TemplateSpecification {
  return new Function(`return ${spec};`)() as TemplateSpecification;
}

export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('md', (text: unknown) => {
    if (typeof text !== 'string') throw new Error(`md: expected text, got ${typeof text}`);
    return new hb.SafeString(renderInlineMarkdown(text));
  });
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
}
