// Handlebars setup: the templates/ folder, its helpers, compiled once per process.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { renderInlineMarkdown } from './inline-markdown.js';

export const DEFAULT_TEMPLATE_DIR = join(import.meta.dirname, '..', '..', 'templates');
const MAIN_TEMPLATE = 'ke-hoach.hbs';

export type CompiledTemplate = (context: object) => string;

const cache = new Map<string, CompiledTemplate>();

/** The main template of a folder, with its partials/ registered; compiled on first use only. */
export function loadTemplate(dir: string = DEFAULT_TEMPLATE_DIR): CompiledTemplate {
  const cached = cache.get(dir);
  if (cached) return cached;
  const hb = Handlebars.create();
  registerHelpers(hb);
  const partialsDir = join(dir, 'partials');
  for (const name of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'))) {
    // A partial file's final newline is the editor's, not content: "về …" + ";" must not gain a space.
    const source = readFileSync(join(partialsDir, name), 'utf8').replace(/\r?\n$/, '');
    hb.registerPartial(basename(name, '.hbs'), hb.compile(source, { strict: true, preventIndent: true }));
  }
  const main = hb.compile(readFileSync(join(dir, MAIN_TEMPLATE), 'utf8'), { strict: true, preventIndent: true });
  const template: CompiledTemplate = (context) => main(context);
  cache.set(dir, template);
  return template;
}

function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('md', (text: unknown) => {
    if (typeof text !== 'string') throw new Error(`md: expected text, got ${typeof text}`);
    return new hb.SafeString(renderInlineMarkdown(text));
  });
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
}
