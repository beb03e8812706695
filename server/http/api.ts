/** Routes under `/api`. Each returns JSON; failures are `{error: {code, message}}`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { SECTORS, STAKEHOLDER_CATEGORIES } from '../../shared/schema/stakeholders';
import type { Config } from '../config';
import type { ParticipantRecord, Storage, WorkshopRecord } from '../storage/Storage';
import type { WorkshopService } from '../workshops/WorkshopService';
import { normaliseJoinCode } from '../workshops/tokens';
import { bearerToken, HttpError, readJson, sendJson } from './json';

const text = (max: number) => z.string().trim().min(1).max(max);

const CreateWorkshop = z.object({ title: text(200), serviceName: text(200) });
const Join = z.object({
  joinCode: text(20),
  name: text(100),
  sector: z.enum(SECTORS),
  category: z.enum(STAKEHOLDER_CATEGORIES),
  userGroup: z.string().trim().max(100).nullish(),
});

export interface ApiDeps {
  config: Config;
  storage: Storage;
  workshops: WorkshopService;
}

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;
interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

export function createApi(deps: ApiDeps): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void> {
  const { config, storage, workshops } = deps;

  const workshopView = (w: WorkshopRecord) => ({
    workshopId: w.id,
    title: w.title,
    serviceName: w.serviceName,
    joinCode: w.joinCode,
  });
  const meView = (p: ParticipantRecord) => ({
    participantId: p.id,
    name: p.name,
    role: p.role,
    sector: p.sector,
    category: p.category,
    userGroup: p.userGroup,
  });

  async function authenticated(req: IncomingMessage, workshopId: string): Promise<ParticipantRecord> {
    const p = await workshops.authenticate(bearerToken(req));
    if (!p) throw new HttpError(401, 'unauthorized', 'missing, unknown or revoked token');
    if (p.workshopId !== workshopId) throw new HttpError(403, 'forbidden', 'token is for another workshop');
    return p;
  }

  const routes: Route[] = [
    {
      method: 'POST',
      pattern: /^\/api\/workshops$/,
      handler: async (req, res) => {
        if (config.adminToken && bearerToken(req) !== config.adminToken) {
          throw new HttpError(401, 'unauthorized', 'creating a workshop requires the admin token');
        }
        const body = await readJson(req, CreateWorkshop, config.maxBodyBytes);
        const w = await workshops.createWorkshop(body);
        const facilitator = await workshops.issue(w.id, 'facilitator', { name: 'Fasilitator' });
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
        const { participant, token } = await workshops.join(w, body);
        sendJson(res, 201, { workshopId: w.id, participantId: participant.id, participantToken: token });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([a-z0-9]+)$/,
      handler: async (req, res, [id]) => {
        const w = await storage.getWorkshop(id!);
        if (!w) throw new HttpError(404, 'not_found', 'no such workshop');
        const me = await authenticated(req, w.id);
        sendJson(res, 200, { ...workshopView(w), me: meView(me) });
      },
    },
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
    await route.handler(req, res, params);
  };
}
