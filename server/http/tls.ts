/**
 * HTTPS served directly (issue 19): the certificate and key the owner names in
 * `MUFAKAT_TLS_CERT` / `MUFAKAT_TLS_KEY`, reloaded when either file changes; the plain-HTTP
 * port that sends everyone to HTTPS (only `/healthz` answers there); and the address printed
 * links use (the certificate's own name, since phones must reach the server by a name the
 * certificate covers, never by `localhost` or a bare IP).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type https from 'node:https';
import path from 'node:path';
import tls from 'node:tls';
import type { Logger } from '../log';

export interface TlsFiles {
  cert: string;
  key: string;
}

/** Reads both PEM files and checks that the key belongs to the certificate (throws if not). */
export function readTlsFiles(files: TlsFiles): { cert: Buffer; key: Buffer } {
  const cert = fs.readFileSync(files.cert);
  const key = fs.readFileSync(files.key);
  // createSecureContext throws "key values mismatch" when the pair does not belong together.
  tls.createSecureContext({ cert, key });
  return { cert, key };
}

/**
 * The first DNS name of the certificate (its subjectAltName, else its CN), or null: printed
 * links and QR codes must use a name the certificate covers, or phones refuse the page.
 */
export function certificateHostName(certPem: Buffer | string): string | null {
  const x509 = new crypto.X509Certificate(certPem);
  const dns = (x509.subjectAltName ?? '')
    .split(',')
    .map((s) => s.trim())
    .find((s) => s.startsWith('DNS:') && !s.includes('*'));
  if (dns) return dns.slice('DNS:'.length);
  const cn = /(?:^|\n)CN=([^\n]+)/.exec(x509.subject)?.[1];
  return cn && /^[a-z0-9.-]+$/i.test(cn) ? cn : null;
}

/** `https://name` or `https://name:port` (443 needs no port). */
export function httpsBase(host: string, port: number): string {
  return port === 443 ? `https://${host}` : `https://${host}:${port}`;
}

/**
 * Watches both files' folders (tools like certbot replace a file by renaming a new one over
 * it, which a watch on the file itself would miss) and gives the server the new pair once
 * both read back and belong together; a half-written pair is logged and the old one kept.
 */
export function watchCertificate(server: https.Server, files: TlsFiles, log: Logger, debounceMs = 200): { close(): void } {
  const names = new Set([path.resolve(files.cert), path.resolve(files.key)]);
  let timer: NodeJS.Timeout | null = null;
  const reload = () => {
    timer = null;
    try {
      const pair = readTlsFiles(files);
      server.setSecureContext(pair);
      log.info('tls.reloaded', { cert: files.cert, fingerprint: new crypto.X509Certificate(pair.cert).fingerprint256 });
    } catch (err) {
      log.warn('tls.reload_failed', { cert: files.cert, error: String(err), hint: 'keeping the previous certificate' });
    }
  };
  const watchers = [...new Set([...names].map((f) => path.dirname(f)))].map((dir) =>
    fs.watch(dir, (_event, name) => {
      if (name !== null && !names.has(path.join(dir, name.toString()))) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(reload, debounceMs);
    }),
  );
  for (const w of watchers) w.on('error', (err) => log.warn('tls.watch_failed', { error: String(err) }));
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}

const HOST_NAME = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d+)?$/i;

/**
 * The plain-HTTP handler beside HTTPS: `/healthz` answers (load balancers and the owner's own
 * check), everything else is a 308 to the same path on HTTPS, so a link or QR code printed
 * with http:// still lands on the secure page. Nothing else is served in clear, and a token in
 * the address's fragment (`#token=`) never reaches the server: the browser keeps it across
 * the redirect.
 */
export function redirectToHttps(
  httpsPort: () => number,
  publicUrl: string | null,
  healthz: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return healthz(req, res);
    const host = HOST_NAME.exec(req.headers.host ?? '');
    if (!publicUrl && !host) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Open this address with https://\n');
      return;
    }
    const base = publicUrl ?? httpsBase(host![1]!, httpsPort());
    res.writeHead(308, { location: `${base.replace(/\/$/, '')}${url.pathname}${url.search}`, 'content-length': '0' });
    res.end();
  };
}
