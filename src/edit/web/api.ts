// The page's requests to its server, each carrying the session token (src/edit/server.ts refuses
// any request without it).
import { TOKEN_HEADER, type CheckReply, type PlanInfo, type SaveReply } from '../protocol.js';
import type { EditDiagnostic } from '../protocol.js';

const token = document.querySelector<HTMLMetaElement>('meta[name="parplan-token"]')?.content ?? '';

/** One of the page's bundled files, with the token (a <script> cannot send the header). */
export function assetUrl(file: string): string {
  return `/assets/${file}?t=${encodeURIComponent(token)}`;
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(path, { ...init, headers: { [TOKEN_HEADER]: token, ...(init.headers ?? {}) }, cache: 'no-store' });
}

async function post(path: string, body: string, type = 'text/plain; charset=utf-8'): Promise<Response> {
  return call(path, { method: 'POST', body, headers: { 'content-type': type } });
}

export async function fetchPlan(): Promise<PlanInfo> {
  const res = await call('/api/plan');
  if (!res.ok) throw new Error(`${res.status}`);
  return (await res.json()) as PlanInfo;
}

export async function fetchSchema(): Promise<unknown> {
  const res = await call('/api/schema');
  if (!res.ok) throw new Error(`${res.status}`);
  return res.json();
}

export async function checkText(text: string): Promise<EditDiagnostic[]> {
  const res = await post('/api/check', text);
  if (!res.ok) throw new Error(`${res.status}`);
  return ((await res.json()) as CheckReply).diagnostics;
}

export type DocumentReply = { ok: true; bytes: Blob } | { ok: false; diagnostics: EditDiagnostic[] } | { ok: false; diagnostics: []; detail: string };

/** The .docx (route /api/render) or PDF (/api/pdf) of the text. */
export async function renderText(text: string, kind: 'docx' | 'pdf' = 'docx'): Promise<DocumentReply> {
  const res = await post(kind === 'docx' ? '/api/render' : '/api/pdf', text);
  if (res.ok) return { ok: true, bytes: await res.blob() };
  if (res.status === 422) return { ok: false, diagnostics: ((await res.json()) as CheckReply).diagnostics };
  const detail = res.headers.get('content-type')?.startsWith('application/json') ? String(((await res.json()) as { detail?: string }).detail ?? '') : await res.text();
  return { ok: false, diagnostics: [], detail: detail || String(res.status) };
}

export async function reportText(text: string): Promise<string> {
  const res = await post('/api/report', text);
  if (!res.ok) throw new Error(`${res.status}`);
  return res.text();
}

export async function saveText(text: string, version: string): Promise<SaveReply> {
  const res = await post('/api/save', JSON.stringify({ text, version }), 'application/json');
  if (res.status !== 200 && res.status !== 409) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as SaveReply;
}
