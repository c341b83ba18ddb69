// Text from a plan (a key, a value, a file name) printed to a terminal or a CI log must not act on
// it: an ESC starts a colour change or sets the window title, a bidi override reorders what the
// reader sees, a line break forges another report line (issue 9). Every such character is shown as
// its escape, visible and inert: "k\u001b[31m" prints as k\u001b[31m.
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function inert(text: string): string {
  if (!ACTIVE.test(text)) return text;
  ACTIVE.lastIndex = 0;
  return text.replace(ACTIVE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same, one character per character (a code frame's caret must stay under its column). */
export function inertSameWidth(text: string): string {
  return text.replace(ACTIVE, (c) => (c === '\t' ? ' ' : '?'));
}
