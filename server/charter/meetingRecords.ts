/**
 * The workshop's paper record, read from its event log: the Berita Acara Kesepakatan (what was
 * agreed, how, by whom present), the daftar hadir (one row per person, signed by hand) and the
 * notulen (each agenda step with the time it started and what happened in it).
 *
 * Pure: the log's events and the state they fold into, plus the workshop's record (place, dates,
 * time zone) give a `MeetingRecords` in plain Indonesian words; `meetingRecordsPdf.ts` lays it
 * out. Times are the server's timestamps of the events, shown in the workshop's time zone
 * (WIB when none was set), in words: "Kamis, 3 Desember 2026, pukul 09.05 WIB".
 */
import type { DomainEvent, EventOf } from '../../shared/commands/events';
import { decisionText, formatDate, fallbackDecisionText } from '../../shared/charter/charterText';
import { describePaperResult, type ConsensusCheck, type ConsensusRecord } from '../../shared/rules/consensus';
import { describePaperDots, tallyVoteRound } from '../../shared/rules/dotVote';
import { SIGNATORY_CAPACITY_LABELS, type SignatoryCapacity } from '../../shared/rules/signatories';
import type { AgendaStep } from '../../shared/schema/agenda';
import type { Clause } from '../../shared/schema/clauses';
import { entryOf } from '../../shared/schema/records';
import { sectionByCode, type SectionCode } from '../../shared/schema/sections';
import { SECTORS, type Sector } from '../../shared/schema/stakeholders';
import type { Participant } from '../../shared/schema/participants';
import { activeSignatories, sectorOf, type WorkshopState } from '../../shared/state/workshopState';
import type { TimeZone, WorkshopRecord } from '../storage/Storage';
import { BOARD_NAME } from '../workshops/links';
import { TIME_ZONE_OFFSET_HOURS } from '../../shared/charter/dates';

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** The three pillars as the papers name them (the users' pillar is "masyarakat", not only CSOs). */
export const SECTOR_NAMES: Record<Sector, string> = {
  government: 'Pemerintah',
  private: 'Swasta',
  civil_society: 'Masyarakat',
};

/** Local wall-clock parts of an instant in a workshop time zone. */
function local(ts: string, zone: TimeZone): { date: string; weekday: string; time: string } {
  const shifted = new Date(Date.parse(ts) + TIME_ZONE_OFFSET_HOURS[zone] * 3_600_000);
  const date = shifted.toISOString().slice(0, 10);
  const time = `${String(shifted.getUTCHours()).padStart(2, '0')}.${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
  return { date, weekday: DAYS[shifted.getUTCDay()]!, time };
}

/** "Kamis, 3 Desember 2026" */
export function dayInWords(ts: string, zone: TimeZone): string {
  const l = local(ts, zone);
  return `${l.weekday}, ${formatDate(l.date, 'id')}`;
}

/** "pukul 09.05 WIB" */
export function timeInWords(ts: string, zone: TimeZone): string {
  return `pukul ${local(ts, zone).time} ${zone}`;
}

function dateRangeInWords(first: string, last: string): string {
  if (first === last) return formatDate(first, 'id');
  return `${formatDate(first, 'id')} sampai dengan ${formatDate(last, 'id')}`;
}

export interface AttendanceRow {
  name: string;
  organisation: string;
  /** "Pemerintah", "Swasta", "Masyarakat" or "Tim fasilitator". */
  sector: string;
  /** Not recorded by the workbench: a blank column the person fills in. */
  gender: string;
}

export interface DecisionLine {
  /** "K5" */
  label: string;
  text: string;
  how: string;
}

export interface DecidedSection {
  name: string;
  decisions: DecisionLine[];
}

export interface NotApplicableLine {
  section: string;
  reason: string;
  how: string;
}

export interface SignatureLine {
  role: string;
  name: string;
  note: string | null;
}

export interface MinutesStep {
  /** "1. Pembukaan dan ..." */
  title: string;
  startedAt: string;
  /** Plain sentences, in the order things happened. */
  happenings: string[];
}

export interface MeetingRecords {
  workshopId: string;
  title: string;
  serviceName: string;
  institution: string | null;
  place: string | null;
  timeZone: TimeZone;
  /** "Kamis, 3 Desember 2026" or "3 Desember 2026 sampai dengan 4 Desember 2026". */
  dateText: string;
  /** One line per started step, in the order they started: "pukul 09.05 WIB: Pembukaan". */
  agenda: { time: string; title: string }[];
  attendance: AttendanceRow[];
  attendanceBySector: { sector: string; count: number }[];
  decided: DecidedSection[];
  notDecided: DecisionLine[];
  notApplicable: NotApplicableLine[];
  /** "Naskah final versi 1 ditetapkan pada ..., ditandatangani 5 dari 5 penanda tangan." */
  charterStatus: string;
  signatures: SignatureLine[];
  minutes: MinutesStep[];
  /** When the records were made, in words. */
  madeAt: string;
}

function isBoard(p: Participant): boolean {
  return p.role === 'observer' && p.sector === null && p.displayName === BOARD_NAME;
}

function isFacilitator(p: Participant): boolean {
  return p.role === 'facilitator' || p.role === 'co_facilitator';
}

/** The people in the room: everyone admitted and not removed, but the wall screen. */
export function attendees(state: WorkshopState): Participant[] {
  return Object.values(state.participants)
    .filter((p) => !p.revoked && !isBoard(p))
    .sort((a, b) => (a.joinedAt < b.joinedAt ? -1 : a.joinedAt > b.joinedAt ? 1 : 0));
}

/** A person's office or organisation: their stakeholder card (same name), else their signing key's institution. */
function organisationOf(state: WorkshopState, p: Participant): string {
  const card = Object.values(state.stakeholders).find((s) => s.name.trim().toLowerCase() === p.displayName.trim().toLowerCase());
  if (card?.organisation) return card.organisation;
  return entryOf(state.signingKeys, p.id)?.institution ?? '';
}

const clauseLabel = (c: Clause) => `K${c.number}`;
const clauseText = (c: Clause) => entryOf(c.versions, c.currentVersionId)?.text.id ?? '';

const OUTCOME_WORDS: Record<ConsensusRecord['outcome'], string> = {
  consensus: 'mufakat',
  consensus_with_reservations: 'mufakat, dengan catatan',
  no_consensus: 'tidak tercapai mufakat',
  blocked: 'ditolak (ada yang menghalangi)',
  decided_by_fallback: 'tidak tercapai mufakat',
};

/** How a recorded check decided, in words, with the counts behind it. */
function howDecided(state: WorkshopState, check: ConsensusCheck): string {
  const record = check.record;
  if (!record) return 'belum diputuskan';
  let how: string;
  if (record.outcome === 'decided_by_fallback') {
    const decider = check.fallback.kind === 'designated_decider' ? entryOf(state.participants, check.fallback.deciderId)?.displayName : undefined;
    how = fallbackDecisionText(check.fallback.kind, decider, 'id');
  } else {
    how = OUTCOME_WORDS[record.outcome] ?? decisionText(record, 'id');
  }
  const r = record.result;
  const extra: string[] = [];
  if (r.reservations.length) extra.push(`${r.reservations.length} setuju dengan catatan`);
  if (r.standAsides.length) extra.push(`${r.standAsides.length} tidak menghalangi`);
  if (r.blockers.length) extra.push(`${r.blockers.length} menolak`);
  if (r.paper) extra.push(describePaperResult(r.paper).id);
  if (record.minorityReport) extra.push('pendapat berbeda dicatat');
  return extra.length ? `${how} (${extra.join(', ')})` : how;
}

function lastRecordedCheck(state: WorkshopState, match: (c: ConsensusCheck) => boolean): ConsensusCheck | undefined {
  return Object.values(state.consensusChecks)
    .filter((c) => c.record && match(c))
    .sort((a, b) => (a.record!.recordedAt < b.record!.recordedAt ? -1 : 1))
    .at(-1);
}

function decisions(state: WorkshopState): { decided: DecidedSection[]; notDecided: DecisionLine[] } {
  const clauses = Object.values(state.clauses).sort((a, b) => a.number - b.number);
  const decided: DecidedSection[] = [];
  const notDecided: DecisionLine[] = [];
  const sectionOrder = (code: SectionCode) => sectionByCode(code).seq;
  for (const c of [...clauses].sort((a, b) => sectionOrder(a.sectionCode) - sectionOrder(b.sectionCode) || a.number - b.number)) {
    if (c.status === 'rejected') continue;
    const check = lastRecordedCheck(state, (k) => k.clauseId === c.id);
    if (c.status === 'agreed' || c.status === 'agreed_with_reservations') {
      const name = sectionByCode(c.sectionCode).name.id;
      let section = decided.find((s) => s.name === name);
      if (!section) {
        section = { name, decisions: [] };
        decided.push(section);
      }
      section.decisions.push({ label: clauseLabel(c), text: clauseText(c), how: check ? howDecided(state, check) : 'disepakati tanpa uji kesepakatan tercatat' });
    } else {
      const status = c.status === 'deferred' ? 'ditunda ke pertemuan berikutnya' : 'belum disepakati';
      notDecided.push({ label: clauseLabel(c), text: clauseText(c), how: check ? `${status}; uji kesepakatan terakhir: ${howDecided(state, check)}` : status });
    }
  }
  return { decided, notDecided };
}

function notApplicable(state: WorkshopState): NotApplicableLine[] {
  const out: NotApplicableLine[] = [];
  for (const [code, mark] of Object.entries(state.notApplicable) as [SectionCode, NonNullable<WorkshopState['notApplicable'][SectionCode]>][]) {
    const check = mark.checkId ? entryOf(state.consensusChecks, mark.checkId) : undefined;
    const how = check ? `diputuskan forum: ${howDecided(state, check)}` : 'ditandai oleh fasilitator (bagian pilihan)';
    out.push({ section: sectionByCode(code).name.id, reason: mark.reason.id, how });
  }
  return out.sort((a, b) => a.section.localeCompare(b.section));
}

function capacityWords(c: SignatoryCapacity): string {
  return SIGNATORY_CAPACITY_LABELS[c].id;
}

function signatures(state: WorkshopState): SignatureLine[] {
  const lines: SignatureLine[] = [];
  for (const p of attendees(state).filter((x) => x.role === 'facilitator')) {
    lines.push({ role: 'Fasilitator', name: p.displayName, note: null });
  }
  for (const s of activeSignatories(state)) {
    const person = entryOf(state.participants, s.participantId);
    const partner = s.partnerId ? entryOf(state.stakeholders, s.partnerId) : undefined;
    const note = s.mandate ? `bertindak untuk dan atas nama ${s.mandate.actsFor}` : partner ? `bertindak untuk dan atas nama ${partner.organisation ?? partner.name}` : null;
    lines.push({ role: capacityWords(s.capacity), name: person?.displayName ?? '', note });
  }
  return lines;
}

function charterStatus(state: WorkshopState, zone: TimeZone): string {
  if (!state.freeze) {
    return state.charterVersion > 0
      ? `Naskah final versi ${state.charterVersion} dibuka kembali untuk perubahan; naskah final yang baru belum ditetapkan.`
      : 'Naskah final Kontrak Pelayanan belum ditetapkan.';
  }
  const f = state.freeze;
  const signed = state.charterSignatures.filter((s) => s.charterVersion === f.charterVersion).length;
  const wet = state.wetInkSignatures.filter((s) => s.charterVersion === f.charterVersion).length;
  const expected = activeSignatories(state).length;
  const onPaper = wet > 0 ? ` dan secara basah pada naskah cetak oleh ${wet}` : '';
  return `Naskah final Kontrak Pelayanan versi ${f.charterVersion} ditetapkan pada ${dayInWords(f.frozenAt, zone)}, ${timeInWords(f.frozenAt, zone)}; ditandatangani secara elektronik oleh ${signed}${onPaper} dari ${expected} penanda tangan.`;
}

// --- notulen -----------------------------------------------------------------------------------

function stepTitle(steps: readonly AgendaStep[], stepId: string): string {
  const index = steps.findIndex((s) => s.id === stepId);
  const step = steps[index];
  return step ? `${index + 1}. ${step.title.id}` : 'Langkah acara';
}

function nameOf(state: WorkshopState, id: string): string {
  return entryOf(state.participants, id)?.displayName ?? 'peserta';
}

function clauseRef(state: WorkshopState, clauseId: string): string {
  const c = entryOf(state.clauses, clauseId);
  return c ? clauseLabel(c) : 'klausul';
}

function checkSubject(state: WorkshopState, check: ConsensusCheck | undefined): string {
  if (!check) return 'sebuah usulan';
  if (check.subject) return `usulan bahwa bagian "${sectionByCode(check.subject.sectionCode).name.id}" tidak berlaku`;
  return `klausul ${clauseRef(state, check.clauseId!)}`;
}

function voteSummary(state: WorkshopState, roundId: string): string {
  const round = entryOf(state.voteRounds, roundId);
  if (!round) return 'Hasil pemungutan prioritas dibuka.';
  // One tally for device and paper dots (format 7); the paper share is named after it.
  const tally = tallyVoteRound(round, sectorOf(state));
  const totals = round.options.map((o) => ({ label: o.clauseId ? clauseRef(state, o.clauseId) : o.label.id, dots: entryOf(tally.total, o.id) ?? 0 }));
  const voters = Object.values(round.dots).filter((per) => Object.values(per).some((n) => n > 0)).length + (tally.paper?.voters ?? 0);
  const top = totals
    .filter((t) => t.dots > 0)
    .sort((a, b) => b.dots - a.dots)
    .slice(0, 5)
    .map((t) => `${t.label} (${t.dots} titik)`);
  const title = round.title?.id ? ` "${round.title.id}"` : '';
  const paper = tally.paper ? ` (${describePaperDots(tally.paper).id})` : '';
  return `Hasil penentuan prioritas${title} dibuka: ${voters} peserta memberi titik${paper}${top.length ? `; prioritas tertinggi: ${top.join(', ')}` : ''}.`;
}

/** One plain sentence per event worth minuting; null for the rest (dots, clocks, board changes). */
function happening(state: WorkshopState, e: DomainEvent): string | null {
  switch (e.type) {
    case 'participantJoined':
      return null;
    case 'clauseProposed': {
      const c = entryOf(state.clauses, e.data.clause.id);
      const section = sectionByCode(e.data.clause.sectionCode).name.id;
      const text = entryOf(e.data.clause.versions, e.data.clause.currentVersionId)?.text.id ?? '';
      return `Diusulkan klausul ${c ? clauseLabel(c) : ''} pada bagian "${section}": "${text}"`.replace('klausul  ', 'klausul ');
    }
    case 'clauseAmended':
      return `Rumusan klausul ${clauseRef(state, e.data.clauseId)} diubah menjadi: "${e.data.version.text.id}"`;
    case 'clauseStatusSet':
      if (e.data.to === 'under_discussion') return `Klausul ${clauseRef(state, e.data.clauseId)} mulai dibahas.`;
      if (e.data.to === 'deferred') return `Pembahasan klausul ${clauseRef(state, e.data.clauseId)} ditunda.`;
      if (e.data.to === 'rejected') return `Klausul ${clauseRef(state, e.data.clauseId)} tidak diterima.`;
      return null;
    case 'voteRoundOpened':
      return 'Penentuan prioritas dengan titik dibuka.';
    case 'voteRoundRevealed':
      return voteSummary(state, e.data.roundId);
    case 'consensusCheckStarted':
      return `Uji kesepakatan dimulai atas ${checkSubject(state, e.data.check)}.`;
    case 'consensusOutcomeRecorded': {
      const check = entryOf(state.consensusChecks, e.data.checkId);
      const how = check ? howDecided(state, { ...check, record: e.data.record }) : OUTCOME_WORDS[e.data.record.outcome];
      const result = `Hasil uji kesepakatan atas ${checkSubject(state, check)}: ${how}.`;
      const na = e.data.notApplicable;
      return na ? `${result} Bagian "${sectionByCode(na.sectionCode).name.id}" dinyatakan tidak berlaku: ${na.mark.reason.id}` : result;
    }
    case 'sectionMarkedNotApplicable':
      return `Bagian "${sectionByCode(e.data.sectionCode).name.id}" dinyatakan tidak berlaku: ${e.data.mark.reason.id}`;
    case 'sectionNotApplicableCleared':
      return `Bagian "${sectionByCode(e.data.sectionCode).name.id}" kembali berlaku.`;
    case 'stakeholderAdded':
      return `Pemangku kepentingan dicatat: ${e.data.stakeholder.name}${e.data.stakeholder.organisation ? ` (${e.data.stakeholder.organisation})` : ''}.`;
    case 'userGroupAdded':
      return `Kelompok pengguna layanan dicatat: ${e.data.userGroup.name.id}.`;
    case 'signatoryEnrolled':
      return `${nameOf(state, e.data.signatory.participantId)} ditetapkan sebagai ${capacityWords(e.data.signatory.capacity)}.`;
    case 'charterFrozen':
      return `Naskah final Kontrak Pelayanan versi ${e.data.freeze.charterVersion} ditetapkan.`;
    case 'charterSigned':
      return `${nameOf(state, e.data.signature.participantId)} menandatangani naskah final versi ${e.data.signature.charterVersion} secara elektronik sebagai ${capacityWords(e.data.signature.capacity)}.`;
    case 'charterReopened':
      return `Naskah final versi ${e.data.charterVersion} dibuka kembali untuk perubahan. Alasan: ${e.data.reason}`;
    case 'participantRevoked':
      return null;
    default:
      return null;
  }
}

function minutes(state: WorkshopState, events: readonly DomainEvent[], zone: TimeZone): MinutesStep[] {
  const out: MinutesStep[] = [];
  let steps: readonly AgendaStep[] = [];
  let current: MinutesStep | null = null;
  let joined = 0;
  const before: MinutesStep = { title: 'Sebelum acara dimulai', startedAt: '', happenings: [] };
  for (const e of events) {
    if (e.type === 'agendaSet') {
      steps = e.data.steps;
      continue;
    }
    if (e.type === 'agendaStepSet') {
      if (current && joined) current.happenings.unshift(`${joined} peserta bergabung.`);
      joined = 0;
      if (e.data.stepId === null) {
        current = null;
        continue;
      }
      current = { title: stepTitle(steps.length ? steps : state.agenda, e.data.stepId), startedAt: `${dayInWords(e.ts, zone)}, ${timeInWords(e.ts, zone)}`, happenings: [] };
      out.push(current);
      continue;
    }
    if (e.type === 'participantJoined') {
      const p = e.data.participant;
      if (!isBoard(p) && current) joined += 1;
      continue;
    }
    const line = happening(state, e);
    if (line) (current ?? before).happenings.push(line);
  }
  if (current && joined) current.happenings.unshift(`${joined} peserta bergabung.`);
  for (const step of out) if (!step.happenings.length) step.happenings.push('Paparan dan diskusi; tidak ada keputusan yang dicatat pada langkah ini.');
  return before.happenings.length ? [before, ...out] : out;
}

type StepStart = EventOf<'agendaStepSet'>;

export function meetingRecords(workshop: WorkshopRecord, state: WorkshopState, events: readonly DomainEvent[], now: Date = new Date()): MeetingRecords {
  const zone: TimeZone = workshop.timeZone ?? 'WIB';
  const starts = events.filter((e): e is StepStart => e.type === 'agendaStepSet' && e.data.stepId !== null);
  const days = starts.map((e) => local(e.ts, zone).date);
  // Over several days each step's time names its day too.
  const severalDays = new Set(days).size > 1;
  let steps: readonly AgendaStep[] = state.agenda;
  const agenda: MeetingRecords['agenda'] = [];
  for (const e of events) {
    if (e.type === 'agendaSet') steps = e.data.steps;
    if (e.type === 'agendaStepSet' && e.data.stepId !== null) {
      const time = severalDays ? `${dayInWords(e.ts, zone)}, ${timeInWords(e.ts, zone)}` : timeInWords(e.ts, zone);
      agenda.push({ time, title: stepTitle(steps, e.data.stepId) });
    }
  }
  // The days the room met: the planned dates when set, else the days its steps started.
  const first = workshop.startDate ?? days[0] ?? local(events[0]?.ts ?? now.toISOString(), zone).date;
  const last = workshop.endDate ?? days.at(-1) ?? first;
  const dateText = first === last && starts[0] ? dayInWords(starts[0].ts, zone) : dateRangeInWords(first, last);

  const people = attendees(state);
  const attendance: AttendanceRow[] = people.map((p) => ({
    name: p.displayName,
    organisation: organisationOf(state, p),
    sector: p.sector ? SECTOR_NAMES[p.sector] : isFacilitator(p) ? 'Tim fasilitator' : '',
    gender: '',
  }));
  const attendanceBySector = SECTORS.map((s) => ({ sector: SECTOR_NAMES[s], count: people.filter((p) => p.sector === s).length }));
  const team = people.filter((p) => p.sector === null);
  if (team.length) attendanceBySector.push({ sector: team.every(isFacilitator) ? 'Tim fasilitator' : 'Tim fasilitator dan peninjau', count: team.length });

  const { decided, notDecided } = decisions(state);
  return {
    workshopId: workshop.id,
    title: workshop.title,
    serviceName: workshop.serviceName,
    institution: workshop.institution,
    place: workshop.place,
    timeZone: zone,
    dateText,
    agenda,
    attendance,
    attendanceBySector,
    decided,
    notDecided,
    notApplicable: notApplicable(state),
    charterStatus: charterStatus(state, zone),
    signatures: signatures(state),
    minutes: minutes(state, events, zone),
    madeAt: `${dayInWords(now.toISOString(), zone)}, ${timeInWords(now.toISOString(), zone)}`,
  };
}
