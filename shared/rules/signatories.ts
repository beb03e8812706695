/**
 * Capacities in which people sign the charter (charter-method.md §2.4, §3 Signatory):
 * pihak pertama (the provider's head), pihak kedua (service-user representative),
 * saksi (witness) and mengetahui (acknowledged by, e.g. the head of region); and pihak ketiga
 * (a partner such as a private clinic that takes on duties under the charter and signs as a party).
 */
import { z } from 'zod';
import type { ParticipantId, StakeholderId } from '../schema/ids';
import type { Participant } from '../schema/participants';
import type { Sector } from '../schema/stakeholders';

export const SIGNATORY_CAPACITIES = ['pihak_pertama', 'pihak_kedua', 'pihak_ketiga', 'saksi', 'mengetahui'] as const;
export type SignatoryCapacity = (typeof SIGNATORY_CAPACITIES)[number];

export const SIGNATORY_CAPACITY_LABELS: Record<SignatoryCapacity, { id: string; en: string }> = {
  pihak_pertama: { id: 'Pihak Pertama (pimpinan penyelenggara)', en: 'First party (head of the provider)' },
  pihak_kedua: { id: 'Pihak Kedua (wakil pengguna layanan)', en: 'Second party (service-user representative)' },
  pihak_ketiga: { id: 'Pihak Ketiga (mitra yang ikut menanggung kewajiban)', en: 'Third party (partner who takes on duties)' },
  saksi: { id: 'Saksi', en: 'Witness' },
  mengetahui: { id: 'Mengetahui', en: 'Acknowledged by' },
};

export type SignatoryIneligibility = 'participant_revoked' | 'signatory_needs_sector' | 'facilitator_cannot_sign';

/**
 * Who may be enrolled to sign: a person who speaks for one of the three pillars. Every capacity
 * is a pillar's signature (the naskah lists each signatory with their sector, and the freeze gate
 * counts sectors), so someone without a sector cannot sign: that excludes the wall-screen board
 * and the facilitator team. Facilitators and co-facilitators stay neutral (they do not vote or
 * answer either), so they do not sign the charter they steered, even if they have a sector.
 */
export function signatoryIneligibility(person: Pick<Participant, 'revoked' | 'sector' | 'role'>): SignatoryIneligibility | null {
  if (person.revoked) return 'participant_revoked';
  if (person.role === 'facilitator' || person.role === 'co_facilitator') return 'facilitator_cannot_sign';
  if (person.sector === null) return 'signatory_needs_sector';
  return null;
}

/**
 * The users' representative's mandate, printed in the komparisi of the naskah: whom they act for
 * ("bertindak untuk dan atas nama Forum Peduli Kesehatan Ibu dan Anak Kecamatan ...") and how
 * they were chosen ("dipilih oleh peserta kelompok masyarakat dalam lokakarya", "surat kuasa").
 */
export interface Mandate {
  actsFor: string;
  chosenBy: string;
}

export const mandateSchema = z.strictObject({
  actsFor: z.string().trim().min(3).max(300),
  chosenBy: z.string().trim().min(3).max(300),
});

/** Only the users' representative carries a mandate; only a third party names a partner. */
export const MANDATE_CAPACITY: SignatoryCapacity = 'pihak_kedua';
export const PARTNER_CAPACITY: SignatoryCapacity = 'pihak_ketiga';

export interface Signatory {
  participantId: ParticipantId;
  capacity: SignatoryCapacity;
  /** Copied from the participant at enrolment; the gate checks sectors. */
  sector: Sector | null;
  enrolledBy: ParticipantId;
  enrolledAt: string;
  /** Pihak kedua: whom they act for and how they were chosen (absent in logs before format 6). */
  mandate?: Mandate;
  /** Pihak ketiga: the stakeholder card of the partner they sign for. */
  partnerId?: StakeholderId;
}

/**
 * A signatory's Ed25519 public key, registered by the signatory from their own browser (the
 * secret key never leaves it) and bound to the name, title and institution printed under the
 * signature. A new registration replaces the previous key; signatures already made keep the
 * key they were made with.
 */
export interface SigningKey {
  participantId: ParticipantId;
  /** base64url of the raw 32-byte public key. */
  publicKey: string;
  /** base64url(SHA-256(raw public key)). */
  keyId: string;
  title: string;
  institution: string;
  /** A civil servant's NIP, 18 digits, when the signatory has one (event format 7). */
  nip?: string;
  registeredAt: string;
}

/** "197001011995031001" → "19700101 199503 1 001", as a NIP is printed (birth date, appointment, sex, serial). */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

/** One accepted signature on one frozen charter version (verified before it was recorded). */
export interface CharterSignature {
  charterVersion: number;
  charterSha256: string;
  participantId: ParticipantId;
  capacity: SignatoryCapacity;
  keyId: string;
  publicKey: string;
  /** base64url of the 64-byte Ed25519 signature over UTF-8(JCS(signature payload)). */
  signature: string;
  /** Title, institution and NIP as registered when signing. */
  title: string;
  institution: string;
  nip?: string;
  signedAt: string;
}

/**
 * A wet-ink signature (format 7): a facilitator records that an enrolled signatory signed the
 * printed naskah of the frozen version. Not cryptographic: the record says who wrote it down and
 * when, and the server's seal binds it into the bundle. The scan of the signed page, when there is
 * one, stays with the office: only its SHA-256 (computed in the browser) enters the log, so a
 * scan shown later can be matched against it.
 */
export interface WetInkSignature {
  method: 'wet_ink';
  charterVersion: number;
  charterSha256: string;
  participantId: ParticipantId;
  capacity: SignatoryCapacity;
  /** Jabatan, instansi and NIP (if any) as printed under the signature. */
  title: string;
  institution: string;
  nip?: string;
  /** When the person signed the paper (as the facilitator recorded it). */
  signedAt: string;
  recordedBy: ParticipantId;
  /** The recorder's name then, as the sealed bundle prints it. */
  recordedByName: string;
  recordedAt: string;
  /** hex SHA-256 of the scan of the signed page, if one was made. */
  scanSha256?: string;
}

/** Any signature that counts: made in the browser (Ed25519) or recorded as wet ink. */
export type AnySignature = CharterSignature | WetInkSignature;

export const isWetInk = (s: AnySignature | { method?: unknown }): s is WetInkSignature => (s as { method?: unknown }).method === 'wet_ink';

/**
 * The capacities whose signatures make the charter signed: both parties and at least one
 * witness, and every pihak ketiga enrolled (a partner the agreement obliges is a party: its
 * signature cannot be left out). `mengetahui` (acknowledged by) is welcome but optional: a head
 * of region may sign later.
 */
export const REQUIRED_SIGNING_CAPACITIES: readonly SignatoryCapacity[] = ['pihak_pertama', 'pihak_kedua', 'saksi'];

type Placed = { capacity: SignatoryCapacity; participantId: string };

/**
 * Required capacities that no signature covers yet; empty means "signed". `enrolled` is the
 * charter's list of signatories: each pihak ketiga in it must have signed as such.
 */
export function missingSigningCapacities(signed: Iterable<Placed>, enrolled: readonly Placed[] = []): SignatoryCapacity[] {
  const all = [...signed];
  const have = new Set(all.map((s) => s.capacity));
  const missing = REQUIRED_SIGNING_CAPACITIES.filter((c) => !have.has(c));
  const partyUnsigned = enrolled.some((e) => e.capacity === 'pihak_ketiga' && !all.some((s) => s.capacity === 'pihak_ketiga' && s.participantId === e.participantId));
  return partyUnsigned ? [...missing, 'pihak_ketiga'] : missing;
}
