/**
 * Builds the whole server from a config: storage, HTTP (API, static client, health) and
 * WebSocket sync on one port. `main.ts` and the tests both start it through here.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import sirv from 'sirv';
import type { Config } from './config';
import { createApi } from './http/api';
import { HttpError, sendError, sendJson } from './http/json';
import { readTlsFiles, redirectToHttps, watchCertificate } from './http/tls';
import type { Logger } from './log';
import { SqliteStorage } from './storage/SqliteStorage';
import type { Storage } from './storage/Storage';
import { SYNC_PATH_PREFIX, SyncServer } from './sync/SyncServer';
import { CharterVersions } from './charter/CharterVersions';
import { SealKey } from './charter/SealKey';
import { CommandPipeline, type DecideFn } from './commands/CommandPipeline';
import { Ledgers } from './commands/Ledgers';
import { catchUpDecisions } from './commands/projectDecisions';
import type { WorkshopDocuments } from './commands/WorkshopDocuments';
import { Authenticator } from './workshops/Authenticator';
import { WorkshopService } from './workshops/WorkshopService';
import { type Bus, LocalBus } from './cluster/Bus';
import { followOtherNodes } from './cluster/decisionNews';

/** Replacements for tests: e.g. rules that throw, to show that a failing command stores nothing. */
export interface AppOverrides {
  decide?: DecideFn;
}

export interface App {
  config: Config;
  storage: Storage;
  ledgers: Ledgers;
  pipeline: CommandPipeline;
  workshops: WorkshopService;
  charters: CharterVersions;
  /** The documents port (implemented by the sync server). */
  documents: WorkshopDocuments;
  sync: SyncServer;
  /** HTTPS (and wss) when the config names a certificate, else plain HTTP. */
  server: http.Server | https.Server;
  /** With HTTPS: the plain-HTTP port that redirects to it (`Config.httpPort`), if configured. */
  redirectServer: http.Server | null;
  /** `httpPort` is the redirecting plain-HTTP port, when there is one. */
  listen(): Promise<{ port: number; host: string; httpPort: number | null }>;
  close(): Promise<void>;
}

/**
 * Embedded SQLite unless a PostgreSQL URL is configured (design decision 3). The PostgreSQL
 * and Redis clients load only when configured: together they are ~40 MiB of a laptop's memory.
 */
async function openStorage(config: Config, log: Logger): Promise<Storage> {
  if (config.databaseUrl) {
    const { PostgresStorage } = await import('./storage/PostgresStorage');
    return PostgresStorage.open({ connectionString: config.databaseUrl, schema: config.databaseSchema });
  }
  return new SqliteStorage({
    file: path.join(config.dataDir, 'mufakat.sqlite'),
    synchronous: config.sqliteSynchronous,
    onWarning: (event, data) => log.warn(event, data),
  });
}

/**
 * The composition root: the only module that knows every part. Reading order of a command:
 * http/api.ts -> commands/CommandPipeline.ts (rules in shared/commands, effects in
 * commands/freezeCharter.ts and signCharter.ts) -> storage -> the documents port (sync/).
 */
export async function createApp(config: Config, log: Logger, overrides: AppOverrides = {}): Promise<App> {
  const storage = await openStorage(config, log);
  const bus: Bus = config.redisUrl ? new (await import('./cluster/RedisBus')).RedisBus(config.redisUrl, log) : new LocalBus();
  const ledgers = new Ledgers(storage, log);
  const auth = new Authenticator(storage, ledgers);
  const sync = new SyncServer(config, storage, auth, log, bus, catchUpDecisions(ledgers));
  const sealKey = SealKey.loadOrCreate(config.sealKeyDir ?? config.dataDir);
  const charters = new CharterVersions(storage, sealKey);
  const pipeline = new CommandPipeline({ ledgers, storage, documents: sync, charters, sealKey, bus, log, ...(overrides.decide ? { decide: overrides.decide } : {}) });
  const workshops = new WorkshopService(storage, pipeline, sync);
  await followOtherNodes(bus, { isLoaded: (id) => ledgers.isLoaded(id), reload: (id) => ledgers.reload(id), applyAccess: (s) => sync.applyAccess(s) }, log);
  const api = createApi({ config, storage, workshops, auth, ledgers, pipeline, charters, closePersonSockets: (w, p) => sync.closePerson(w, p) });
  const startedAt = Date.now();
  const hasClient = fs.existsSync(path.join(config.clientDir, 'index.html'));
  // Hashed assets are immutable; index.html (the SPA fallback) is revalidated every time.
  const serveClient = hasClient
    ? sirv(config.clientDir, {
        single: true,
        etag: true,
        // The build writes .br and .gz copies (vite.config.ts `precompress`); sirv picks one
        // by Accept-Encoding and sets Vary.
        brotli: true,
        gzip: true,
        setHeaders: (res, pathname) => {
          if (pathname.startsWith('/assets/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
          else res.setHeader('cache-control', 'no-cache');
        },
      })
    : null;
  if (!hasClient) log.warn('client.missing', { dir: config.clientDir, hint: 'run npm run build' });

  const healthz = (_req: http.IncomingMessage, res: http.ServerResponse) =>
    sendJson(res, 200, { status: 'ok', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000), ...sync.stats });
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return healthz(req, res);
    if (url.pathname.startsWith('/api/')) {
      api(req, res, url.pathname).catch((err: unknown) => {
        if (err instanceof HttpError) return sendError(res, err);
        log.error('api.failed', { path: url.pathname, error: String(err) });
        if (!res.headersSent) sendError(res, new HttpError(500, 'internal', 'internal server error'));
      });
      return;
    }
    if (serveClient) return serveClient(req, res);
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The client is not built. Run `npm run build` (npm start does it for you).\n');
  };
  // HTTPS when the owner gave a certificate (docs/deployment.md): phones then get a secure
  // context (service worker, WebCrypto) and tokens stop crossing the room's Wi-Fi in clear.
  const tlsFiles = config.tlsCert && config.tlsKey ? { cert: config.tlsCert, key: config.tlsKey } : null;
  const server = tlsFiles ? https.createServer(readTlsFiles(tlsFiles), handle) : http.createServer(handle);
  const certWatch = tlsFiles ? watchCertificate(server as https.Server, tlsFiles, log) : null;
  const redirectServer =
    tlsFiles && config.httpPort !== null ? http.createServer(redirectToHttps(() => boundPort(server), config.publicUrl, healthz)) : null;
  redirectServer?.on('clientError', (_err, socket) => socket.destroy());
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (!(req.url ?? '').startsWith(SYNC_PATH_PREFIX)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    sync.handleUpgrade(req, socket, head);
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  return {
    config,
    storage,
    ledgers,
    pipeline,
    workshops,
    charters,
    documents: sync,
    sync,
    server,
    redirectServer,
    async listen() {
      const port = await listenOn(server, config.port, config.host);
      const httpPort = redirectServer ? await listenOn(redirectServer, config.httpPort ?? 0, config.host) : null;
      return { port, host: config.host, httpPort };
    },
    async close() {
      // Stop accepting first, then store and close the rooms, then the remaining sockets.
      certWatch?.close();
      const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      const redirectClosed = new Promise<void>((resolve) => (redirectServer ? redirectServer.close(() => resolve()) : resolve()));
      server.closeIdleConnections();
      redirectServer?.closeAllConnections();
      await sync.close();
      server.closeAllConnections();
      await httpClosed;
      await redirectClosed;
      await bus.close();
      await storage.close();
    },
  };
}

function boundPort(server: http.Server | https.Server): number {
  const addr = server.address();
  return addr && typeof addr === 'object' ? addr.port : 0;
}

function listenOn(server: http.Server | https.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(boundPort(server));
    });
  });
}
