/**
 * The built client as a phone on slow Wi-Fi receives it: the app's JavaScript compressed
 * (Brotli when the browser accepts it, else gzip, else as built), cacheable for a year, and the
 * page itself never cached stale. Needs `vite build` first (`npm test` runs it).
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../support/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ demo: false });
});
afterAll(async () => {
  await server?.stop();
});

/** A raw GET (Node's fetch would decompress and hide the encoding). */
function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${server.http}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

describe('client assets', () => {
  it('sends the app scripts compressed, smaller, and identical once decompressed', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = page.body.toString();
    // The entry (the small join page) and the chunks the page preloads for the other screens.
    const scripts = [...new Set([...html.matchAll(/"(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!))];
    expect(scripts.length).toBeGreaterThan(1);
    expect(/src="(\/assets\/[^"]+\.js)"/.exec(html)).not.toBeNull();

    let largest = { plain: 0, br: 0 };
    for (const script of scripts) {
      const plain = await get(script);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['cache-control']).toContain('immutable');

      const br = await get(script, 'gzip, deflate, br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      if (plain.body.length < 1024) continue; // too small to be worth compressing
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.body.length).toBeLessThan(plain.body.length);
      expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      if (plain.body.length > largest.plain) largest = { plain: plain.body.length, br: br.body.length };

      const gz = await get(script, 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
    }
    // The big chunk (React) is where compression pays: at least 3x smaller.
    expect(largest.plain).toBeGreaterThan(50_000);
    expect(largest.br).toBeLessThan(largest.plain / 3);
  });
});
