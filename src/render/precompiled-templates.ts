// The shipped templates' specs, precompiled. When parplan runs from source (tests, tsc's dist/*.js)
// there are none here and templates.ts reads dist/templates.precompiled.json; the bundle
// (bin/bundle.mjs) replaces this module with one holding the specs as functions, which V8's code
// cache then keeps compiled with the rest of parplan.
import type { TemplateSpecification } from './templates.js';

export interface PrecompiledSpecs {
  /** sha256 of the templates/ folder's files (templates.ts, readTemplateSources). */
  hash: string;
  main: TemplateSpecification;
  partials: Record<string, TemplateSpecification>;
}

export const BUNDLED_TEMPLATES: PrecompiledSpecs | undefined = undefined;
