/** JSON request and response helpers with a body size limit and uniform errors. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export function sendError(res: ServerResponse, err: HttpError): void {
  sendJson(res, err.status, { error: { code: err.code, message: err.message, ...(err.params ? { params: err.params } : {}) } });
}

/** The request body's bytes, refused with 413 past `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'body_too_large', `request body over ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson<T>(req: IncomingMessage, schema: z.ZodType<T>, maxBytes: number): Promise<T> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new HttpError(415, 'unsupported_media_type', 'send application/json');
  const body = await readBody(req, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad_json', 'request body is not valid JSON');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new HttpError(422, 'invalid_request', `${where}${issue?.message ?? 'invalid request'}`);
  }
  return parsed.data;
}

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

/**
 * Holds the response to a request that changed something until what it stored survives a
 * power loss (Storage.whenOnDisk): a 2xx then means "kept", as a `stored` ack does. The
 * handler writes as usual; only the final `end` waits. If the fsync fails the connection is
 * destroyed, so the client sees a failure and retries, never a success.
 */
export function holdUntilOnDisk(res: ServerResponse, whenOnDisk: () => Promise<void>): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    whenOnDisk().then(
      () => end(...args),
      (err: unknown) => res.destroy(err instanceof Error ? err : new Error(String(err))),
    );
    return res;
  }) as ServerResponse['end'];
}
