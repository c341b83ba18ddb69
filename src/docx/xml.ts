// WordprocessingML is written as strings, in one pass over the model (issue 12: the docx package's
// object model and serialiser took 48 of a warm render's 82 ms). The markup is the same, byte for
// byte, as docx 9 wrote it: elements in the schema's order, attributes in its order, and the same
// escaping (text and attribute values escape & " ' < >, and the control characters XML 1.0 forbids
// are dropped, so no input can make the part unreadable).

export type Xml = string;

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

export function escapeXml(value: string): string {
  return value.replace(NEEDS_ESCAPE, (char) => ESCAPES[char] ?? '');
}

/** The XML declaration docx wrote: parts of the main document name themselves standalone. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
export const XML_DECLARATION_STANDALONE = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
