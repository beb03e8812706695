/**
 * Benchmark peer: the reference y-websocket server (@y/websocket-server), set up exactly like
 * its own `src/server.js` (plain http server, `ws` from the package's own dependency,
 * `setupWSConnection`), with no persistence and no callback. Loopback only, port 0; prints
 * `peer.listening port=N` once it accepts connections.
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import { setupWSConnection } from '@y/websocket-server/utils';

// The `ws` that @y/websocket-server itself depends on (its server.js imports it the same way).
const requireFromPeer = createRequire(import.meta.resolve('@y/websocket-server/utils'));
const WebSocket = requireFromPeer('ws');

const wss = new WebSocket.Server({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => {
    wss.emit('connection', ws, request);
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`peer.listening port=${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
