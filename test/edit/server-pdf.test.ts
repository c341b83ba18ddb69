// "Tải PDF": the server renders the page's text and converts it with LibreOffice (one soffice run,
// private profile, temporary folder removed). Offered only when soffice is found.
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEditServer, type EditServer } from '../../src/edit/server.js';
import { describeWithTools } from '../support/external-tools.js';
import { REPO_ROOT } from '../support/render-plan.js';

describeWithTools(['soffice'], 'parplan edit server: PDF', (tools) => {
  let dir: string;
  let server: EditServer;
  let without: EditServer;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'parplan-edit-pdf-'));
    await copyFile(path.join(REPO_ROOT, 'plans', 'so-tnmt-lao-cai-2022-par-index.yaml'), path.join(dir, 'ke-hoach.yaml'));
    server = await startEditServer({ file: path.join(dir, 'ke-hoach.yaml'), name: 'ke-hoach.yaml', lang: 'vi', soffice: tools.soffice, env: process.env });
    without = await startEditServer({ file: path.join(dir, 'ke-hoach.yaml'), name: 'ke-hoach.yaml', lang: 'vi' });
  });
  afterAll(async () => {
    await server.close();
    await without.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('converts the text it is sent, tells the page when it can, and leaves nothing behind', async () => {
    const text = readFileSync(path.join(dir, 'ke-hoach.yaml'), 'utf8');
    const headers = { 'x-parplan-token': server.token, 'content-type': 'text/plain; charset=utf-8' };
    expect(((await (await fetch(`http://127.0.0.1:${server.port}/api/plan`, { headers })).json()) as { pdf: boolean }).pdf).toBe(true);
    const before = (await readdir(tmpdir())).filter((f) => f.startsWith('parplan-edit-to-pdf-'));
    const reply = await fetch(`http://127.0.0.1:${server.port}/api/pdf`, { method: 'POST', headers, body: text });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await reply.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const after = (await readdir(tmpdir())).filter((f) => f.startsWith('parplan-edit-to-pdf-'));
    expect(after.sort()).toEqual(before.sort());
    const broken = await fetch(`http://127.0.0.1:${server.port}/api/pdf`, { method: 'POST', headers, body: text.replace('viet_tat: STNMT', 'viet_tat: x') });
    expect(broken.status).toBe(422);
    const noSoffice = { ...headers, 'x-parplan-token': without.token };
    expect(((await (await fetch(`http://127.0.0.1:${without.port}/api/plan`, { headers: noSoffice })).json()) as { pdf: boolean }).pdf).toBe(false);
    expect((await fetch(`http://127.0.0.1:${without.port}/api/pdf`, { method: 'POST', headers: noSoffice, body: text })).status).toBe(404);
  }, 120_000);
});
