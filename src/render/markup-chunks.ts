// The template output cut into its top-level elements, as text, without parsing it: a batch's units
// share most of their base plan's blocks, and --watch and edit re-render a plan of which one block
// changed, so markup-to-model.ts keeps each element's model by the element's text and parses only
// the elements it has not seen (issue 12: parsing the markup and reading its runs was most of
// building the model).
//
// A cut is made only where the markup is plainly well formed: each piece opens with <x …> and
// closes with its own </x>, tags nest (void elements and <… /> aside), attribute values are quoted.
// Then htmlparser2's stack is empty at every cut (a piece closes what it opened, and a closing tag
// pops whatever an HTML rule left open inside it), so parsing a piece alone gives what parsing it
// in place gives. Anything else (a comment, a CDATA or processing instruction, <script>/<style>
// raw text, a stray closing tag, a '<' that starts no tag) gives undefined: the caller parses the
// whole markup, as before.

/** HTML's void elements, which htmlparser2 never expects to be closed. */
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content htmlparser2 reads as raw text, where '<' starts no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** A top-level element: its exact text, where it starts in the markup, and what `known` said of it. */
export interface Chunk<T = unknown> {
  text: string;
  start: number;
  known?: T;
}

/**
 * One tag: `<`, an optional `/`, a name (a letter, then letters, digits, '-', '_', ':', '.'), then up
 * to `>` anything but `<`, `>` and quotes, or quoted values (which may hold both). A `<` that starts
 * no such tag matches the last alternative alone. The regular expression finds the tags natively;
 * the loop of character tests it replaced was half of a warm render's markup reading (issue 12).
 */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9_:.-]*)(?:[^<>"']|"[^"]*"|'[^']*')*>|</g;

/**
 * The top-level elements of `markup`, or undefined (see above). `known` is asked about an element's
 * text up to the first closing tag of its name; what it knows is an element cut before, so checked
 * as well formed (markup-to-model's kept readings): it is taken whole, its tags not read again. It
 * is also told the index the element would have among the chunks.
 */
export function topLevelChunks<T>(markup: string, known?: (text: string, index: number) => T | undefined): Chunk<T>[] | undefined {
  const chunks: Chunk<T>[] = [];
  const open: string[] = [];
  let chunkStart = -1;
  TAG.lastIndex = 0;
  // Text between top-level elements is never part of the model (markup-to-model reads elements).
  for (let match = TAG.exec(markup); match !== null; match = TAG.exec(markup)) {
    const rawName = match[2];
    if (rawName === undefined) return undefined;
    const lt = match.index;
    const i = TAG.lastIndex;
    const name = rawName.toLowerCase();
    if (RAW_TEXT.has(name)) return undefined;
    if (match[1] === '/') {
      if (open.pop() !== name) return undefined;
      if (open.length === 0) {
        chunks.push({ text: markup.slice(chunkStart, i), start: chunkStart });
        chunkStart = -1;
      }
    } else if (markup.charCodeAt(i - 2) !== 47 && !VOID.has(name)) {
      if (open.length === 0 && known !== undefined) {
        const close = markup.indexOf(`</${rawName}>`, i);
        const end = close + rawName.length + 3;
        const text = close < 0 ? '' : markup.slice(lt, end);
        const read = close < 0 ? undefined : known(text, chunks.length);
        if (read !== undefined) {
          chunks.push({ text, start: lt, known: read });
          TAG.lastIndex = end;
          continue;
        }
      }
      if (open.length === 0) chunkStart = lt;
      open.push(name);
    } else if (open.length === 0) {
      // A top-level void or self-closed element is a piece of its own.
      chunks.push({ text: markup.slice(lt, i), start: lt });
    }
  }
  return open.length === 0 ? chunks : undefined;
}
