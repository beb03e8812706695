/** The main thread's handle on the load-generator workers. */
import { Worker } from 'node:worker_threads';
import type { WorkerRequest } from './worker';

const CALL_TIMEOUT_MS = 120_000;

export class Generator {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

  private constructor(readonly workers: Worker[]) {
    for (const w of workers) {
      w.on('message', (msg: { id: number; result?: unknown; error?: string }) => {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        clearTimeout(p.timer);
        if (msg.error) p.reject(new Error(msg.error));
        else p.resolve(msg.result);
      });
      w.on('error', (err) => this.failAll(err));
      w.on('exit', (code) => this.failAll(new Error(`a generator worker exited with ${code}`)));
    }
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }

  static start(count: number): Generator {
    // Node 20 does not apply the parent's tsx loader to a worker's entry: a JS bootstrap registers it.
    return new Generator(Array.from({ length: count }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url))));
  }

  get size(): number {
    return this.workers.length;
  }

  call<T = any>(i: number, req: WorkerRequest): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`worker ${i}: ${req.cmd} timed out`));
      }, CALL_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      this.workers[i]!.postMessage({ id, req });
    });
  }

  all<T = any>(req: WorkerRequest | ((i: number) => WorkerRequest)): Promise<T[]> {
    return Promise.all(this.workers.map((_, i) => this.call<T>(i, typeof req === 'function' ? req(i) : req)));
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
