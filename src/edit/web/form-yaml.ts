// The form's writes into the plan's YAML through yaml's Document API, so that comments, key order and
// the clerk's quoting survive: a value is changed in its own node, and only the lines that change are
// replaced in the text (yaml's printer would otherwise respace flow collections like "{ a: 1 }" elsewhere).
import { isScalar, isSeq, parseDocument, type Document } from 'yaml';

export type FormPath = (string | number)[];
export type Mutation = (doc: Document) => void;

/** The text after `mutate`, or undefined when the YAML cannot be read (the form waits for a fix). */
export function editYaml(text: string, mutate: Mutation): string | undefined {
  const crlf = text.includes('\r\n');
  const source = crlf ? text.replace(/\r\n/g, '\n') : text;
  const doc = parseDocument(source);
  if (doc.errors.length > 0) return undefined;
  const original = source.split('\n');
  // yaml prints every flow collection one way ("[a, b]" or "[ a, b ]"); a file may hold both.
  const print = (padding: boolean) => doc.toString({ lineWidth: 0, flowCollectionPadding: padding }).split('\n');
  const before = [print(false), print(true)] as const;
  mutate(doc);
  const after = [print(false), print(true)] as const;
  const splice = (i: 0 | 1) => {
    const b = before[i];
    const a = after[i];
    if (original.length !== b.length) return { lines: a, changed: original };
    let start = 0;
    while (start < b.length && start < a.length && b[start] === a[start]) start++;
    let endBefore = b.length;
    let endAfter = a.length;
    while (endBefore > start && endAfter > start && b[endBefore - 1] === a[endAfter - 1]) {
      endBefore--;
      endAfter--;
    }
    return { lines: [...original.slice(0, start), ...a.slice(start, endAfter), ...original.slice(endBefore)], changed: original.slice(start, endBefore) };
  };
  const plain = splice(0);
  const result = (plain.changed.some((line) => /[[{] \S/.test(line)) ? splice(1) : plain).lines.join('\n');
  return crlf ? result.replace(/\n/g, '\r\n') : result;
}

/** The plan's data as plain values, or undefined when the YAML cannot be read. */
export function readYaml(text: string): unknown {
  const doc = parseDocument(text);
  return doc.errors.length > 0 ? undefined : doc.toJS();
}

/** A scalar field: changed in its node (its comment stays), added when missing, removed when undefined. */
export function setValue(path: FormPath, value: string | number | boolean | null | undefined): Mutation {
  return (doc) => {
    if (value === undefined) {
      if (doc.hasIn(path)) doc.deleteIn(path);
      return;
    }
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.value = value;
    else doc.setIn(path, value);
  };
}

/** A field of one or more lines (a list of strings, or a string or list): items changed in place. */
export function setLines(path: FormPath, lines: string[], allowSingle: boolean): Mutation {
  return (doc) => {
    const node = doc.getIn(path, true);
    if (lines.length === 0) {
      if (doc.hasIn(path)) doc.deleteIn(path);
    } else if (isSeq(node) && node.items.length === lines.length) {
      // One line changed: its node keeps its comment and quoting.
      lines.forEach((line, i) => {
        const item = node.items[i];
        if (isScalar(item)) item.value = line;
        else node.items[i] = doc.createNode(line);
      });
    } else if (isSeq(node)) {
      // Lines added or removed: every line still there keeps its own node (its comment, its quotes).
      const unused = [...node.items];
      node.items = lines.map((line) => {
        const same = unused.findIndex((item) => isScalar(item) && item.value === line);
        return same >= 0 ? unused.splice(same, 1)[0]! : doc.createNode(line);
      });
    } else if (lines.length === 1 && allowSingle) {
      setValue(path, lines[0])(doc);
    } else {
      doc.setIn(path, doc.createNode(lines));
    }
  };
}

export function addItem(path: FormPath, value: unknown): Mutation {
  return (doc) => {
    const node = doc.getIn(path, true);
    if (isSeq(node)) node.items.push(doc.createNode(value));
    else doc.setIn(path, doc.createNode([value]));
  };
}

export function removeItem(path: FormPath, index: number): Mutation {
  return (doc) => {
    doc.deleteIn([...path, index]);
  };
}
