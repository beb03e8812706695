/** Routes under `/api`. Each returns JSON; failures are `{error: {code, message, params?}}`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { verifyChain, type ChainEntry } from '../../shared/charter/eventChain';
import type { Refusal } from '../../shared/commands/result';
import { canActOnBehalf } from '../../shared/commands/permissions';
import { projectVoteRound } from '../../shared/rules/dotVote';
import { asParticipantId, isRecordId } from '../../shared/schema/ids';
import { sectorOf } from '../../shared/state/workshopState';
import { SECTORS, STAKEHOLDER_CATEGORIES } from '../../shared/schema/stakeholders';
import { templateSummary } from '../../shared/schema/serviceTemplates';
import { SERVICE_TEMPLATES } from '../../shared/schema/templates';
import type { Config } from '../config';
import type { CharterVersions } from '../charter/CharterVersions';
import { CommandFailed, type CommandPipeline } from '../commands/CommandPipeline';
import type { Ledgers } from '../commands/Ledgers';
import type { Storage, WorkshopRecord } from '../storage/Storage';
import { type Authenticated, type Authenticator, isAuthFailure } from '../workshops/Authenticator';
import { RefusedError, type WorkshopService } from '../workshops/WorkshopService';
import { issueBoardToken } from '../workshops/links';
import { normaliseJoinCode } from '../workshops/tokens';
import { charterRoutes } from './charterRoutes';
import { complaintRoutes } from './complaintRoutes';
import { meetingRecordRoutes } from './meetingRecordRoutes';
import { ownerRoutes } from './ownerRoutes';
import { surveyRoutes } from './surveyRoutes';
import { participantIdParam, roundOr404 } from './roundLookup';
import { bearerToken, HttpError, holdUntilOnDisk, readJson, sendJson } from './json';

const text = (max: number) => z.string().trim().min(1).max(max);

const CreateWorkshop = z.object({ title: text(200), serviceName: text(200) });
const Join = z.object({
  joinCode: text(20),
  name: text(100),
  sector: z.enum(SECTORS),
  category: z.enum(STAKEHOLDER_CATEGORIES),
  userGroup: z.string().trim().max(100).nullish(),
  /** Random id the browser keeps across joins; lets a revocation hold until a facilitator lifts it. */
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/).nullish(),
});
/**
 * A command is `{type, ...}`; `onBehalfOf` (facilitators only) is taken off before the rules
 * see it. The body is read as plain JSON, not through a zod object: zod drops an own
 * `"__proto__"` key, and the strict command schema must see every key the client sent.
 */
const CommandBody = z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'a command is a JSON object');

function splitEnvelope(body: Record<string, unknown>): { onBehalfOf?: string; command: Record<string, unknown> } {
  const { onBehalfOf, ...command } = body;
  if (onBehalfOf === undefined) return { command };
  if (!isRecordId(onBehalfOf)) throw new HttpError(422, 'invalid_request', 'onBehalfOf: expected a participant id');
  return { onBehalfOf, command };
}

export interface ApiDeps {
  config: Config;
  storage: Storage;
  workshops: WorkshopService;
  auth: Authenticator;
  ledgers: Ledgers;
  pipeline: CommandPipeline;
  charters: CharterVersions;
  /** Closes one person's live sync sockets (their tokens were replaced); app.ts wires the sync server. */
  closePersonSockets?: (workshopId: string, participantId: string) => void;
}

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;
interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

export const refusalError = (r: Refusal) =>
  new HttpError(r.status, r.code, r.message, r.params as Record<string, unknown> | undefined);

export function createApi(deps: ApiDeps): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void> {
  const { config, storage, workshops, auth, ledgers, pipeline, charters } = deps;

  const workshopView = (w: WorkshopRecord) => ({
    workshopId: w.id,
    title: w.title,
    serviceName: w.serviceName,
    joinCode: w.joinCode,
  });

  async function workshopOr404(id: string): Promise<WorkshopRecord> {
    const w = await storage.getWorkshop(id);
    if (!w) throw new HttpError(404, 'not_found', 'no such workshop');
    return w;
  }

  async function authenticated(req: IncomingMessage, workshopId: string): Promise<Authenticated> {
    const who = await auth.authenticate(bearerToken(req), workshopId);
    if (isAuthFailure(who)) throw new HttpError(who.status, who.code, who.message);
    return who;
  }

  const routes: Route[] = [
    {
      // The server's clock, for screens that show the shared step timer (client serverClock.ts).
      method: 'GET',
      pattern: /^\/api\/time$/,
      handler: async (_req, res) => sendJson(res, 200, { now: Date.now() }),
    },
    {
      // The service templates a new workshop may start from (issue 17): what the picker shows.
      method: 'GET',
      pattern: /^\/api\/templates$/,
      handler: async (_req, res) => sendJson(res, 200, { templates: SERVICE_TEMPLATES.map(templateSummary) }),
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops$/,
      handler: async (req, res) => {
        if (config.adminToken && bearerToken(req) !== config.adminToken) {
          throw new HttpError(401, 'unauthorized', 'creating a workshop requires the admin token');
        }
        const body = await readJson(req, CreateWorkshop, config.maxBodyBytes);
        const w = await workshops.createWorkshop(body);
        const facilitator = await workshops.issue(w.id, 'facilitator', { name: 'Fasilitator', sector: null });
        sendJson(res, 201, { workshopId: w.id, facilitatorToken: facilitator.token, joinCode: w.joinCode });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/join\/([^/]+)$/,
      handler: async (_req, res, [code]) => {
        const w = await storage.getWorkshopByJoinCode(normaliseJoinCode(decodeURIComponent(code!)));
        if (!w) throw new HttpError(404, 'unknown_join_code', 'no workshop has this join code');
        sendJson(res, 200, { workshopId: w.id, title: w.title, serviceName: w.serviceName });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/join$/,
      handler: async (req, res) => {
        const body = await readJson(req, Join, config.maxBodyBytes);
        const w = await storage.getWorkshopByJoinCode(normaliseJoinCode(body.joinCode));
        if (!w) throw new HttpError(404, 'unknown_join_code', 'no workshop has this join code');
        const { participant, token } = await workshops.issue(w.id, 'participant', body);
        sendJson(res, 201, { workshopId: w.id, participantId: participant.id, participantToken: token });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([a-z0-9]+)$/,
      handler: async (req, res, [id]) => {
        const w = await workshopOr404(id!);
        const { record, participant } = await authenticated(req, w.id);
        sendJson(res, 200, {
          ...workshopView(w),
          me: {
            participantId: participant.id,
            name: participant.displayName,
            role: participant.role,
            sector: participant.sector,
            category: record.category,
            userGroup: record.userGroup,
          },
        });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/commands$/,
      handler: async (req, res, [id]) => {
        const w = await workshopOr404(id!);
        const { participant } = await authenticated(req, w.id);
        const { onBehalfOf, command } = splitEnvelope(await readJson(req, CommandBody, config.maxBodyBytes));
        const actor = {
          participantId: participant.id,
          role: participant.role,
          sector: participant.sector,
          ...(onBehalfOf ? { onBehalfOf: asParticipantId(onBehalfOf) } : {}),
        };
        const result = await pipeline.execute(w.id, actor, command);
        if (!result.ok) throw refusalError(result);
        sendJson(res, 200, { event: result.entry });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/events$/,
      handler: async (req, res, [id]) => {
        const w = await workshopOr404(id!);
        const { participant } = await authenticated(req, w.id);
        if (participant.role !== 'facilitator' && participant.role !== 'co_facilitator') {
          // The log records who placed which dot; hidden voting must stay hidden.
          throw new HttpError(403, 'role_forbidden', 'only facilitators may read the full event log');
        }
        const events = (await storage.loadEvents(w.id)) as ChainEntry[];
        sendJson(res, 200, { events, verification: verifyChain(w.id, events) });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/chain$/,
      handler: async (req, res, [id]) => {
        const w = await workshopOr404(id!);
        await authenticated(req, w.id);
        const events = (await storage.loadEvents(w.id)) as ChainEntry[];
        sendJson(res, 200, verifyChain(w.id, events));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/rounds\/([A-Za-z0-9_-]{1,64})\/mine$/,
      handler: async (req, res, [id, roundId]) => {
        // A person's own dots: the public projection hides them until the reveal, so each
        // device asks here (a facilitator may ask for the person they enter dots for).
        const w = await workshopOr404(id!);
        const { participant } = await authenticated(req, w.id);
        const url = new URL(req.url ?? '/', 'http://localhost');
        const forId = participantIdParam(url.searchParams.get('for') ?? participant.id, 'for');
        if (forId !== participant.id && !canActOnBehalf(participant.role)) {
          throw new HttpError(403, 'role_forbidden', "only facilitators may read someone else's dots");
        }
        const { state } = await ledgers.get(w.id);
        const round = roundOr404(state, roundId);
        const view = projectVoteRound(round, sectorOf(state), forId);
        sendJson(res, 200, { roundId: round.id, budgetPerPerson: round.budgetPerPerson, capPerOption: round.capPerOption, myDots: view.myDots ?? {} });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/my-link$/,
      handler: async (req, res, [id]) => {
        // "Replace my link" (issue 19): one fresh token for the caller; every earlier token of
        // this person (another device, a link read off a plain-HTTP Wi-Fi) stops working, and
        // the sockets opened with them close.
        const w = await workshopOr404(id!);
        const { participant } = await authenticated(req, w.id);
        const token = await workshops.replaceTokens(participant.id);
        deps.closePersonSockets?.(w.id, participant.id);
        sendJson(res, 200, { token });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/board-link$/,
      handler: async (req, res, [id]) => {
        // A link for the projector laptop: the wall-screen (observer) identity, not the facilitator's.
        const w = await workshopOr404(id!);
        const { participant } = await authenticated(req, w.id);
        if (!canActOnBehalf(participant.role)) throw new HttpError(403, 'role_forbidden', 'only facilitators hand out the board link');
        const token = await issueBoardToken({ ledgers, workshops }, w.id);
        sendJson(res, 200, { path: `/b/${w.id}#token=${token}`, token });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([a-z0-9]+)\/rounds\/([A-Za-z0-9_-]{1,64})\/voters$/,
      handler: async (req, res, [id, roundId]) => {
        // Who has voted (not what): the facilitator's "who has not voted yet" during a hidden round.
        const w = await workshopOr404(id!);
        const { participant } = await authenticated(req, w.id);
        if (!canActOnBehalf(participant.role)) throw new HttpError(403, 'role_forbidden', 'only facilitators see who has voted');
        const { state } = await ledgers.get(w.id);
        const round = roundOr404(state, roundId);
        const voted = Object.entries(round.dots)
          .filter(([, perOption]) => Object.values(perOption).some((n) => n > 0))
          .map(([pid]) => pid);
        sendJson(res, 200, { roundId: round.id, voted });
      },
    },
    ...charterRoutes({ config, charters, workshopOr404, member: authenticated }),
    ...meetingRecordRoutes({ storage, workshopOr404, member: authenticated }),
    ...surveyRoutes({ pipeline, workshopOr404, member: authenticated }),
    ...complaintRoutes({ ledgers, pipeline, workshopOr404, member: authenticated, refusalError }),
    ...ownerRoutes({ config, storage, workshops, ledgers, workshopOr404, member: authenticated }),
  ];

  return async (req, res, path) => {
    const matching = routes.filter((r) => r.pattern.test(path));
    const route = matching.find((r) => r.method === req.method);
    if (!route) {
      throw matching.length
        ? new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here`)
        : new HttpError(404, 'not_found', 'no such API route');
    }
    const params = route.pattern.exec(path)!.slice(1);
    if (req.method !== 'GET' && req.method !== 'HEAD') holdUntilOnDisk(res, () => storage.whenOnDisk());
    try {
      await route.handler(req, res, params);
    } catch (err) {
      if (err instanceof RefusedError) throw refusalError(err.refusal);
      if (err instanceof CommandFailed) {
        // Logged with the workshop and command type by the pipeline; the request hears only this.
        throw new HttpError(500, 'command_failed', 'the server could not carry out this command; nothing was stored');
      }
      throw err;
    }
  };
}
