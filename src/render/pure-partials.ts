// Partials whose output is a function of their own context alone, so that a context object
// rendered once need not be rendered again (issue 12: a batch's units share most of their base
// plan's blocks, and each unit rendered every one of them anew).
//
// Decided from the templates' syntax, conservatively: a partial is pure when it and every partial
// it names read nothing but its context. Anything that could reach past it makes it impure:
//   - a path into an outer context (`../x`, `../this`) or into the data frames (`@root`, `@index`,
//     `@first`, `@key`, `@partial-block`…): these differ between two calls with the same context;
//   - a partial chosen at run time (`{{> (lookup …)}}`), a partial block, an inline partial, a
//     decorator: what they render is not known from the text;
//   - the `log` helper, whose effect a kept output would skip;
//   - a call of an impure partial, or of one the folder does not have.
// Helpers are parplan's own (md, eq, or) and Handlebars' built-ins (if, unless, each, with,
// lookup), all functions of their arguments: a template folder cannot register others.
import type Handlebars from 'handlebars';

/** A template's syntax tree, as Handlebars' parser gives it. */
export type ParsedTemplate = ReturnType<typeof Handlebars.parse>;
type Node = ParsedTemplate['body'][number] | ParsedTemplate;
type Visit = (node: unknown) => boolean;

const IMPURE_HELPERS = new Set(['log']);

/** The names of the partials that are pure, given each partial's syntax tree. */
export function purePartials(partials: Readonly<Record<string, ParsedTemplate>>): Set<string> {
  const verdict = new Map<string, boolean>();
  const isPure = (name: string): boolean => {
    const known = verdict.get(name);
    if (known !== undefined) return known;
    const tree = partials[name];
    if (tree === undefined) return false;
    // A partial that calls itself (khoi for its sub-blocks) is pure if the rest of it is.
    verdict.set(name, true);
    const pure = readsOnlyItsContext(tree, isPure);
    verdict.set(name, pure);
    return pure;
  };
  return new Set(Object.keys(partials).filter(isPure));
}

function readsOnlyItsContext(tree: Node, partialIsPure: (name: string) => boolean): boolean {
  const visit: Visit = (value) => {
    if (Array.isArray(value)) return value.every(visit);
    if (typeof value !== 'object' || value === null) return true;
    const node = value as { type?: unknown } & Record<string, unknown>;
    switch (node.type) {
      case 'PathExpression':
        return node.data !== true && node.depth === 0 && !String(node.original).startsWith('../');
      case 'PartialStatement': {
        const name = node.name as { type?: string; original?: string; data?: boolean; depth?: number } | undefined;
        if (name?.type !== 'PathExpression' || name.data === true || name.depth !== 0 || name.original === undefined) return false;
        return partialIsPure(name.original) && visit(node.params) && visit(node.hash);
      }
      case 'PartialBlockStatement':
      case 'DecoratorBlock':
      case 'Decorator':
        return false;
      case 'MustacheStatement':
      case 'BlockStatement':
      case 'SubExpression': {
        const path = node.path as { type?: string; original?: string } | undefined;
        if (path?.type === 'PathExpression' && IMPURE_HELPERS.has(String(path.original))) return false;
        return visit(node.path) && visit(node.params) && visit(node.hash) && visit(node.program) && visit(node.inverse);
      }
      case 'Program':
        return visit(node.body);
      case 'Hash':
        return visit(node.pairs);
      case 'HashPair':
        return visit(node.value);
      case 'ContentStatement':
      case 'CommentStatement':
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
      case 'UndefinedLiteral':
      case 'NullLiteral':
        return true;
      default:
        // A node this reading does not know: not taken as pure.
        return false;
    }
  };
  return visit(tree);
}

export type PartialFunction = (context: unknown, options?: unknown) => string;

/**
 * A pure partial that renders each context object once: its output is kept by the object (a
 * WeakMap, so it goes with the object). The objects it sees are the view's, which nothing changes
 * after buildView made them (view.ts freezes the ones it shares between plans). Text, numbers and
 * other values that are not objects are rendered each time.
 */
export function keptByContext(partial: PartialFunction): PartialFunction {
  const kept = new WeakMap<object, string>();
  return (context, options) => {
    if (typeof context !== 'object' || context === null) return partial(context, options);
    let output = kept.get(context);
    if (output === undefined) {
      output = partial(context, options);
      kept.set(context, output);
    }
    return output;
  };
}
