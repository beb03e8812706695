/**
 * Pure reading of the decisions state for the sign-off: who must sign the frozen version,
 * who has, and what the viewer may still do. Only signatures on this version AND this hash count.
 */
import type { SignatoryCapacity } from '../../../../shared/rules/signatories';
import { REQUIRED_SIGNING_CAPACITIES, SIGNATORY_CAPACITIES } from '../../../../shared/rules/signatories';
import type { PublicWorkshopState } from '../../../../shared/state/projection';
import { entryOf } from '../../../../shared/schema/records';

export interface CapacityStatus {
  capacity: SignatoryCapacity;
  required: boolean;
  /** People enrolled in this capacity (active). */
  enrolled: { participantId: string; name: string }[];
  signed: SignedEntry[];
}

/** A signature as the sign-off shows it: made in the browser, or in wet ink as a facilitator recorded it. */
export interface SignedEntry {
  participantId: string;
  name: string;
  title: string;
  institution: string;
  signedAt: string;
  method: 'browser' | 'wet_ink';
  /** Wet ink: who recorded it and when, and the scan's SHA-256 if any. */
  recordedBy?: string;
  recordedAt?: string;
  scanSha256?: string;
}

type Version = { charterVersion: number; charterSha256: string };

const nameIn = (state: PublicWorkshopState) => (id: string) => entryOf(state.participants, id)?.displayName ?? id;

/** Required capacities always; optional ones (mengetahui) when someone is enrolled or signed. */
export function capacityStatuses(state: PublicWorkshopState, version: Version): CapacityStatus[] {
  const name = nameIn(state);
  const active = state.signatories.filter((s) => entryOf(state.participants, s.participantId) && !entryOf(state.participants, s.participantId)?.revoked);
  const ofVersion = (s: { charterVersion: number; charterSha256: string }) => s.charterVersion === version.charterVersion && s.charterSha256 === version.charterSha256;
  const signatures = state.charterSignatures.filter(ofVersion);
  // Decisions documents written before event format 7 have no wet-ink list.
  const wetInk = (state.wetInkSignatures ?? []).filter(ofVersion);
  return SIGNATORY_CAPACITIES.map((capacity): CapacityStatus => ({
    capacity,
    required: REQUIRED_SIGNING_CAPACITIES.includes(capacity) || (capacity === 'pihak_ketiga' && active.some((s) => s.capacity === 'pihak_ketiga')),
    enrolled: active.filter((s) => s.capacity === capacity).map((s) => ({ participantId: s.participantId, name: name(s.participantId) })),
    signed: [
      ...signatures
        .filter((s) => s.capacity === capacity)
        .map((s): SignedEntry => ({ participantId: s.participantId, name: name(s.participantId), title: s.title, institution: s.institution, signedAt: s.signedAt, method: 'browser' })),
      ...wetInk
        .filter((s) => s.capacity === capacity)
        .map((s): SignedEntry => ({
          participantId: s.participantId,
          name: name(s.participantId),
          title: s.title,
          institution: s.institution,
          signedAt: s.signedAt,
          method: 'wet_ink',
          recordedBy: s.recordedByName || name(s.recordedBy),
          recordedAt: s.recordedAt,
          ...(s.scanSha256 ? { scanSha256: s.scanSha256 } : {}),
        })),
    ],
  })).filter((c) => c.required || c.enrolled.length > 0 || c.signed.length > 0);
}

/** Required capacities nobody has signed in yet. */
export function missingCapacities(statuses: readonly CapacityStatus[]): SignatoryCapacity[] {
  return statuses.filter((c) => c.required && c.signed.length === 0).map((c) => c.capacity);
}

export interface MySigning {
  capacities: SignatoryCapacity[];
  /** Capacities the viewer still has to sign this version in. */
  toSign: SignatoryCapacity[];
  registered: { publicKey: string; keyId: string; title: string; institution: string; nip?: string } | null;
}

export function mySigning(state: PublicWorkshopState, participantId: string, version: Version | null): MySigning {
  const capacities = state.signatories.filter((s) => s.participantId === participantId).map((s) => s.capacity);
  const done = new Set(
    version
      ? [...state.charterSignatures, ...(state.wetInkSignatures ?? [])]
          .filter((s) => s.participantId === participantId && s.charterVersion === version.charterVersion && s.charterSha256 === version.charterSha256)
          .map((s) => s.capacity)
      : [],
  );
  const key = entryOf(state.signingKeys, participantId);
  return {
    capacities,
    toSign: capacities.filter((c) => !done.has(c)),
    registered: key ? { publicKey: key.publicKey, keyId: key.keyId, title: key.title, institution: key.institution, ...(key.nip ? { nip: key.nip } : {}) } : null,
  };
}

/** "a3f0 9c1e …": groups of four hex digits, to read aloud and compare with a printed copy. */
export function groupHash(hex: string, size = 4): string[] {
  const groups: string[] = [];
  for (let i = 0; i < hex.length; i += size) groups.push(hex.slice(i, i + size));
  return groups;
}
