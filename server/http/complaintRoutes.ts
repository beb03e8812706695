/**
 * The complaint import (issue 17; docs/api.md "Complaints"): the file's bytes as the body
 * (CSV or .xlsx), the mapping in the query. `step=preview` reads and judges every row and stores
 * nothing; `step=commit` reads the same bytes again and records every accepted row as ONE
 * `recordComplaints` command, or nothing. Facilitators only. A body over `MAX_IMPORT_BYTES` is
 * refused from its Content-Length before a byte is read, and a body without one is cut off at
 * the limit, so a 50 MB upload never sits in memory.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { canActOnBehalf } from '../../shared/commands/permissions';
import type { ComplaintId, ComplaintImportId, ComplaintMapping } from '../../shared/schema/complaints';
import { complaintKey, complaintMappingSchema } from '../../shared/schema/complaints';
import { complaintsOf } from '../../shared/state/workshopState';
import type { CommandPipeline } from '../commands/CommandPipeline';
import type { Ledgers } from '../commands/Ledgers';
import type { WorkshopRecord } from '../storage/Storage';
import type { Authenticated } from '../workshops/Authenticator';
import { ImportRefused, MAX_IMPORT_BYTES, previewComplaintImport } from '../complaints/complaintImport';
import { HttpError, readBody, sendJson } from './json';
import type { Refusal } from '../../shared/commands/result';

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

export interface ComplaintRouteDeps {
  ledgers: Pick<Ledgers, 'get'>;
  pipeline: Pick<CommandPipeline, 'execute'>;
  workshopOr404: (id: string) => Promise<WorkshopRecord>;
  member: (req: IncomingMessage, workshopId: string) => Promise<Authenticated>;
  refusalError: (r: Refusal) => HttpError;
}

const Query = z.strictObject({
  step: z.enum(['preview', 'commit']),
  name: z.string().trim().min(1).max(200).default('pengaduan.csv'),
  mapping: z.string().max(2000).optional(),
  channel: z.string().trim().min(1).max(80).optional(),
});

const tooLarge = () =>
  new HttpError(413, 'import_too_large', `the file is over ${MAX_IMPORT_BYTES / (1024 * 1024)} MB; split the export by period`, { maxBytes: MAX_IMPORT_BYTES });

function parseQuery(url: URL): z.infer<typeof Query> & { parsedMapping?: ComplaintMapping } {
  const parsed = Query.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw new HttpError(422, 'invalid_request', z.prettifyError(parsed.error));
  if (parsed.data.mapping === undefined) return parsed.data;
  let json: unknown;
  try {
    json = JSON.parse(parsed.data.mapping);
  } catch {
    throw new HttpError(422, 'invalid_request', 'mapping: not JSON');
  }
  const mapping = complaintMappingSchema.safeParse(json);
  if (!mapping.success) throw new HttpError(422, 'invalid_request', `mapping: ${z.prettifyError(mapping.error)}`);
  return { ...parsed.data, parsedMapping: mapping.data };
}

export function complaintRoutes(deps: ComplaintRouteDeps): { method: string; pattern: RegExp; handler: Handler }[] {
  return [
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/complaints\/import$/,
      handler: async (req, res, [id]) => {
        // The socket closes after the answer: an early refusal never waits for the rest of the body.
        res.setHeader('connection', 'close');
        const declared = Number(req.headers['content-length'] ?? Number.NaN);
        if (Number.isFinite(declared) && declared > MAX_IMPORT_BYTES) throw tooLarge();
        const w = await deps.workshopOr404(id!);
        const who = await deps.member(req, w.id);
        if (!canActOnBehalf(who.participant.role)) throw new HttpError(403, 'role_forbidden', 'only facilitators import complaints');
        const query = parseQuery(new URL(req.url ?? '/', 'http://localhost'));
        if (query.step === 'commit' && !query.parsedMapping) throw new HttpError(422, 'mapping_required', 'commit needs the mapping shown in the preview');
        let bytes: Buffer;
        try {
          bytes = await readBody(req, MAX_IMPORT_BYTES);
        } catch (err) {
          if (err instanceof HttpError && err.status === 413) throw tooLarge();
          throw err;
        }
        if (bytes.length === 0) throw new HttpError(422, 'import_empty', 'the file is empty');
        const { state } = await deps.ledgers.get(w.id);
        const { complaints, mapping: remembered } = complaintsOf(state);
        let preview: Awaited<ReturnType<typeof previewComplaintImport>>;
        try {
          preview = await previewComplaintImport(bytes, {
            ...(query.parsedMapping ? { mapping: query.parsedMapping } : {}),
            remembered,
            ...(query.channel ? { defaultChannel: query.channel } : {}),
            existingKeys: new Set(Object.values(complaints).map(complaintKey)),
          });
        } catch (err) {
          if (err instanceof ImportRefused) throw new HttpError(422, err.code, err.message, err.params);
          throw err;
        }
        if (query.step === 'preview') {
          sendJson(res, 200, { ...preview, remembered: remembered !== null && preview.mapping === remembered });
          return;
        }
        if (preview.accepted.length === 0) throw new HttpError(422, 'import_nothing_accepted', 'no row of the file can be imported', { refused: preview.refused.length });
        const importId = randomBytes(9).toString('base64url') as ComplaintImportId;
        const result = await deps.pipeline.execute(w.id, { participantId: who.participant.id, role: who.participant.role, sector: who.participant.sector }, {
          type: 'recordComplaints',
          importId,
          source: { kind: 'file', fileName: query.name, format: preview.format, ...(preview.encoding ? { encoding: preview.encoding } : {}), mapping: preview.mapping },
          complaints: preview.accepted.map((c) => ({ ...c, id: `${importId}-${c.row}` as ComplaintId })),
        });
        if (!result.ok) throw deps.refusalError(result);
        sendJson(res, 200, { importId, recorded: preview.accepted.length, refused: preview.refused, seq: result.entry.seq });
      },
    },
  ];
}
