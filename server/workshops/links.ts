/** The owner, facilitator, board and join links printed at start. */
import fs from 'node:fs';
import type { NetworkInterfaceInfo } from 'node:os';
import type { Participant } from '../../shared/schema/participants';
import type { WorkshopState } from '../../shared/state/workshopState';
import type { Config } from '../config';
import { certificateHostName, httpsBase } from '../http/tls';
import type { Ledgers } from '../commands/Ledgers';
import type { WorkshopRecord } from '../storage/Storage';
import type { WorkshopService } from './WorkshopService';

/** The wall-screen identity (an observer) whose link is printed for the projector. */
export const BOARD_NAME = 'Layar proyektor';

export interface StartupLinks {
  workshop: WorkshopRecord;
  facilitatorToken: string;
  boardToken: string;
  /** The finished demo (frozen, signed, sealed), shown beside the one in progress. */
  finished?: { workshop: WorkshopRecord; facilitatorToken: string };
}

export interface LinkDeps {
  ledgers: Ledgers;
  workshops: WorkshopService;
}

/** Active people, oldest first: the state's roles are the only roles (not the directory's). */
function active(state: WorkshopState): Participant[] {
  return Object.values(state.participants)
    .filter((p) => !p.revoked)
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
}

/** The lead facilitator as the decisions state knows them now (after any change of lead). */
export function leadFacilitator(state: WorkshopState): Participant | undefined {
  return active(state).find((p) => p.role === 'facilitator');
}

/**
 * Tokens are stored only as hashes, so the printed links carry fresh tokens each start
 * (for the same facilitator and board identities); links printed earlier keep working.
 */
export async function startupLinks(deps: LinkDeps, workshop: WorkshopRecord, finished?: WorkshopRecord): Promise<StartupLinks> {
  const { token: facilitatorToken } = await issueFacilitatorToken(deps, workshop.id);
  const boardToken = await issueBoardToken(deps, workshop.id);
  if (!finished) return { workshop, facilitatorToken, boardToken };
  const { token } = await issueFacilitatorToken(deps, finished.id);
  return { workshop, facilitatorToken, boardToken, finished: { workshop: finished, facilitatorToken: token } };
}

/**
 * A fresh token for the workshop's lead facilitator as the decisions state knows them now
 * (after any change of lead); a workshop without one gets a new facilitator.
 */
export async function issueFacilitatorToken(deps: LinkDeps, workshopId: string): Promise<{ token: string; participantId: string; name: string }> {
  const { state } = await deps.ledgers.get(workshopId);
  const lead = leadFacilitator(state);
  if (lead) return { token: await deps.workshops.reissue(lead.id), participantId: lead.id, name: lead.displayName };
  const { participant, token } = await deps.workshops.issue(workshopId, 'facilitator', { name: 'Fasilitator', sector: null });
  return { token, participantId: participant.id, name: participant.name };
}

/**
 * A fresh token for the workshop's wall-screen identity (an observer named BOARD_NAME, created
 * on first use): a projector laptop opened with it sees the board and can change nothing.
 */
export async function issueBoardToken(deps: LinkDeps, workshopId: string): Promise<string> {
  const { state } = await deps.ledgers.get(workshopId);
  const board = active(state).find((p) => p.role === 'observer' && p.displayName === BOARD_NAME);
  return board ? deps.workshops.reissue(board.id) : (await deps.workshops.issue(workshopId, 'observer', { name: BOARD_NAME, sector: null })).token;
}

/** Addresses other devices in the room can reach (IPv4, not loopback). */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
}

/**
 * The owner link (always) and, with the demo on, the demo workshop's links. The owner link
 * comes last: it is the one a facilitator needs to create their own workshop.
 */
export function printLinks(
  links: StartupLinks | null,
  ownerToken: string,
  config: Config,
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
  write: (s: string) => void = (s) => process.stdout.write(s),
): void {
  if (config.tlsCert) {
    // Phones trust the page only under a name its certificate covers: never localhost or an IP.
    const base = config.publicUrl ?? httpsBase(certificateHostName(fs.readFileSync(config.tlsCert)) ?? 'localhost', port);
    write(`${[...(links ? demoLines(links, base, []) : []), ...ownerLines(ownerToken, base)].join('\n')}\n`);
    return;
  }
  const local = config.publicUrl ?? `http://localhost:${port}`;
  const lan =
    config.publicUrl || (config.host !== '0.0.0.0' && config.host !== '::')
      ? []
      : lanAddresses(interfaces).map((a) => `http://${a}:${port}`);
  const lines = [...(links ? demoLines(links, local, lan) : []), ...ownerLines(ownerToken, local)];
  write(`${lines.join('\n')}\n`);
}

function ownerLines(ownerToken: string, local: string): string[] {
  return [
    '',
    `  Pemilik / Owner:            ${local}/o#token=${ownerToken}`,
    '  Di halaman itu Anda membuat lokakarya dan meminta tautan fasilitator baru. Simpan tautan ini baik-baik: siapa pun yang memegangnya dapat mengelola semua lokakarya.',
    '  There you create workshops and ask for a fresh facilitator link. Keep this link private: whoever holds it manages every workshop.',
    '',
  ];
}

function demoLines(links: StartupLinks, local: string, lan: string[]): string[] {
  const { workshop: w } = links;
  return [
    '',
    `  Mufakat — ${w.title}`,
    '',
    `  Fasilitator / Facilitator:  ${local}/f/${w.id}#token=${links.facilitatorToken}`,
    `  Layar / Board:              ${local}/b/${w.id}#token=${links.boardToken}`,
    `  Gabung / Join:              ${local}/j/${w.joinCode}    (kode / code: ${w.joinCode})`,
    ...lan.map((base) => `  Di jaringan lokal / On the local network: ${base}/j/${w.joinCode}`),
    '',
    ...(links.finished ? finishedLines(links.finished, local) : []),
    '',
    '  Simpan tautan fasilitator: tautan itu adalah kunci Anda. / Keep the facilitator link private: it is your key.',
  ];
}

/** Printed after the demo in progress, so the first facilitator link is always that one. */
function finishedLines(finished: NonNullable<StartupLinks['finished']>, local: string): string[] {
  const { workshop: w } = finished;
  return [
    '',
    `  ${w.title}`,
    '  Lokakarya yang sama sampai selesai: naskah final, tanda tangan, dan segel. / The same workshop finished: final text, signatures, seal.',
    `  Fasilitator / Facilitator:  ${local}/f/${w.id}#token=${finished.facilitatorToken}`,
  ];
}
