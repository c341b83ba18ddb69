// parplan edit's server refuses what a local server that writes files must refuse (issue 14): a request
// without the token or with a wrong one, a foreign Host (DNS rebinding) or Origin (a cross-site page),
// any path but its own routes, a body over the bound; and it saves atomically, reporting a conflict
// when the file changed on disk meanwhile. Real server, real sockets (node:http on 127.0.0.1).
import { request } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startEditServer, type EditServer } from '../../src/edit/server.js';

const PLAN = `# Kế hoạch thử: chú thích này phải còn sau khi lưu
co_quan_ban_hanh:
  ten: SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
  viet_tat: STNMT
`;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(server: EditServer, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${server.port}`, ...options.headers };
    // host '' stands for a request without a Host header.
    const noHost = headers.host === '';
    if (noHost) delete (headers as Partial<typeof headers>).host;
    const req = request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path ?? '/', headers, setHost: !noHost },
      (res) => {
        res.on('error', () => undefined);
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    // A refused oversize body may close the socket while we still write: the reply is what counts.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('parplan edit server: security', () => {
  let dir: string;
  let file: string;
  let server: EditServer;
  const token = () => ({ 'x-parplan-token': server.token });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'parplan-edit-sec-'));
    file = path.join(dir, 'ke-hoach.yaml');
    await writeFile(file, PLAN);
    await writeFile(path.join(dir, 'secret.yaml'), 'bí mật');
    server = await startEditServer({ file, name: 'ke-hoach.yaml', lang: 'vi' });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, on a random port, with a long random token', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?t=[\w-]{40,}$/);
    expect(server.port).toBeGreaterThan(1023);
    const other = await startEditServer({ file, name: 'ke-hoach.yaml', lang: 'vi' });
    try {
      expect(other.port).not.toBe(server.port);
      expect(other.token).not.toBe(server.token);
    } finally {
      await other.close();
    }
  });

  it('serves the page and the plan with the token (in the URL or the header), with a strict content policy', async () => {
    const page = await send(server, { path: `/?t=${server.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('/assets/edit.js?t=');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const plan = await send(server, { path: '/api/plan', headers: token() });
    expect(plan.status).toBe(200);
    expect(JSON.parse(plan.body).text).toBe(PLAN);
    for (const asset of ['edit.js', 'edit-editor.js']) {
      const script = await send(server, { path: `/assets/${asset}?t=${server.token}` });
      expect(script.status, asset).toBe(200);
      expect(script.headers['content-type']).toContain('javascript');
    }
    expect(page.body).toContain('/assets/edit-editor.js?t=');
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    for (const route of ['/', '/api/plan', '/assets/edit.js', '/assets/edit-editor.js', '/assets/edit.css', '/api/schema']) {
      expect((await send(server, { path: route })).status, route).toBe(403);
      expect((await send(server, { path: `${route}?t=${server.token.slice(0, -1)}x` })).status, route).toBe(403);
    }
    const save = await send(server, { method: 'POST', path: '/api/save', body: JSON.stringify({ text: 'x: 1', version: '' }) });
    expect(save.status).toBe(403);
    expect(await readFile(file, 'utf8')).toBe(PLAN);
  });

  it('refuses a foreign Host (DNS rebinding), even with the token', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, `127.0.0.1.nip.io:${server.port}`, '']) {
      const reply = await send(server, { path: '/api/plan', headers: { ...token(), host } });
      // Without a Host header node:http itself answers 400.
      expect(reply.status, host).toBe(host === '' ? 400 : 421);
      expect(reply.body).not.toContain('SỞ TÀI NGUYÊN');
    }
    expect((await send(server, { path: '/api/plan', headers: { ...token(), host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses a foreign Origin and cross-site requests, even with the token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null', `https://127.0.0.1:${server.port}`]) {
      const reply = await send(server, { method: 'POST', path: '/api/save', headers: { ...token(), origin }, body: JSON.stringify({ text: 'x: 1', version: '' }) });
      expect(reply.status, origin).toBe(403);
    }
    const crossSite = await send(server, { path: '/api/plan', headers: { ...token(), 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await send(server, { path: '/api/plan', headers: { ...token(), origin: `http://127.0.0.1:${server.port}`, 'sec-fetch-site': 'same-origin' } });
    expect(sameOrigin.status).toBe(200);
    expect(await readFile(file, 'utf8')).toBe(PLAN);
  });

  it('serves no other path: no file beside the plan, none of the package, no listing', async () => {
    for (const route of ['/secret.yaml', '/ke-hoach.yaml', '/../secret.yaml', '/%2e%2e/secret.yaml', '/assets/', '/assets/../package.json', '/assets/edit.js/../../src/edit/server.ts', '/dist/edit/edit.js', '/api/', '/api/plan/../../secret.yaml', '/favicon.ico', '//etc/passwd']) {
      const reply = await send(server, { path: `${route}${route.includes('?') ? '&' : '?'}t=${server.token}` });
      expect(reply.status, route).toBe(404);
      expect(reply.body).not.toContain('bí mật');
    }
    expect((await send(server, { method: 'DELETE', path: '/api/plan', headers: token() })).status).toBe(405);
    expect((await send(server, { method: 'PUT', path: '/api/save', headers: token(), body: '{}' })).status).toBe(405);
  });

  it('refuses a body over its bound, declared or streamed', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 'a');
    const declared = await send(server, { method: 'POST', path: '/api/check', headers: { ...token(), 'content-length': String(big.length) }, body: big });
    expect(declared.status).toBe(413);
    const streamed = await send(server, { method: 'POST', path: '/api/check', headers: { ...token(), 'transfer-encoding': 'chunked' }, body: big });
    expect(streamed.status).toBe(413);
    expect(await readFile(file, 'utf8')).toBe(PLAN);
  });

  it('saves atomically; a change on disk meanwhile is a conflict, never overwritten', async () => {
    const plan = JSON.parse((await send(server, { path: '/api/plan', headers: token() })).body) as { version: string };
    const edited = PLAN.replace('STNMT', 'STNMT2');
    const saved = await send(server, { method: 'POST', path: '/api/save', headers: token(), body: JSON.stringify({ text: edited, version: plan.version }) });
    expect(saved.status).toBe(200);
    expect(await readFile(file, 'utf8')).toBe(edited);
    const version = (JSON.parse(saved.body) as { version: string }).version;

    const byOther = edited + '# sửa bằng Notepad\n';
    await writeFile(file, byOther);
    const conflict = await send(server, { method: 'POST', path: '/api/save', headers: token(), body: JSON.stringify({ text: PLAN, version }) });
    expect(conflict.status).toBe(409);
    expect(JSON.parse(conflict.body)).toMatchObject({ ok: false, conflict: true, text: byOther });
    expect(await readFile(file, 'utf8')).toBe(byOther);
    const bad = await send(server, { method: 'POST', path: '/api/save', headers: token(), body: 'not json' });
    expect(bad.status).toBe(400);
  });
});
