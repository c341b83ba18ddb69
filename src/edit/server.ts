// parplan edit's local server (issue 14): node:http on 127.0.0.1 only, a random port unless one is
// asked for, and before any route: the Host header must name this server (no DNS rebinding), an
// Origin header, when sent, must be this server (no cross-site request), and the session's random
// token must come with the request (in the URL or the x-parplan-token header). Then a fixed table
// of routes: the page, its three bundled files, the schema, the plan's text, its diagnostics, its .docx,
// its PDF (when LibreOffice is there), the validate report, and save. Nothing else on disk is read or
// written: no route takes a path from the request. Bodies are bounded. The work itself is done by
// plan-service.ts, with the CLI's own functions: checks on this thread, renders on a thread of their
// own (renderer.ts), which starts with the server and renders the plan on disk while the browser loads.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lang } from '../diagnostics/messages.js';
import { decodePlanBytes } from '../parse/decode-text.js';
import { MAX_PLAN_BYTES } from '../parse/read-plan-file.js';
import { writeFileAtomically } from '../output/write-atomic.js';
import { packagePath } from '../package-root.js';
import { pageHtml } from './page-html.js';
import type { DocxOutcome, PlanSettings } from './plan-service.js';
import { startRenderer } from './renderer.js';
import { TOKEN_HEADER, type EditDiagnostic, type PlanInfo, type SaveReply, type SaveRequest } from './protocol.js';

export interface EditServerOptions {
  /** Absolute path of the plan being edited: the only file the server reads or writes for the user. */
  file: string;
  /** The plan's name as the clerk gave it (in messages and the page's title). */
  name: string;
  lang: Lang;
  /** 0 (default): a random free port. */
  port?: number;
  /** LibreOffice's soffice, when found: "Tải PDF" is offered only then. */
  soffice?: string | undefined;
  env?: Record<string, string | undefined>;
  /** Tests pin it; otherwise 32 random bytes. */
  token?: string;
  /** The config's templates folder and rule levels. */
  settings?: PlanSettings;
  /** Told each step of the start and each request served ("GET /api/render 200") as it happens:
   * `parplan edit` prints them with their times when PARPLAN_EDIT_TIMES is set. */
  onStep?: (step: string) => void;
}

export interface EditServer {
  port: number;
  token: string;
  /** The page's address, token included. */
  url: string;
  close(): Promise<void>;
}

/** A plan's largest size (as parplan reads one) plus room for the JSON around it. */
export const MAX_BODY_BYTES = MAX_PLAN_BYTES + 64 * 1024;

const ASSET_FILES = {
  '/assets/edit.js': { file: packagePath('dist', 'edit-page', 'edit.js'), type: 'text/javascript; charset=utf-8' },
  '/assets/edit-editor.js': { file: packagePath('dist', 'edit-page', 'edit-editor.js'), type: 'text/javascript; charset=utf-8' },
  '/assets/edit.css': { file: packagePath('dist', 'edit-page', 'edit.css'), type: 'text/css; charset=utf-8' },
} as const;

const SECURITY_HEADERS = {
  // The page runs only its own bundled script; docx-preview writes <style> elements and shows images as blob: URLs.
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // The token is in the page's address: never send it on.
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
} as const;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The checks, the report and the PDF: loaded with the first of them, not before the page's address is printed. */
const service = () => import('./plan-service.js');

export async function startEditServer(options: EditServerOptions): Promise<EditServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const assets = new Map<string, { bytes: Buffer; type: string }>();
  for (const [route, asset] of Object.entries(ASSET_FILES)) {
    try {
      assets.set(route, { bytes: await readFile(asset.file), type: asset.type });
    } catch {
      throw new Error(`the edit page's files are missing (${asset.file}): run npm run build`);
    }
  }
  const schema = await readFile(packagePath('schemas', 'plan.schema.json'));
  const soffice = options.soffice;
  const env = options.env ?? {};
  const { file, name, lang } = options;
  const settings = options.settings ?? {};
  const step = options.onStep ?? (() => undefined);
  let port = 0;

  // The last rendering, by its text. The first is the plan on disk, started before the server listens
  // (on the render thread, while this one serves the page and the browser loads it), so the page's
  // first preview gets a finished document; "Tải .docx" right after a preview reuses its bytes.
  const renderer = startRenderer(name, lang, settings);
  let lastRender: { text: string; outcome: Promise<DocxOutcome> } | undefined;
  const render = (text: string) => {
    if (lastRender?.text !== text) lastRender = { text, outcome: renderer.render(text) };
    return lastRender.outcome;
  };
  void readDisk(file)
    .then((disk) => render(disk.text))
    .then(
      () => step('first render done'),
      () => undefined,
    );
  // The last check, by its text: the page asks for the first one as soon as its document shows, and
  // the editor's own first check, once mounted, gets that answer.
  let lastCheck: { text: string; diagnostics: Promise<EditDiagnostic[]> } | undefined;
  const check = (text: string) => {
    if (lastCheck?.text !== text) lastCheck = { text, diagnostics: service().then((s) => s.checkPlanText(name, text, lang, settings)) };
    return lastCheck.diagnostics;
  };

  // Saves run one after another, so two clicks cannot interleave their check and write.
  let saving: Promise<unknown> = Promise.resolve();

  const routes: Record<string, Handler> = {
    'GET /': async (_req, res) => send(res, 200, 'text/html; charset=utf-8', pageHtml({ token, lang, name })),
    'GET /assets/edit.js': async (_req, res) => sendAsset(res, '/assets/edit.js'),
    'GET /assets/edit-editor.js': async (_req, res) => sendAsset(res, '/assets/edit-editor.js'),
    'GET /assets/edit.css': async (_req, res) => sendAsset(res, '/assets/edit.css'),
    'GET /api/schema': async (_req, res) => send(res, 200, 'application/json; charset=utf-8', schema),
    'GET /api/plan': async (_req, res) => {
      const disk = await readDisk(file);
      const info: PlanInfo = { text: disk.text, version: disk.version, name, pdf: soffice !== undefined };
      sendJson(res, 200, info);
    },
    'POST /api/check': async (req, res) => sendJson(res, 200, { diagnostics: await check(await readBody(req)) }),
    'POST /api/report': async (req, res) => {
      const text = await readBody(req);
      send(res, 200, 'text/plain; charset=utf-8', (await service()).reportPlanText(name, text, lang, settings));
    },
    'POST /api/render': async (req, res) => {
      const outcome = await render(await readBody(req));
      if (!outcome.ok) sendJson(res, 422, { diagnostics: outcome.diagnostics });
      else send(res, 200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from(outcome.bytes));
    },
    'POST /api/pdf': async (req, res) => {
      if (soffice === undefined) throw new HttpError(404, 'LibreOffice not found');
      const outcome = await render(await readBody(req));
      if (!outcome.ok) return sendJson(res, 422, { diagnostics: outcome.diagnostics });
      const pdf = await (await service()).docxToPdf(soffice, outcome.bytes, env);
      if (!pdf.ok) return sendJson(res, 502, { detail: pdf.detail });
      send(res, 200, 'application/pdf', Buffer.from(pdf.bytes));
    },
    'POST /api/save': async (req, res) => {
      const request = parseSave(await readBody(req));
      const reply = saving.then(() => save(file, request, check));
      saving = reply.catch(() => undefined);
      const result = await reply;
      sendJson(res, result.ok ? 200 : 409, result);
    },
  };

  const sendAsset = (res: ServerResponse, route: string) => {
    const asset = assets.get(route)!;
    send(res, 200, asset.type, asset.bytes);
  };

  const server: Server = createServer((req, res) => {
    if (options.onStep) res.once('finish', () => step(`${req.method} ${(req.url ?? '').replace(/\?.*/, '')} ${res.statusCode}`));
    handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      // A body past its bound is not read further: the connection closes once the refusal is sent.
      if (status === 413) {
        res.setHeader('connection', 'close');
        res.once('finish', () => req.destroy());
      }
      if (!res.headersSent) send(res, status, 'text/plain; charset=utf-8', status === 500 ? 'internal error' : (e as Error).message);
      else res.destroy();
    });
  });
  // Bounded headers and slow clients: a local page needs neither large headers nor long waits.
  server.maxHeadersCount = 50;
  server.headersTimeout = 10_000;
  server.requestTimeout = 180_000;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) throw new HttpError(421, 'unknown host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) throw new HttpError(403, 'foreign origin');
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403, 'cross-site request');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${allowedHosts[0]}`);
    } catch {
      throw new HttpError(400, 'bad request');
    }
    const header = req.headers[TOKEN_HEADER];
    const given = url.searchParams.get('t') ?? (typeof header === 'string' ? header : '');
    if (!tokenMatches(given, tokenBytes)) throw new HttpError(403, 'missing or wrong token');
    const route = routes[`${req.method} ${url.pathname}`];
    if (route === undefined) {
      const otherMethod = Object.keys(routes).some((key) => key.endsWith(` ${url.pathname}`));
      throw new HttpError(otherMethod ? 405 : 404, otherMethod ? 'method not allowed' : 'not found');
    }
    await route(req, res);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    await renderer.close();
    throw e;
  }
  port = (server.address() as AddressInfo).port;
  step(`listening (renders ${renderer.where === 'thread' ? 'on their own thread' : 'on this thread'})`);
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?t=${encodeURIComponent(token)}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await renderer.close();
    },
  };
}

function tokenMatches(given: string, expected: Buffer): boolean {
  const bytes = Buffer.from(given);
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'request too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseSave(body: string): SaveRequest {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'bad request');
  }
  const v = value as Partial<SaveRequest> | null;
  if (typeof v?.text !== 'string' || typeof v.version !== 'string') throw new HttpError(400, 'bad request');
  return { text: v.text, version: v.version };
}

function versionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 24);
}

/** The plan as it is on disk now. A file that is gone or unreadable has the version "" (any save of it is a conflict but the first). */
async function readDisk(file: string): Promise<{ text: string; version: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { text: '', version: '' };
  }
  const decoded = decodePlanBytes(bytes);
  return { text: decoded.ok ? decoded.text : '', version: versionOf(bytes) };
}

async function save(file: string, request: SaveRequest, check: (text: string) => Promise<EditDiagnostic[]>): Promise<SaveReply> {
  const disk = await readDisk(file);
  // Changed on disk since the page read it (another editor, git checkout): never overwrite silently.
  if (disk.version !== request.version) return { ok: false, conflict: true, version: disk.version, text: disk.text };
  const bytes = new TextEncoder().encode(request.text);
  if (bytes.length > MAX_PLAN_BYTES) throw new HttpError(413, 'plan too large');
  await writeFileAtomically(file, bytes);
  return { ok: true, version: versionOf(bytes), diagnostics: await check(request.text) };
}
