/**
 * Benchmark peer: Hocuspocus (@hocuspocus/server) with no extensions, its defaults otherwise.
 * Loopback only, port 0; prints `peer.listening port=N` once it accepts connections.
 */
import { Server } from '@hocuspocus/server';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
await server.listen();
console.log(`peer.listening port=${server.address.port}`);
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
