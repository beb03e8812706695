/** The facilitator, board and join links printed at start. */
import type { NetworkInterfaceInfo } from 'node:os';
import type { App } from '../app';
import type { Config } from '../config';
import type { Storage, WorkshopRecord } from '../storage/Storage';
import type { WorkshopService } from './WorkshopService';

/** The wall-screen identity (an observer) whose link is printed for the projector. */
export const BOARD_NAME = 'Layar proyektor';

export interface StartupLinks {
  workshop: WorkshopRecord;
  facilitatorToken: string;
  boardToken: string;
}

/**
 * Tokens are stored only as hashes, so the printed links carry fresh tokens each start
 * (for the same facilitator and board identities); links printed earlier keep working.
 */
export async function startupLinks(app: App, workshop: WorkshopRecord): Promise<StartupLinks> {
  const people = await app.storage.listParticipants(workshop.id);
  const live = people.filter((p) => p.revokedAt === null);
  const facilitator = live.find((p) => p.role === 'facilitator');
  const facilitatorToken = facilitator
    ? await app.workshops.reissue(facilitator)
    : (await app.workshops.issue(workshop.id, 'facilitator', { name: 'Fasilitator', sector: null })).token;
  const boardToken = await issueBoardToken(app.storage, app.workshops, workshop.id);
  return { workshop, facilitatorToken, boardToken };
}

/**
 * A fresh token for the workshop's wall-screen identity (an observer named BOARD_NAME, created
 * on first use): a projector laptop opened with it sees the board and can change nothing.
 */
export async function issueBoardToken(storage: Storage, workshops: WorkshopService, workshopId: string): Promise<string> {
  const people = await storage.listParticipants(workshopId);
  const board = people.find((p) => p.revokedAt === null && p.role === 'observer' && p.name === BOARD_NAME);
  return board ? workshops.reissue(board) : (await workshops.issue(workshopId, 'observer', { name: BOARD_NAME, sector: null })).token;
}

/** Addresses other devices in the room can reach (IPv4, not loopback). */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
}

export function printLinks(
  links: StartupLinks,
  config: Config,
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
  write: (s: string) => void = (s) => process.stdout.write(s),
): void {
  const local = config.publicUrl ?? `http://localhost:${port}`;
  const lan =
    config.publicUrl || (config.host !== '0.0.0.0' && config.host !== '::')
      ? []
      : lanAddresses(interfaces).map((a) => `http://${a}:${port}`);
  const { workshop: w } = links;
  const lines = [
    '',
    `  Mufakat — ${w.title}`,
    '',
    `  Fasilitator / Facilitator:  ${local}/f/${w.id}#token=${links.facilitatorToken}`,
    `  Layar / Board:              ${local}/b/${w.id}#token=${links.boardToken}`,
    `  Gabung / Join:              ${local}/j/${w.joinCode}    (kode / code: ${w.joinCode})`,
    ...lan.map((base) => `  Di jaringan lokal / On the local network: ${base}/j/${w.joinCode}`),
    '',
    '  Simpan tautan fasilitator: tautan itu adalah kunci Anda. / Keep the facilitator link private: it is your key.',
    '',
  ];
  write(`${lines.join('\n')}\n`);
}
