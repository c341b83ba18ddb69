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

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Letters, digits, '-', '_', ':', '.'. */
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 58) || c === 45 || c === 95 || c === 46;

/** A top-level element: its exact text, and where it starts in the markup. */
export interface Chunk {
  text: string;
  start: number;
}

/** The top-level elements of `markup`, or undefined (see above). */
export function topLevelChunks(markup: string): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  const open: string[] = [];
  let chunkStart = -1;
  let i = 0;
  while (i < markup.length) {
    const lt = markup.indexOf('<', i);
    if (lt < 0) break;
    // Text between top-level elements is never part of the model (markup-to-model reads elements).
    let j = lt + 1;
    const closing = markup[j] === '/';
    if (closing) j += 1;
    if (!isLetter(markup.charCodeAt(j))) return undefined;
    const nameStart = j;
    while (j < markup.length && isNameChar(markup.charCodeAt(j))) j += 1;
    const name = markup.slice(nameStart, j).toLowerCase();
    // The tag's end: the first '>' outside a quoted attribute value.
    let quote = 0;
    for (; j < markup.length; j++) {
      const c = markup.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c; // " '
      else if (c === 62) break; // >
      else if (c === 60) return undefined; // <
    }
    if (j >= markup.length) return undefined;
    const selfClosing = markup.charCodeAt(j - 1) === 47; // /
    i = j + 1;
    if (RAW_TEXT.has(name)) return undefined;
    if (closing) {
      if (open.pop() !== name) return undefined;
      if (open.length === 0) {
        chunks.push({ text: markup.slice(chunkStart, i), start: chunkStart });
        chunkStart = -1;
      }
    } else if (!selfClosing && !VOID.has(name)) {
      if (open.length === 0) chunkStart = lt;
      open.push(name);
    } else if (open.length === 0) {
      // A top-level void or self-closed element is a piece of its own.
      chunks.push({ text: markup.slice(lt, i), start: lt });
    }
  }
  return open.length === 0 ? chunks : undefined;
}
