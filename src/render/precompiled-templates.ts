// The shipped templates' specs, precompiled. When parplan runs from source (tests, tsc's dist/*.js)
// there are none here and templates.ts reads dist/templates.precompiled.json; the bundle
// (bin/bundle.mjs) replaces this module with one holding the specs as functions, which V8's code
// cache then keeps compiled with the rest of parplan.
import type { TemplateSources, TemplateSpecification } from './templates.js';

export interface PrecompiledSpecs {
  /** The templates' text they were made from (templates.ts uses them only for the same text). */
  sources: TemplateSources;
  main: TemplateSpecification;
  partials: Record<string, TemplateSpecification>;
  /** The partials rendered once per context object (pure-partials.ts). */
  pure: readonly string[];
}

export const BUNDLED_TEMPLATES: PrecompiledSpecs | undefined = undefined;
