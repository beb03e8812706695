/**
 * The public view of a frozen charter: what the bundle routes give anyone without a token
 * (the QR code of a printed copy, the /verify page, a citizen's download). UU 27/2022 (PDP)
 * and the plain fact that citizens are reluctant to criticise officials openly ask that it
 * names nobody without consent and shows nobody's individual answer:
 *
 * - names only with consent: signatories (they sign under their name), and stakeholder cards or
 *   participants whose card says `publishNameConsent` (a participant matches a card by name).
 *   Everyone else is "Peserta unsur <sektor> <n>" (their place in the sector's list), a card without
 *   consent is its position and organisation, unless a pihak ketiga signs for it (a party);
 * - consensus answers per sector only: the counts per answer kind per sector stay (they are
 *   already aggregated); reservations, blocks, stand-asides and dissent lose the participant id
 *   and keep the sector (reasons sorted by sector and text, so their order says nothing about
 *   who answered when);
 * - a minority report is attributed only when every author consents, else "disampaikan oleh
 *   peserta".
 *
 * The signed object stays the full charter document: signatures cover its digest
 * (`charterSha256`), which the public bundle keeps. The projection has its own digest
 * (`publicSha256`) and the server's seal, over the whole public bundle with its own type tag,
 * binds the two: "this public view was made from the charter with that digest". Anyone who holds
 * the full bundle can recompute `publicCharter(full.charter)` and compare digests. Facilitators
 * keep the full record (the same routes with a facilitator's token). Docs:
 * docs/charter-bundle.md "The public view".
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { ConsensusResult } from '../rules/consensus';
import type { ParticipantId } from '../schema/ids';
import type { Sector } from '../schema/stakeholders';
import { SECTORS } from '../schema/stakeholders';
import type { BilingualText } from '../schema/text';
import { toBase64url } from './base64url';
import type { BundleSeal, CharterBundle } from './bundle';
import { canonicalHash, canonicalJson } from './canonical';
import type { CharterClause, CharterDocument } from './charterDocument';
import { keyIdOf, publicKeyOf, signEd25519 } from './ed25519';

export const PUBLIC_CHARTER_FORMAT = 'mufakat-charter-public/1';
export const PUBLIC_BUNDLE_FORMAT = 'mufakat-charter-public-bundle/1';
export const PUBLIC_SEAL_PAYLOAD_TYPE = 'mufakat/charter-public-seal';

/** A consensus result without who answered what: sectors, counts and unsigned reasons. */
export interface PublicConsensusResult extends Omit<ConsensusResult, 'reservations' | 'standAsides' | 'dissenters' | 'blockers'> {
  reservations: { sector: Sector | null; text?: string }[];
  standAsides: { sector: Sector | null }[];
  dissenters: { sector: Sector | null }[];
  blockers: { sector: Sector | null; reason?: string }[];
}

type FullConsensus = NonNullable<CharterClause['consensus']>;
export interface PublicConsensus extends Omit<FullConsensus, 'result' | 'minorityReport'> {
  result: PublicConsensusResult;
  /** `authors` empty and `attribution` "disampaikan oleh peserta" unless every author consents. */
  minorityReport?: { text: BilingualText; authors: string[]; attribution: BilingualText };
}

export interface PublicCharterClause extends Omit<CharterClause, 'consensus'> {
  consensus?: PublicConsensus;
}

export interface PublicCharterDocument extends Omit<CharterDocument, 'format' | 'sections'> {
  format: typeof PUBLIC_CHARTER_FORMAT;
  sections: (Omit<CharterDocument['sections'][number], 'clauses'> & { clauses: PublicCharterClause[] })[];
}

export interface PublicCharterBundle {
  format: typeof PUBLIC_BUNDLE_FORMAT;
  charter: PublicCharterDocument;
  /** hex(SHA-256(UTF-8(JCS(charter)))) of the public view above. */
  publicSha256: string;
  /** The digest of the full charter document: what the signatures sign. */
  charterSha256: string;
  signatures: CharterBundle['signatures'];
  /** As in the full bundle (signatories sign under their name); the recorder is named only with consent. */
  wetInk?: CharterBundle['wetInk'];
  seal?: BundleSeal;
}

/** Either bundle, and either clause, as the exports (Markdown, PDF) read them. */
export type AnyCharterBundle = CharterBundle | PublicCharterBundle;
export type AnyCharterClause = CharterClause | PublicCharterClause;

export const BY_PARTICIPANTS: BilingualText = { id: 'disampaikan oleh peserta', en: 'submitted by participants' };

/** How the public view calls a sector's people: "Peserta unsur masyarakat 2", as the pillars are called in official letters. */
const UNSUR: Record<Sector, string> = { government: 'unsur pemerintah', private: 'unsur swasta', civil_society: 'unsur masyarakat' };

const norm = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const sectorRank = (s: Sector | null) => (s ? SECTORS.indexOf(s) : SECTORS.length);
const compareText = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);

/** Who may be named, and how everyone else is called, for one charter. */
export interface PublicNames {
  /** The name to print for a participant: their own with consent, else "Peserta unsur <sektor> <n>". */
  participant(id: ParticipantId | string): string;
  consents(id: ParticipantId | string): boolean;
  sectorOf(id: ParticipantId | string): Sector | null;
}

export function publicNames(charter: Pick<CharterDocument, 'signatories' | 'stakeholders' | 'participantsBySector'>): PublicNames {
  const consentingCards = new Set(charter.stakeholders.filter((c) => c.publishNameConsent).map((c) => norm(c.name)));
  const refusingCards = new Set(charter.stakeholders.filter((c) => !c.publishNameConsent).map((c) => norm(c.name)));
  const signatories = new Set<string>(charter.signatories.map((s) => s.participantId));
  const named = new Map<string, string>();
  const consenting = new Set<string>(signatories);
  const sectors = new Map<string, Sector>();
  for (const sector of SECTORS) {
    const people = charter.participantsBySector[sector] ?? [];
    people.forEach((p, i) => {
      sectors.set(p.participantId, sector);
      const key = norm(p.displayName);
      // A card that says no wins over a same-named card that says yes.
      const consent = signatories.has(p.participantId) || (consentingCards.has(key) && !refusingCards.has(key));
      if (consent) consenting.add(p.participantId);
      named.set(p.participantId, consent ? p.displayName : `Peserta ${UNSUR[sector]} ${i + 1}`);
    });
  }
  for (const s of charter.signatories) if (!named.has(s.participantId)) named.set(s.participantId, s.displayName);
  return {
    participant: (id) => named.get(id) ?? 'Peserta',
    consents: (id) => consenting.has(id),
    sectorOf: (id) => sectors.get(id) ?? charter.signatories.find((s) => s.participantId === id)?.sector ?? null,
  };
}

function publicResult(result: ConsensusResult, names: PublicNames): PublicConsensusResult {
  const { reservations, standAsides, dissenters, blockers, ...aggregate } = result;
  const bySector = <T extends { sector: Sector | null }>(a: T, b: T, text: (x: T) => string | undefined) => sectorRank(a.sector) - sectorRank(b.sector) || compareText(text(a), text(b));
  return {
    ...aggregate,
    reservations: reservations
      .map((r) => ({ sector: names.sectorOf(r.participantId), ...(r.text !== undefined ? { text: r.text } : {}) }))
      .sort((a, b) => bySector(a, b, (x) => x.text)),
    standAsides: standAsides.map((id) => ({ sector: names.sectorOf(id) })).sort((a, b) => bySector(a, b, () => '')),
    dissenters: dissenters.map((id) => ({ sector: names.sectorOf(id) })).sort((a, b) => bySector(a, b, () => '')),
    blockers: blockers
      .map((r) => ({ sector: names.sectorOf(r.participantId), ...(r.reason !== undefined ? { reason: r.reason } : {}) }))
      .sort((a, b) => bySector(a, b, (x) => x.reason)),
  };
}

function publicConsensus(consensus: FullConsensus, names: PublicNames): PublicConsensus {
  const { result, minorityReport, decidedBy, ...rest } = consensus;
  const out: PublicConsensus = { ...rest, result: publicResult(result, names) };
  if (decidedBy) out.decidedBy = { participantId: decidedBy.participantId, displayName: names.participant(decidedBy.participantId) };
  if (minorityReport) {
    const all = minorityReport.authorIds.length > 0 && minorityReport.authorIds.every((id) => names.consents(id));
    const authors = all ? minorityReport.authorIds.map((id) => names.participant(id)) : [];
    out.minorityReport = { text: minorityReport.text, authors, attribution: all ? { id: authors.join(', '), en: authors.join(', ') } : BY_PARTICIPANTS };
  }
  return out;
}

/** The public projection of a charter document (pure, deterministic: anyone can recompute it). */
export function publicCharter(charter: CharterDocument): PublicCharterDocument {
  const names = publicNames(charter);
  // A partner that a pihak ketiga signs for is a party to the agreement: signing names it.
  const parties = new Set(charter.signatories.flatMap((s) => (s.partner ? [s.partner.stakeholderId] : [])));
  const cardLabel = new Map<string, string>();
  const perSector = new Map<Sector, number>();
  for (const card of charter.stakeholders) {
    const n = (perSector.get(card.sector) ?? 0) + 1;
    perSector.set(card.sector, n);
    if (card.publishNameConsent || parties.has(card.id)) continue;
    const role = [card.position, card.organisation].filter(Boolean).join(', ');
    cardLabel.set(card.id, role || `Pemangku kepentingan ${UNSUR[card.sector]} ${n}`);
  }
  const { format: _format, sections, stakeholders, participantsBySector, signatories, ...rest } = charter;
  return {
    format: PUBLIC_CHARTER_FORMAT,
    ...rest,
    sections: sections.map((section) => ({
      ...section,
      ...(section.notApplicableDecision?.decidedBy
        ? { notApplicableDecision: { ...section.notApplicableDecision, decidedBy: { participantId: section.notApplicableDecision.decidedBy.participantId, displayName: names.participant(section.notApplicableDecision.decidedBy.participantId) } } }
        : {}),
      clauses: section.clauses.map(({ consensus, ...clause }) => ({ ...clause, ...(consensus ? { consensus: publicConsensus(consensus, names) } : {}) })),
    })),
    stakeholders: stakeholders.map((card) => (cardLabel.has(card.id) ? { ...card, name: cardLabel.get(card.id)! } : card)),
    participantsBySector: Object.fromEntries(
      Object.entries(participantsBySector).map(([sector, people]) => [sector, people.map((p) => ({ ...p, displayName: names.participant(p.participantId) }))]),
    ) as CharterDocument['participantsBySector'],
    signatories: signatories.map((s) => (s.partner && cardLabel.has(s.partner.stakeholderId) ? { ...s, partner: { ...s.partner, name: cardLabel.get(s.partner.stakeholderId)! } } : s)),
  };
}

/** The exact bytes the server's seal over a public bundle signs. */
export function publicSealMessage(bundle: PublicCharterBundle, seal: Omit<BundleSeal, 'signature'>): Uint8Array {
  const { seal: _old, ...rest } = bundle;
  const { alg, keyId, publicKey, sealedAt } = seal;
  return utf8ToBytes(canonicalJson({ type: PUBLIC_SEAL_PAYLOAD_TYPE, v: 1, bundle: { ...rest, seal: { alg, keyId, publicKey, sealedAt } } }));
}

/**
 * The public bundle of a full one. Sealed (with the full seal's time, so the bytes are the same
 * on every request) only when the full bundle is sealed; the caller passes the server's secret.
 */
export function publicBundle(full: CharterBundle, secretKey?: Uint8Array): PublicCharterBundle {
  const charter = publicCharter(full.charter);
  const names = publicNames(full.charter);
  const wetInk = full.wetInk?.map((w) => ({ ...w, recordedBy: { ...w.recordedBy, name: names.consents(w.recordedBy.participantId) ? w.recordedBy.name : 'fasilitator lokakarya' } }));
  const unsealed: PublicCharterBundle = {
    format: PUBLIC_BUNDLE_FORMAT,
    charter,
    publicSha256: canonicalHash(charter),
    charterSha256: full.charterSha256,
    signatures: full.signatures,
    ...(wetInk?.length ? { wetInk } : {}),
  };
  if (!full.seal || !secretKey) return unsealed;
  const publicKeyBytes = publicKeyOf(secretKey);
  const head = { alg: 'Ed25519' as const, keyId: keyIdOf(publicKeyBytes), publicKey: toBase64url(publicKeyBytes), sealedAt: full.seal.sealedAt };
  return { ...unsealed, seal: { ...head, signature: toBase64url(signEd25519(publicSealMessage(unsealed, head), secretKey)) } };
}
