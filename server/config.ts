/**
 * The one configuration object. Every limit is a named option with its unit and default;
 * environment variables map onto it in `configFromEnv` and nowhere else.
 */
import path from 'node:path';

export interface Config {
  /** TCP port; 0 picks a free port (tests). Env `PORT`. Default 8080. */
  port: number;
  /** Interface to listen on. Env `HOST`. Default `0.0.0.0` so phones on the room's Wi-Fi can join. */
  host: string;
  /** Directory for the SQLite database. Env `MUFAKAT_DATA_DIR`. Default `./data`. */
  dataDir: string;
  /** Directory with the built client (`vite build`). Default `./dist/client`. */
  clientDir: string;
  /** PostgreSQL URL; when set, storage is PostgreSQL instead of SQLite. Env `MUFAKAT_DATABASE_URL`. */
  databaseUrl: string | null;
  /** PostgreSQL schema (created when missing). Env `MUFAKAT_DATABASE_SCHEMA`. Default `public`. */
  databaseSchema: string;
  /** Redis URL; when set, server nodes share updates, presence and decisions over pub/sub. Env `MUFAKAT_REDIS_URL`. */
  redisUrl: string | null;
  /**
   * Directory of the server's Ed25519 seal key (`seal-key.json`, created on first start, mode
   * 0600). Nodes of one deployment must share it. Env `MUFAKAT_SEAL_KEY_DIR`. Default: dataDir.
   */
  sealKeyDir: string | null;
  /** Bearer token required by `POST /api/workshops` when set. Env `MUFAKAT_ADMIN_TOKEN`. */
  adminToken: string | null;
  /** Create the demo workshop on first start. Env `MUFAKAT_DEMO=0` turns it off. Default true. */
  demo: boolean;
  /**
   * With the demo, also create the same workshop finished (frozen, signed, sealed) on first
   * start. Env `MUFAKAT_DEMO_FINISHED=0` turns it off (the test servers do). Default true.
   */
  demoFinished: boolean;
  /** Public base URL printed in links (e.g. behind a proxy). Env `MUFAKAT_PUBLIC_URL`. */
  publicUrl: string | null;
  /**
   * PEM certificate (with its chain) and key: when both are set the server speaks HTTPS (and
   * wss) on `port`, and reloads the pair when either file changes. Env `MUFAKAT_TLS_CERT`,
   * `MUFAKAT_TLS_KEY` (both or neither). Default none: plain HTTP (docs/deployment.md).
   */
  tlsCert: string | null;
  tlsKey: string | null;
  /**
   * With HTTPS on: a second, plain-HTTP port that redirects every request to HTTPS (only
   * `/healthz` answers there). 0 picks a free port (tests). Env `MUFAKAT_HTTP_PORT`. Default none.
   */
  httpPort: number | null;
  /** Log level: debug | info | warn | error. Env `MUFAKAT_LOG_LEVEL`. Default info. */
  logLevel: 'debug' | 'info' | 'warn' | 'error';

  /** Largest WebSocket frame accepted, in bytes; larger closes with 1009. Default 2 MiB. */
  maxFrameBytes: number;
  /** Largest JSON request body, in bytes. Default 64 KiB. */
  maxBodyBytes: number;
  /** Messages a connection may queue while its token and room are being checked. Default 100. */
  maxPreAuthMessages: number;
  /** Bytes a connection may queue while its token and room are being checked. Default 1 MiB. */
  maxPreAuthBytes: number;

  /** Largest document, in bytes of stored Yjs updates; a write past it closes with 4413. Default 32 MiB. */
  maxDocBytes: number;
  /** Largest awareness (presence) state of one client, in bytes of JSON. Default 8 KiB. */
  maxAwarenessStateBytes: number;
  /**
   * In a busy room of 100 sockets or more, presence changes (cursors) within this many ms of
   * the last presence frame are sent together in the next one; smaller rooms hold
   * proportionally less (see sync/PresenceBatcher.ts). 0 sends each at once.
   * Env `MUFAKAT_PRESENCE_INTERVAL_MS`. Default 30.
   */
  presenceIntervalMs: number;
  /**
   * In a room of 100 sockets or more, the first edit after a send waits this many ms, and
   * every edit that arrives meanwhile is stored in the same commit and reaches each socket in
   * the same write. It trades latency for CPU: measured at 1×200 with 100 edits/s, 10 ms cut
   * CPU per delivered message by about 20% (0.66× the reference y-websocket server's, against
   * 0.85× without) and added 10 ms to every edit's latency (docs/performance.md). 0 never holds.
   * Env `MUFAKAT_EDIT_HOLD_MS`. Default 0.
   */
  editHoldMs: number;
  /**
   * A socket that was sent nothing for this long gets an empty presence frame. Stock
   * y-websocket providers drop a socket that hears nothing for 30 s; a socket without presence
   * of its own (the read-only decisions room, the board) hears nothing in a quiet room, so
   * every such socket used to reconnect 30 s after the room's last change, all at once. Each
   * socket hears something at least every 2 × this. 0 sends none. Default 10 000.
   */
  keepaliveMs: number;
  /** Sustained messages per second one connection may send (token bucket refill). Default 60. */
  messagesPerSecond: number;
  /** Messages one connection may send in a burst above the sustained rate. Default 300. */
  messageBurst: number;
  /**
   * Open sync connections per remote address; more closes with 4429. A district office often
   * sits behind one NAT address, and every person holds two sockets, so the default is high. 512.
   */
  connectionsPerAddress: number;

  /** Stored updates after which a room's log is compacted into one snapshot. Default 500. */
  compactAfterUpdates: number;
  /** Milliseconds a room with no clients stays loaded before it is compacted and unloaded. Default 30 s. */
  roomUnloadGraceMs: number;
  /**
   * SQLite `synchronous` pragma. NORMAL (default): a commit survives the process being killed,
   * and acks and API responses wait for an fsync run on the thread pool, so what was
   * acknowledged also survives power loss. FULL: every commit fsyncs on the event loop.
   * Env `MUFAKAT_SQLITE_SYNCHRONOUS`.
   */
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** Milliseconds allowed for a graceful shutdown before the process exits anyway. Default 10 s. */
  shutdownTimeoutMs: number;
}

export const defaultConfig: Config = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  clientDir: './dist/client',
  adminToken: null,
  databaseUrl: null,
  sealKeyDir: null,
  databaseSchema: 'public',
  redisUrl: null,
  demo: true,
  demoFinished: true,
  publicUrl: null,
  tlsCert: null,
  tlsKey: null,
  httpPort: null,
  logLevel: 'info',
  maxFrameBytes: 2 * 1024 * 1024,
  maxBodyBytes: 64 * 1024,
  maxPreAuthMessages: 100,
  maxPreAuthBytes: 1024 * 1024,
  maxDocBytes: 32 * 1024 * 1024,
  maxAwarenessStateBytes: 8 * 1024,
  presenceIntervalMs: 30,
  editHoldMs: 0,
  keepaliveMs: 10_000,
  messagesPerSecond: 60,
  messageBurst: 300,
  connectionsPerAddress: 512,
  compactAfterUpdates: 500,
  roomUnloadGraceMs: 30_000,
  sqliteSynchronous: 'NORMAL',
  shutdownTimeoutMs: 10_000,
};

function intFromEnv(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Maps environment variables onto the defaults; unknown values fail loudly at start. */
export function configFromEnv(env: NodeJS.ProcessEnv, overrides: Partial<Config> = {}): Config {
  const config: Config = { ...defaultConfig };
  config.port = intFromEnv(env.PORT, 'PORT') ?? config.port;
  config.host = env.HOST || config.host;
  config.dataDir = path.resolve(env.MUFAKAT_DATA_DIR || config.dataDir);
  config.clientDir = path.resolve(env.MUFAKAT_CLIENT_DIR || config.clientDir);
  config.adminToken = env.MUFAKAT_ADMIN_TOKEN || null;
  config.databaseUrl = env.MUFAKAT_DATABASE_URL || null;
  config.sealKeyDir = env.MUFAKAT_SEAL_KEY_DIR ? path.resolve(env.MUFAKAT_SEAL_KEY_DIR) : null;
  config.databaseSchema = env.MUFAKAT_DATABASE_SCHEMA || config.databaseSchema;
  config.redisUrl = env.MUFAKAT_REDIS_URL || null;
  config.demo = env.MUFAKAT_DEMO !== '0';
  config.demoFinished = env.MUFAKAT_DEMO_FINISHED !== '0';
  config.publicUrl = env.MUFAKAT_PUBLIC_URL || null;
  config.tlsCert = env.MUFAKAT_TLS_CERT ? path.resolve(env.MUFAKAT_TLS_CERT) : null;
  config.tlsKey = env.MUFAKAT_TLS_KEY ? path.resolve(env.MUFAKAT_TLS_KEY) : null;
  if ((config.tlsCert === null) !== (config.tlsKey === null)) throw new Error('MUFAKAT_TLS_CERT and MUFAKAT_TLS_KEY must be set together');
  config.httpPort = intFromEnv(env.MUFAKAT_HTTP_PORT, 'MUFAKAT_HTTP_PORT') ?? null;
  if (config.httpPort !== null && config.tlsCert === null) throw new Error('MUFAKAT_HTTP_PORT redirects to HTTPS: set MUFAKAT_TLS_CERT and MUFAKAT_TLS_KEY too');
  const level = env.MUFAKAT_LOG_LEVEL;
  if (level) {
    if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new Error(`MUFAKAT_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
    config.logLevel = level as Config['logLevel'];
  }
  config.maxFrameBytes = intFromEnv(env.MUFAKAT_MAX_FRAME_BYTES, 'MUFAKAT_MAX_FRAME_BYTES') ?? config.maxFrameBytes;
  config.maxDocBytes = intFromEnv(env.MUFAKAT_MAX_DOC_BYTES, 'MUFAKAT_MAX_DOC_BYTES') ?? config.maxDocBytes;
  config.messagesPerSecond = intFromEnv(env.MUFAKAT_MESSAGES_PER_SECOND, 'MUFAKAT_MESSAGES_PER_SECOND') ?? config.messagesPerSecond;
  config.messageBurst = intFromEnv(env.MUFAKAT_MESSAGE_BURST, 'MUFAKAT_MESSAGE_BURST') ?? config.messageBurst;
  config.connectionsPerAddress =
    intFromEnv(env.MUFAKAT_CONNECTIONS_PER_ADDRESS, 'MUFAKAT_CONNECTIONS_PER_ADDRESS') ?? config.connectionsPerAddress;
  config.maxPreAuthMessages = intFromEnv(env.MUFAKAT_MAX_PREAUTH_MESSAGES, 'MUFAKAT_MAX_PREAUTH_MESSAGES') ?? config.maxPreAuthMessages;
  config.maxPreAuthBytes = intFromEnv(env.MUFAKAT_MAX_PREAUTH_BYTES, 'MUFAKAT_MAX_PREAUTH_BYTES') ?? config.maxPreAuthBytes;
  config.presenceIntervalMs =
    intFromEnv(env.MUFAKAT_PRESENCE_INTERVAL_MS, 'MUFAKAT_PRESENCE_INTERVAL_MS') ?? config.presenceIntervalMs;
  config.editHoldMs = intFromEnv(env.MUFAKAT_EDIT_HOLD_MS, 'MUFAKAT_EDIT_HOLD_MS') ?? config.editHoldMs;
  config.compactAfterUpdates =
    intFromEnv(env.MUFAKAT_COMPACT_AFTER_UPDATES, 'MUFAKAT_COMPACT_AFTER_UPDATES') ?? config.compactAfterUpdates;
  config.roomUnloadGraceMs =
    intFromEnv(env.MUFAKAT_ROOM_UNLOAD_GRACE_MS, 'MUFAKAT_ROOM_UNLOAD_GRACE_MS') ?? config.roomUnloadGraceMs;
  if (env.MUFAKAT_SQLITE_SYNCHRONOUS === 'FULL' || env.MUFAKAT_SQLITE_SYNCHRONOUS === 'NORMAL') {
    config.sqliteSynchronous = env.MUFAKAT_SQLITE_SYNCHRONOUS;
  }
  return { ...config, ...overrides };
}
