/**
 * The workshop's paper record (docs/api.md "Meeting records"): the Berita Acara Kesepakatan,
 * the daftar hadir and the notulen as A4 PDFs, made from the event log when asked. Facilitators
 * only: the records name every person in the room.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChainEntry } from '../../shared/charter/eventChain';
import { canActOnBehalf } from '../../shared/commands/permissions';
import { readEventLog } from '../../shared/commands/eventLog';
import type { StoredEventShape } from '../../shared/commands/eventFormat';
import type { Storage, WorkshopRecord } from '../storage/Storage';
import type { Authenticated } from '../workshops/Authenticator';
import { HttpError } from './json';

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

export interface MeetingRecordRouteDeps {
  storage: Pick<Storage, 'loadEvents'>;
  workshopOr404: (id: string) => Promise<WorkshopRecord>;
  /** Throws 401/403 unless the request carries a member's token. */
  member: (req: IncomingMessage, workshopId: string) => Promise<Authenticated>;
}

const FILE_NAMES = { 'berita-acara': 'berita-acara-kesepakatan', 'daftar-hadir': 'daftar-hadir', notulen: 'notulen' } as const;

export function meetingRecordRoutes(deps: MeetingRecordRouteDeps): { method: string; pattern: RegExp; handler: Handler }[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/records\/(berita-acara|daftar-hadir|notulen)\.pdf$/,
      handler: async (req, res, [id, kind]) => {
        const w = await deps.workshopOr404(id!);
        const who = await deps.member(req, w.id);
        if (!canActOnBehalf(who.participant.role)) throw new HttpError(403, 'role_forbidden', 'only facilitators may print the meeting records');
        const read = readEventLog(w.id, (await deps.storage.loadEvents(w.id)) as (ChainEntry & StoredEventShape)[]);
        if (!read.ok) throw new HttpError(500, 'event_log_broken', read.message);
        // pdfkit loads on the first PDF, not at start.
        const [{ meetingRecords }, { meetingRecordPdf }] = await Promise.all([import('../charter/meetingRecords'), import('../charter/meetingRecordsPdf')]);
        const name = FILE_NAMES[kind as keyof typeof FILE_NAMES];
        const body = await meetingRecordPdf(kind as keyof typeof FILE_NAMES, meetingRecords(w, read.state, read.events));
        res.writeHead(200, {
          'content-type': 'application/pdf',
          'content-length': body.length,
          'content-disposition': `inline; filename="${name}-${w.id}.pdf"`,
          'cache-control': 'no-store',
        });
        res.end(body);
      },
    },
  ];
}
