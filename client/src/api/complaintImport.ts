import type { ComplaintMapping } from '../../../shared/schema/complaints';
import { ApiError } from './http';

/** Why a row was refused (server/complaints/complaintImport.ts `RowRefusalReason`). */
export type RowRefusalReason = 'column_missing' | 'date_missing' | 'date_invalid' | 'text_empty' | 'text_too_long' | 'channel_missing' | 'duplicate' | 'already_recorded';

/** What the server says about a file before anything is stored (server/complaints/complaintImport.ts). */
export interface ImportPreview {
  format: 'csv' | 'xlsx';
  encoding?: 'utf-8' | 'windows-1252';
  headers: string[];
  personalColumns: string[];
  mapping: Partial<ComplaintMapping>;
  remembered: boolean;
  rows: number;
  accepted: { row: number; date: string; channel: string; text: string; userGroup?: string; category?: string }[];
  refused: { row: number; reason: RowRefusalReason; params?: { column?: string; of?: number; value?: string } }[];
}

export interface ImportCommitted {
  importId: string;
  recorded: number;
  refused: ImportPreview['refused'];
}

/** The server refuses bodies over this many bytes; the console says so before uploading. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export async function uploadComplaints(
  workshopId: string,
  token: string,
  file: Blob,
  options: { step: 'preview' | 'commit'; name: string; mapping?: Partial<ComplaintMapping>; channel?: string },
): Promise<ImportPreview | ImportCommitted> {
  const q = new URLSearchParams({ step: options.step, name: options.name });
  if (options.mapping) q.set('mapping', JSON.stringify(options.mapping));
  if (options.channel) q.set('channel', options.channel);
  let res: Response;
  try {
    res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/complaints/import?${q}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
      body: file,
    });
  } catch (err) {
    throw new ApiError(0, 'network', String(err));
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; params?: Record<string, unknown> } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'http_error', body?.error?.message ?? res.statusText, body?.error?.params);
  return body as unknown as ImportPreview | ImportCommitted;
}
