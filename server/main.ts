/**
 * Entry point (wiring only): config from the environment, the app, the demo workshop,
 * the links to print, and a graceful stop on SIGTERM/SIGINT.
 */
import os from 'node:os';
import { createApp } from './app';
import { configFromEnv } from './config';
import { createLogger } from './log';
import { ensureDemoWorkshops } from './workshops/demo';
import { printLinks, type StartupLinks, startupLinks } from './workshops/links';
import { issueOwnerToken } from './workshops/owner';

const config = configFromEnv(process.env);
const log = createLogger(config.logLevel);

// No request can stop the process: each command's own failure is already a 500 for that
// request (commands/CommandPipeline.ts); anything that still escapes as a rejected promise is
// logged here and the server keeps serving every other workshop.
process.on('unhandledRejection', (reason) => {
  log.error('process.unhandled_rejection', { error: String(reason), stack: (reason as Error)?.stack });
});
const app = await createApp(config, log);

const { port, httpPort } = await app.listen();
log.info('server.listening', { host: config.host, port, dataDir: config.dataDir, tls: config.tlsCert !== null, ...(httpPort !== null ? { redirectPort: httpPort } : {}) });

let demoLinks: StartupLinks | null = null;
if (config.demo) {
  const started = performance.now();
  const demo = await ensureDemoWorkshops(app, { finished: config.demoFinished });
  log.info('demo.ready', { workshop: demo.resting.id, finished: demo.finished?.id ?? null, ms: Math.round(performance.now() - started) });
  demoLinks = await startupLinks(app, demo.resting, demo.finished ?? undefined);
}
printLinks(demoLinks, await issueOwnerToken(app.storage), config, port, os.networkInterfaces());

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('server.stopping', { signal });
  const timer = setTimeout(() => {
    log.error('server.stop_timeout', { ms: config.shutdownTimeoutMs });
    process.exit(1);
  }, config.shutdownTimeoutMs);
  timer.unref();
  try {
    await app.close();
    log.info('server.stopped');
    process.exit(0);
  } catch (err) {
    log.error('server.stop_failed', { error: String(err) });
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
