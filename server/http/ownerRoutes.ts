/**
 * The owner's routes (docs/api.md "Owner"): list, create and archive workshops, and a fresh
 * facilitator link for any of them. Beside them, two things a workshop's facilitators do with
 * links: rotate the join code, and a personal link for one participant.
 *
 * The owner is whoever holds an owner token (printed by `npm start`) or the configured
 * `MUFAKAT_ADMIN_TOKEN` (server/workshops/owner.ts). Owner tokens open no workshop by
 * themselves: the owner reaches a workshop through a facilitator link issued here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { canActOnBehalf } from '../../shared/commands/permissions';
import type { Role } from '../../shared/schema/participants';
import { entryOf } from '../../shared/schema/records';
import { serviceTemplateById } from '../../shared/schema/templates';
import type { Config } from '../config';
import type { Ledgers } from '../commands/Ledgers';
import { type Storage, TIME_ZONES, type WorkshopRecord } from '../storage/Storage';
import type { Authenticated } from '../workshops/Authenticator';
import type { WorkshopService } from '../workshops/WorkshopService';
import { BOARD_NAME, issueFacilitatorToken } from '../workshops/links';
import { isOwnerToken } from '../workshops/owner';
import { bearerToken, HttpError, readJson, sendJson } from './json';
import { participantIdParam } from './roundLookup';

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;
export interface OwnerRoute {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

export interface OwnerRouteDeps {
  config: Config;
  storage: Storage;
  workshops: WorkshopService;
  ledgers: Ledgers;
  workshopOr404: (id: string) => Promise<WorkshopRecord>;
  /** Throws 401/403 unless the request carries a member's token. */
  member: (req: IncomingMessage, workshopId: string) => Promise<Authenticated>;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date')
  .nullish()
  .transform((v) => v ?? null);

const NewWorkshop = z
  .strictObject({
    title: text(200),
    serviceName: text(200),
    institution: optionalText(200),
    place: optionalText(200),
    startDate: isoDate,
    endDate: isoDate,
    timeZone: z.enum(TIME_ZONES).nullish().transform((v) => v ?? null),
    /** A service template to start from (GET /api/templates); none: an empty workshop. */
    templateId: z.string().trim().max(40).nullish().transform((v) => v || null),
  })
  .refine((w) => !w.startDate || !w.endDate || w.startDate <= w.endDate, { message: 'the last day comes before the first', path: ['endDate'] });

/** What a facilitator corrects before printing the naskah; a field left out stays as it is. */
const Details = z.strictObject({
  nomor: optionalText(120).optional(),
  institution: optionalText(200).optional(),
  place: optionalText(200).optional(),
});
const detailsView = (w: WorkshopRecord) => ({ nomor: w.nomor, institution: w.institution, place: w.place });

/** What the owner's list shows of a workshop. */
export const ownerView = (w: WorkshopRecord) => ({
  workshopId: w.id,
  title: w.title,
  serviceName: w.serviceName,
  institution: w.institution,
  place: w.place,
  startDate: w.startDate,
  endDate: w.endDate,
  timeZone: w.timeZone,
  joinCode: w.joinCode,
  createdAt: w.createdAt,
  archivedAt: w.archivedAt,
  nomor: w.nomor,
  isDemo: w.isDemo,
});

/** Where a person's own link opens: the facilitator team's links come from the owner only. */
function personalPath(workshopId: string, role: Role, name: string): string | null {
  if (role === 'facilitator' || role === 'co_facilitator') return null;
  if (role === 'observer' && name === BOARD_NAME) return `/b/${workshopId}`;
  if (role === 'signatory') return `/s/${workshopId}`;
  return `/w/${workshopId}`;
}

export function ownerRoutes(deps: OwnerRouteDeps): OwnerRoute[] {
  const { config, storage, workshops, ledgers, workshopOr404, member } = deps;

  async function owner(req: IncomingMessage): Promise<void> {
    if (!(await isOwnerToken(storage, config.adminToken, bearerToken(req)))) {
      throw new HttpError(401, 'owner_required', 'this needs the owner link printed when the server starts (or the admin token)');
    }
  }

  async function facilitatorOf(req: IncomingMessage, workshopId: string): Promise<Authenticated> {
    const who = await member(req, workshopId);
    if (!canActOnBehalf(who.participant.role)) throw new HttpError(403, 'role_forbidden', 'only facilitators may do this');
    return who;
  }

  async function facilitatorLink(workshopId: string) {
    const issued = await issueFacilitatorToken({ ledgers, workshops }, workshopId);
    return { path: `/f/${workshopId}#token=${issued.token}`, token: issued.token, facilitator: { participantId: issued.participantId, name: issued.name } };
  }

  const archive = (archived: boolean): Handler => async (req, res, [id]) => {
    await owner(req);
    const w = await workshopOr404(id!);
    await storage.setWorkshopArchived(w.id, archived ? Date.now() : null);
    sendJson(res, 200, ownerView((await storage.getWorkshop(w.id))!));
  };

  return [
    {
      method: 'GET',
      pattern: /^\/api\/owner\/workshops$/,
      handler: async (req, res) => {
        await owner(req);
        const list = await storage.listWorkshops();
        // Newest first: the workshop being prepared is the one the owner looks for.
        sendJson(res, 200, { workshops: list.reverse().map(ownerView) });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/owner\/workshops$/,
      handler: async (req, res) => {
        await owner(req);
        const { templateId, ...body } = await readJson(req, NewWorkshop, config.maxBodyBytes);
        const template = templateId ? serviceTemplateById(templateId) : null;
        if (templateId && !template) throw new HttpError(422, 'unknown_template', `no service template ${templateId}`, { templateId });
        const w = await workshops.createWorkshop(body);
        const link = await facilitatorLink(w.id);
        if (template) await workshops.startFromTemplate(w.id, link.facilitator.participantId, template);
        sendJson(res, 201, { workshop: ownerView(w), ...link, ...(template ? { templateId: template.id } : {}) });
      },
    },
    { method: 'POST', pattern: /^\/api\/owner\/workshops\/([a-z0-9]+)\/archive$/, handler: archive(true) },
    { method: 'POST', pattern: /^\/api\/owner\/workshops\/([a-z0-9]+)\/unarchive$/, handler: archive(false) },
    {
      method: 'POST',
      pattern: /^\/api\/owner\/workshops\/([a-z0-9]+)\/facilitator-link$/,
      handler: async (req, res, [id]) => {
        await owner(req);
        const w = await workshopOr404(id!);
        sendJson(res, 200, await facilitatorLink(w.id));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/details$/,
      handler: async (req, res, [id]) => {
        const w = await workshopOr404(id!);
        await facilitatorOf(req, w.id);
        sendJson(res, 200, detailsView(w));
      },
    },
    {
      method: 'PUT',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/details$/,
      handler: async (req, res, [id]) => {
        const w = await workshopOr404(id!);
        await facilitatorOf(req, w.id);
        await storage.setWorkshopDetails(w.id, await readJson(req, Details, config.maxBodyBytes));
        sendJson(res, 200, detailsView((await storage.getWorkshop(w.id))!));
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/join-code$/,
      handler: async (req, res, [id]) => {
        const w = await workshopOr404(id!);
        await facilitatorOf(req, w.id);
        sendJson(res, 200, { joinCode: await workshops.rotateJoinCode(w.id) });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/participants\/([^/]+)\/link$/,
      handler: async (req, res, [id, rawId]) => {
        const w = await workshopOr404(id!);
        await facilitatorOf(req, w.id);
        const pid = participantIdParam(decodeURIComponent(rawId!), 'participant');
        const { state } = await ledgers.get(w.id);
        const person = entryOf(state.participants, pid);
        const record = person ? await storage.getParticipant(pid) : null;
        if (!person || !record || record.workshopId !== w.id) throw new HttpError(404, 'participant_not_found', 'no such participant in this workshop');
        if (person.revoked || record.revokedAt !== null) throw new HttpError(409, 'participant_revoked', 'this person was removed from the workshop');
        const path = personalPath(w.id, person.role, person.displayName);
        if (!path) throw new HttpError(403, 'role_forbidden', "a facilitator's link comes from the owner's page");
        const token = await workshops.reissue(pid);
        sendJson(res, 200, { path: `${path}#token=${token}`, token, participantId: pid });
      },
    },
  ];
}
