/** Redis pub/sub between server nodes (ioredis; one connection publishes, one subscribes). */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../log';
import type { Bus, BusHandler } from './Bus';

export class RedisBus implements Bus {
  readonly nodeId = randomBytes(8).toString('hex');
  readonly active = true;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly handlers = new Map<string, BusHandler>();

  constructor(url: string, log: Logger) {
    const options = { maxRetriesPerRequest: null, lazyConnect: false };
    this.pub = new Redis(url, options);
    this.sub = new Redis(url, options);
    for (const [name, client] of [['pub', this.pub], ['sub', this.sub]] as const) {
      client.on('error', (err: Error) => log.warn('redis.error', { client: name, error: err.message }));
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      this.handlers.get(channel.toString())?.(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
    });
  }

  publish(channel: string, payload: Uint8Array): void {
    void this.pub.publish(channel, Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength)).catch(() => {});
  }

  async subscribe(channel: string, handler: BusHandler): Promise<void> {
    this.handlers.set(channel, handler);
    await this.sub.subscribe(channel);
  }

  async unsubscribe(channel: string): Promise<void> {
    this.handlers.delete(channel);
    await this.sub.unsubscribe(channel);
  }

  async close(): Promise<void> {
    this.handlers.clear();
    this.sub.disconnect();
    await this.pub.quit().catch(() => this.pub.disconnect());
  }
}
