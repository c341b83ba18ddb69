// Reading parsed plan data by the JSON Pointers diagnostics carry ("/noi_dung/0/muc").

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value a JSON Pointer names in parsed data, undefined when the path leaves it. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const seg of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}
