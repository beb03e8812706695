/**
 * HTTPS served directly (issue 19): with MUFAKAT_TLS_CERT/KEY the server speaks HTTPS and wss
 * on its port under the certificate's name, the plain-HTTP port only redirects (and answers
 * /healthz), printed links use the https name, and a replaced certificate is served without
 * a restart.
 */
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import fs from 'node:fs';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, hasOpenssl, issueLeaf, type Leaf, type TestCa } from '../support/certs';
import { type RunningServer, startServer } from '../support/server';

const NAME = 'mufakat.test';

function get(port: number, path: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: '127.0.0.1', port, path, servername: NAME, ca, headers: { host: `${NAME}:${port}` } }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => {
          body += d.toString();
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

function plainGet(port: number, path: string, host: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, location: res.headers.location });
      })
      .on('error', reject);
  });
}

/** The SHA-256 fingerprint of the certificate the server presents now. */
function presented(port: number, ca: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: NAME, ca }, () => {
      resolve(socket.getPeerX509Certificate()!.fingerprint256);
      socket.end();
    });
    socket.on('error', reject);
  });
}

describe.skipIf(!hasOpenssl())('HTTPS with the owner’s certificate', () => {
  let ca: TestCa;
  let leaf: Leaf;
  let caPem: Buffer;
  let server: RunningServer;

  beforeAll(async () => {
    ca = createTestCa();
    leaf = issueLeaf(ca, NAME);
    caPem = fs.readFileSync(ca.cert);
    server = await startServer({ env: { MUFAKAT_TLS_CERT: leaf.cert, MUFAKAT_TLS_KEY: leaf.key, MUFAKAT_HTTP_PORT: '0' } });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(ca.dir, { recursive: true, force: true });
  });

  it('serves the API over HTTPS under the certificate’s name, and prints https links with that name', async () => {
    const health = await get(server.port, '/healthz', caPem);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body).status).toBe('ok');
    const base = `https://${NAME}:${server.port}`;
    expect(server.output()).toContain(`${base}/f/${server.demo!.workshopId}#token=`);
    expect(server.output()).toContain(`${base}/j/${server.demo!.joinCode}`);
    expect(server.output()).toContain(`${base}/o#token=`);
    expect(server.output()).not.toMatch(/http:\/\/[^\s]*\/(f|j|o)/);
    // Nobody is served in clear on the main port.
    await expect(plainGet(server.port, '/healthz', `${NAME}:${server.port}`).then((r) => r.status)).rejects.toThrow();
  });

  it('the plain-HTTP port redirects every page to HTTPS and answers only /healthz itself', async () => {
    expect(server.redirectPort).not.toBeNull();
    const join = await plainGet(server.redirectPort!, `/j/${server.demo!.joinCode}?x=1`, `${NAME}:${server.redirectPort}`);
    expect(join.status).toBe(308);
    expect(join.location).toBe(`https://${NAME}:${server.port}/j/${server.demo!.joinCode}?x=1`);
    const api = await plainGet(server.redirectPort!, '/api/workshops', NAME);
    expect(api.status).toBe(308);
    expect(api.location).toBe(`https://${NAME}:${server.port}/api/workshops`);
    expect((await plainGet(server.redirectPort!, '/healthz', NAME)).status).toBe(200);
  });

  it('syncs over wss on the same port', async () => {
    const demo = server.demo!;
    // Reached by address, checked against the certificate's name (tls `servername`).
    const options = { ca: caPem, servername: NAME };
    const ws = new WebSocket(`wss://127.0.0.1:${server.port}/sync/${demo.workshopId}?token=${encodeURIComponent(demo.facilitatorToken)}`, options);
    const first = await new Promise<Buffer>((resolve, reject) => {
      ws.once('message', (d: Buffer) => resolve(d));
      ws.once('error', reject);
    });
    expect(first.length).toBeGreaterThan(0);
    ws.close();
  });

  it('serves a replaced certificate without a restart', async () => {
    expect(await presented(server.port, caPem)).toBe(leaf.fingerprint256);
    const next = issueLeaf(ca, NAME); // written over the same files, by rename
    expect(next.fingerprint256).not.toBe(leaf.fingerprint256);
    await expect.poll(() => presented(server.port, caPem), { timeout: 10_000, interval: 100 }).toBe(next.fingerprint256);
    expect(server.output()).toContain('tls.reloaded');
    expect((await get(server.port, '/healthz', caPem)).status).toBe(200);

    // A certificate whose key is not (yet) beside it never replaces a working pair.
    const other = issueLeaf(ca, NAME, 'other');
    fs.copyFileSync(other.cert, `${leaf.cert}.tmp`);
    fs.renameSync(`${leaf.cert}.tmp`, leaf.cert);
    await expect.poll(() => server.output().includes('tls.reload_failed'), { timeout: 10_000, interval: 100 }).toBe(true);
    expect(await presented(server.port, caPem)).toBe(next.fingerprint256);
  });
});
