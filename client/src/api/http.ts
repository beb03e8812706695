/** A failed API call. `status` 0 means the request never got an answer (offline, DNS, CORS). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Details of a refusal (e.g. `{ budget: 5 }`), for the translated message. */
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

/**
 * fetch + JSON with the server's error envelope `{error:{code,message}}` turned into ApiError.
 * Never throws anything else.
 */
export async function fetchJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = readErrorEnvelope(body);
    throw new ApiError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? response.statusText, error?.params);
  }
  return body as T;
}

function readErrorEnvelope(body: unknown): { code: string; message: string; params?: Record<string, unknown> } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, params } = error as { code?: unknown; message?: unknown; params?: unknown };
  return {
    code: typeof code === 'string' ? code : 'error',
    message: typeof message === 'string' ? message : '',
    ...(typeof params === 'object' && params !== null ? { params: params as Record<string, unknown> } : {}),
  };
}
