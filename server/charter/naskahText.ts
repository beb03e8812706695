/**
 * The words of the naskah (the Kontrak Pelayanan as an agreement in form), in Bahasa Indonesia:
 * title, opening, komparisi of each party, dasar hukum, articles, closing, the records of the
 * negotiation for the Lampiran. Pure: `charterPdf.ts` lays these out on paper, `naskahDocx.ts` in
 * the Word document the legal section edits, tests read them.
 *
 * Articles (Pasal) follow the section catalogue's order; DASAR_HUKUM goes into the opening
 * ("berdasarkan: ...") and MAKLUMAT is printed once after the signatures, as the provider's own
 * pledge, so neither is an article. Inside an article, clauses keep the room's stable numbers
 * (K-numbers), in ascending order.
 */
import type { BundleSignature, BundleWetInk, CharterBundle } from '../../shared/charter/bundle';
import type { CharterClause, CharterDocument, CharterSignatory } from '../../shared/charter/charterDocument';
import { capacityFacts } from '../../shared/charter/charterMarkdown';
import { publicNames } from '../../shared/charter/publicCharter';
import { clausePartyTexts, decisionSummaryText, decisionText, formatCommitment, formatMeasure, notApplicableDecisionText, SECTOR_LABELS } from '../../shared/charter/charterText';
import { charterDecisionSummary } from '../../shared/charter/charterDocument';
import { localDateTime, type LocalDateTime, tanggal, tanggalDalamHuruf, tanggalJam, terbilang } from '../../shared/charter/terbilang';
import { describePaperResult, describeSectorResult } from '../../shared/rules/consensus';
import { describePaperDots } from '../../shared/rules/dotVote';
import { formatNip, type SignatoryCapacity } from '../../shared/rules/signatories';
import { CHARTER_SECTIONS } from '../../shared/schema/sections';
import { SECTORS } from '../../shared/schema/stakeholders';
import type { TimeZone } from '../storage/Directory';

/** What the naskah needs from the workshop record beyond the signed document. */
export interface NaskahWorkshop {
  institution: string | null;
  place: string | null;
  timeZone: TimeZone | null;
  /** The nomor the office gave the naskah; dots to fill in by hand when none was set. */
  nomor?: string | null;
}

export const BLANK = '..............................';

/**
 * How the naskah names a partner: by its organisation (the RSIA), since the stakeholder card may
 * be the person who speaks for it.
 */
export const partnerLabel = (p: { name: string; organisation?: string }) => p.organisation?.trim() || p.name;

const SEBUTAN: Record<SignatoryCapacity, string> = {
  pihak_pertama: 'PIHAK PERTAMA',
  pihak_kedua: 'PIHAK KEDUA',
  pihak_ketiga: 'PIHAK KETIGA',
  saksi: 'Saksi',
  mengetahui: 'Mengetahui',
};
export const sebutan = (c: SignatoryCapacity) => SEBUTAN[c];

/** "Visi & misi pelayanan" → "Visi dan Misi Pelayanan": article titles as a legal text writes them. */
export function judulPasal(name: string): string {
  const small = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'per', 'untuk', 'yang']);
  let inParens = false;
  return name
    .replace(/\s*&\s*/g, ' dan ')
    .replace(/\//g, ' / ')
    .replace(/\s+/g, ' ')
    .split(' ')
    .map((w, i) => {
      if (w.startsWith('(')) inParens = true;
      const keep = inParens || (i > 0 && small.has(w));
      if (w.endsWith(')')) inParens = false;
      return keep ? w : w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}

/** A signatory's signature on this naskah: made in the browser, or in wet ink as a facilitator recorded it. */
export function signatureOf(bundle: CharterBundle, s: Pick<CharterSignatory, 'participantId' | 'capacity'>): BundleSignature | BundleWetInk | undefined {
  const same = (g: { participantId: string; capacity: SignatoryCapacity }) => g.participantId === s.participantId && g.capacity === s.capacity;
  return bundle.signatures.find(same) ?? bundle.wetInk?.find(same);
}

const isWetInkEntry = (g: BundleSignature | BundleWetInk): g is BundleWetInk => 'method' in g && g.method === 'wet_ink';

/** "abab abab abab abab…": the first 16 hex digits of a scan's SHA-256, to compare with the office's file. */
export function shortHash(hex: string): string {
  return `${hex.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ')}…`;
}

export function byCapacity(doc: CharterDocument, capacity: SignatoryCapacity): CharterSignatory[] {
  return doc.signatories.filter((s) => s.capacity === capacity);
}

/** The workshop's time zone; WIB when the workshop did not record one. */
export const zoneOf = (w: NaskahWorkshop): NonNullable<TimeZone> => w.timeZone ?? 'WIB';

/** The day the naskah was made final, in the workshop's time zone. */
export function naskahDate(doc: CharterDocument, w: NaskahWorkshop): LocalDateTime {
  return localDateTime(doc.frozenAt, zoneOf(w));
}

/** The provider's institution: the workshop's, else the one the head signed with. */
export function providerInstitution(bundle: CharterBundle, w: NaskahWorkshop): string | null {
  if (w.institution) return w.institution;
  const head = byCapacity(bundle.charter, 'pihak_pertama')[0];
  return (head && signatureOf(bundle, head)?.signer.institution) || null;
}

/** Title lines: KONTRAK PELAYANAN / <LAYANAN> / ANTARA / <penyelenggara> / DENGAN / PENGGUNA LAYANAN [/ DAN / <mitra>]. */
export function titleLines(bundle: CharterBundle, w: NaskahWorkshop): string[] {
  const doc = bundle.charter;
  const lines = ['KONTRAK PELAYANAN', doc.workshop.serviceName.toUpperCase(), 'ANTARA', (providerInstitution(bundle, w) ?? 'PENYELENGGARA PELAYANAN').toUpperCase(), 'DENGAN', 'PENGGUNA LAYANAN'];
  const partners = [...new Set(byCapacity(doc, 'pihak_ketiga').map((s) => (s.partner ? partnerLabel(s.partner) : undefined)).filter((n): n is string => !!n))];
  if (partners.length) lines.push('DAN', partners.join(', ').toUpperCase());
  return lines;
}

/** "NOMOR: 100.3/123/Disdukcapil/2026", or a line of dots to write it in by hand. */
export function nomorLine(w: NaskahWorkshop): string {
  return `NOMOR: ${w.nomor?.trim() || `${BLANK}${BLANK}`}`;
}

/** "Pada hari ini Kamis, tanggal tiga bulan Desember tahun dua ribu dua puluh enam, bertempat di ..., kami yang bertanda tangan di bawah ini:" */
export function openingSentence(doc: CharterDocument, w: NaskahWorkshop): string {
  return `Pada ${tanggalDalamHuruf(naskahDate(doc, w)).replace(/^hari /, 'hari ini ')}, bertempat di ${w.place?.trim() || BLANK}, yang bertanda tangan di bawah ini:`;
}

const NIP_IN_TITLE = /[,;]?\s*\bNIP\.?\s*:?\s*([\d ]{8,})/i;

/**
 * The signer's NIP as printed ("19700101 199503 1 001"): the one registered with the key (event
 * format 7), else one written into the title before there was a field for it.
 */
export function signerNip(signed: { signer: BundleSignature['signer'] } | undefined): string | undefined {
  if (!signed) return undefined;
  if (signed.signer.nip) return formatNip(signed.signer.nip);
  return NIP_IN_TITLE.exec(signed.signer.title)?.[1]?.trim();
}

/** The signer's title without a NIP written into it. */
export const jabatanOf = (signed: { signer: { title: string } }): string => signed.signer.title.replace(NIP_IN_TITLE, '').trim();

export interface Komparisi {
  sebutan: string;
  rows: [string, string][];
  actsFor: string;
}

/**
 * A party's komparisi: Nama, NIP (only when the signer's title carries one), Jabatan, Instansi,
 * for whom they act, "selanjutnya disebut PIHAK ...". Jabatan and instansi come from the
 * signature (registered with the signer's key); before signing they are left to fill in.
 */
export function komparisi(bundle: CharterBundle, s: CharterSignatory, w: NaskahWorkshop): Komparisi {
  const signed = signatureOf(bundle, s);
  const nip = signerNip(signed);
  const jabatan = signed ? jabatanOf(signed) : '';
  const rows: [string, string][] = [['Nama', s.displayName]];
  if (nip) rows.push(['NIP', nip]);
  rows.push(['Jabatan', jabatan || BLANK]);
  rows.push(['Instansi', signed?.signer.institution || (s.partner?.organisation ?? BLANK)]);
  let actsFor: string;
  if (s.capacity === 'pihak_pertama') actsFor = `dalam hal ini bertindak untuk dan atas nama ${providerInstitution(bundle, w) ?? 'penyelenggara pelayanan'} selaku penyelenggara pelayanan ${bundle.charter.workshop.serviceName}`;
  else if (s.mandate) actsFor = `dalam hal ini bertindak untuk dan atas nama ${s.mandate.actsFor}, ${s.mandate.chosenBy}`;
  else if (s.partner) actsFor = `dalam hal ini bertindak untuk dan atas nama ${partnerLabel(s.partner)}`;
  else actsFor = 'dalam hal ini bertindak untuk dan atas nama pengguna layanan';
  return { sebutan: SEBUTAN[s.capacity], rows, actsFor: `${actsFor}, selanjutnya disebut ${SEBUTAN[s.capacity]}.` };
}

export const PARTY_CAPACITIES = ['pihak_pertama', 'pihak_kedua', 'pihak_ketiga'] as const satisfies readonly SignatoryCapacity[];

export function parties(doc: CharterDocument): CharterSignatory[] {
  return PARTY_CAPACITIES.flatMap((c) => byCapacity(doc, c));
}

/** "PIHAK PERTAMA, PIHAK KEDUA dan PIHAK KETIGA" */
export function partiesNamed(doc: CharterDocument): string {
  const names = PARTY_CAPACITIES.filter((c) => byCapacity(doc, c).length > 0).map((c) => SEBUTAN[c]);
  return names.length <= 1 ? (names[0] ?? 'PARA PIHAK') : `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}`;
}

/** The DASAR_HUKUM clauses as a list: "… berdasarkan: A; B; dan C." → [A, B, C]. */
export function dasarHukum(doc: CharterDocument): string[] {
  const section = doc.sections.find((s) => s.code === 'DASAR_HUKUM');
  if (!section) return [];
  return section.clauses.flatMap((c) => {
    const text = c.current.text.id.trim();
    const colon = text.indexOf(':');
    const list = colon >= 0 && text.slice(colon + 1).includes(';') ? text.slice(colon + 1) : text;
    return list
      .split(';')
      .map((item) => item.trim().replace(/^dan\s+/i, '').replace(/[.;]+$/, '').trim())
      .filter(Boolean);
  });
}

/** "Demikian Kontrak Pelayanan ini dibuat ... dalam rangkap 3 (tiga) ..." */
export function closingSentence(doc: CharterDocument): string {
  const n = Math.max(2, PARTY_CAPACITIES.filter((c) => byCapacity(doc, c).length > 0).length);
  return `Demikian Kontrak Pelayanan ini dibuat dan ditandatangani oleh PARA PIHAK pada hari, tanggal, bulan dan tahun sebagaimana tersebut di atas, dalam rangkap ${n} (${terbilang(n)}), masing-masing mempunyai kekuatan hukum yang sama.`;
}

export interface Article {
  number: number;
  title: string;
  /** The section does not apply: why, in one sentence. */
  notApplicable?: string;
  clauses: { label: string; text: string; facts: string[] }[];
}

/** Sections printed elsewhere than as an article. */
export const NOT_ARTICLES = new Set(['DASAR_HUKUM', 'MAKLUMAT']);

/** "Biaya/tarif (Rp)" → "biaya/tarif (Rp)"; acronyms ("SKM ...") stay. */
export const lowerFirst = (t: string) => (/^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);

export const clauseLabel = (c: CharterClause) => (c.number === undefined ? '' : `K${c.number}`);

/** Clauses by their stable number. */
export const byNumber = (clauses: readonly CharterClause[]) => [...clauses].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));

export function articles(doc: CharterDocument): Article[] {
  const partnerName = (id: string) => {
    const card = doc.stakeholders.find((s) => s.id === id);
    return card ? partnerLabel(card) : undefined;
  };
  return doc.sections
    .filter((s) => !NOT_ARTICLES.has(s.code))
    .map((section, i) => {
      const clauses = byNumber(section.clauses);
      return {
        number: i + 1,
        title: judulPasal(section.name.id),
        ...(section.notApplicable ? { notApplicable: `Ketentuan mengenai ${lowerFirst(section.name.id.replace(/\s*&\s*/g, ' dan '))} tidak berlaku dalam Kontrak Pelayanan ini: ${section.notApplicable.id.replace(/\.$/, '')}.` } : {}),
        clauses: clauses.map((c) => {
          const facts = clausePartyTexts(c.current, partnerName, 'id');
          if (c.current.commitment) facts.unshift(`Ukuran yang dijanjikan: ${formatCommitment(c.current.commitment, 'id')}.`);
          return { label: clauseLabel(c), text: c.current.text.id, facts };
        }),
      };
    });
}

/** The provider's pledge: the MAKLUMAT clauses' agreed text. */
export function maklumatTexts(doc: CharterDocument): string[] {
  return doc.maklumat.map((m) => m.text.id);
}

/**
 * A signature's status under the room for the wet signature: signed in the browser, or signed in
 * wet ink on the printed naskah as a facilitator recorded it (not an electronic signature: the
 * server's seal vouches for the record), with the scan's hash when there is one.
 */
export function signatureStatus(bundle: CharterBundle, s: CharterSignatory, w: NaskahWorkshop): string {
  const signed = signatureOf(bundle, s);
  if (!signed) return 'Belum ditandatangani secara elektronik';
  const at = (iso: string) => tanggalJam(localDateTime(iso, zoneOf(w)));
  if (!isWetInkEntry(signed)) return `Telah ditandatangani secara elektronik pada ${at(signed.signedAt)}`;
  const scan = signed.scanSha256 ? `; pindaian SHA-256 ${shortHash(signed.scanSha256)}` : '';
  // The naskah is public: the recorder is named only with consent, like everyone but the parties.
  const recorder = publicNames(bundle.charter).consents(signed.recordedBy.participantId) ? signed.recordedBy.name : 'fasilitator lokakarya';
  return `Ditandatangani basah pada naskah cetak, ${at(signed.signedAt)}; dicatat oleh ${recorder} pada ${at(signed.recordedAt)}${scan}`;
}

const SECTOR_NAMES = Object.fromEntries(SECTORS.map((s) => [s, SECTOR_LABELS[s].id])) as Record<(typeof SECTORS)[number], string>;

/** The Lampiran: how each clause was agreed, one entry per clause in article order. */
export function negotiationRecords(doc: CharterDocument): { label: string; where: string; lines: string[] }[] {
  const all = doc.sections.flatMap((s) => s.clauses);
  const out: { label: string; where: string; lines: string[] }[] = [];
  for (const section of doc.sections) {
    if (section.notApplicableDecision && section.notApplicable) {
      out.push({ label: '', where: `${judulPasal(section.name.id)}: bagian ini tidak berlaku`, lines: [`Keputusan: ${notApplicableDecisionText(section.notApplicableDecision, 'id')}.`] });
    }
    for (const c of byNumber(section.clauses)) {
      const lines: string[] = [];
      if (c.consensus) {
        const r = c.consensus.result;
        const how = c.consensus.outcome === 'decided_by_fallback' ? 'Cara penetapan' : 'Kesepakatan';
        const extra = [r.reservations.length ? `${r.reservations.length} setuju dengan catatan` : '', r.standAsides.length ? `${r.standAsides.length} tidak ikut, tetapi tidak menghalangi` : '', r.paper ? describePaperResult(r.paper).id : ''].filter(Boolean);
        const outcome = c.consensus.outcome === 'consensus_with_reservations' ? 'mufakat dengan catatan' : decisionText(c.consensus, 'id');
        lines.push(`${how}: ${outcome}${extra.length ? ` (${extra.join('; ')})` : ''}.`);
        const sectors = r.sectors ?? [];
        if (sectors.length && sectors.every((sr) => sr.quorumHeld && sr.ruleHeld && sr.blocks === 0)) {
          lines.push(`Dukungan per sektor: ${sectors.map((sr) => `${SECTOR_NAMES[sr.sector]} ${sr.supporters} dari ${sr.members}`).join(', ')}; aturan terpenuhi di setiap sektor.`);
        } else if (sectors.length) lines.push(`Per sektor: ${sectors.map((sr) => describeSectorResult(sr).id).join('; ')}.`);
        if (c.consensus.minorityReport) lines.push(`Pendapat berbeda: ${c.consensus.minorityReport.text.id}`);
      } else lines.push('Tanpa uji kesepakatan tercatat.');
      if (c.dots) lines.push(`Prioritas: ${c.dots.total} titik (${SECTORS.map((s) => `${SECTOR_NAMES[s]} ${c.dots!.bySector[s]}`).join(', ')}${c.dots.paper ? `; ${describePaperDots(c.dots.paper).id}` : ''}).`);
      const sides = [c.usersAsk ? `harapan pengguna ${formatMeasure(c.usersAsk, 'id')}` : '', c.providerBaseline ? `kemampuan penyelenggara saat ini ${formatMeasure(c.providerBaseline, 'id')}` : ''].filter(Boolean);
      if (sides.length) lines.push(`Titik awal perundingan: ${sides.join('; ')}.`);
      for (const fact of capacityFacts(c, all, 'id')) lines.push(`${fact.charAt(0).toUpperCase()}${fact.slice(1)}.`);
      out.push({ label: clauseLabel(c) || '-', where: judulPasal(section.name.id), lines });
    }
  }
  return out;
}

// The sentences below are placed by both the PDF (`charterPdf.ts`) and the editable Word
// document (`naskahDocx.ts`), so the two read alike word for word.

/** "PIHAK PERTAMA dan PIHAK KEDUA, yang selanjutnya secara bersama-sama disebut PARA PIHAK, berdasarkan:" (without a dasar hukum it goes straight on to the agreement). */
export function paraPihakSentence(doc: CharterDocument): string {
  return `${partiesNamed(doc)}, yang selanjutnya secara bersama-sama disebut PARA PIHAK, ${dasarHukum(doc).length ? 'berdasarkan:' : agreeSentence(doc)}`;
}

/** "sepakat membuat Kontrak Pelayanan <layanan> dengan ketentuan sebagai berikut:" */
export const agreeSentence = (doc: CharterDocument) => `sepakat membuat Kontrak Pelayanan ${doc.workshop.serviceName} dengan ketentuan sebagai berikut:`;

/** One item of the dasar hukum list: ";" after each, "," after the last. */
export const dasarHukumItem = (items: readonly string[], i: number) => `${items[i]}${i < items.length - 1 ? ';' : ','}`;

/** The line under the sebutan in a signature cell: the signer's jabatan, else who is expected to sign. */
export function signatureRole(bundle: CharterBundle, s: CharterSignatory | undefined, w: NaskahWorkshop): string {
  const signed = s ? signatureOf(bundle, s) : undefined;
  if (signed) return jabatanOf(signed);
  if (s?.capacity === 'pihak_pertama') return `Pimpinan ${providerInstitution(bundle, w) ?? 'penyelenggara'}`;
  return s?.partner ? partnerLabel(s.partner) : '';
}

export const SAKSI_HEADING = 'Saksi-saksi:';
export const MENGETAHUI_HEADING = 'Mengetahui,';
export const MAKLUMAT_TITLE = 'MAKLUMAT PELAYANAN';

/** "Yogyakarta, 3 Desember 2026" over the head's signature under the Maklumat. */
export function maklumatPlaceDate(doc: CharterDocument, w: NaskahWorkshop): string {
  return `${w.place?.split(',').at(-1)?.trim() || BLANK}, ${tanggal(naskahDate(doc, w))}`;
}

export const VERIFY_SENTENCE = 'Keaslian naskah ini dapat diperiksa dengan memindai kode QR di samping atau membuka alamat berikut:';
export const KODE_KEASLIAN = 'Kode keaslian naskah:';

/** "Versi naskah 1, ditetapkan final pada ... WIB. Disegel server pada ... WIB." */
export function versionLine(bundle: CharterBundle, w: NaskahWorkshop): string {
  const sealed = bundle.seal ? `Disegel server pada ${tanggalJam(localDateTime(bundle.seal.sealedAt, zoneOf(w)))}.` : 'Belum disegel server.';
  return `Versi naskah ${bundle.charter.charterVersion}, ditetapkan final pada ${tanggalJam(localDateTime(bundle.charter.frozenAt, zoneOf(w)))}. ${sealed}`;
}

export const LAMPIRAN_TITLE = 'LAMPIRAN II';
export const LAMPIRAN_RECORDS_TITLE = 'CATATAN PROSES PENYUSUNAN KONTRAK PELAYANAN';

export function lampiranIntro(doc: CharterDocument): string {
  return `Lampiran ini mencatat bagaimana setiap ketentuan disepakati dalam lokakarya. Ringkasan: ${decisionSummaryText(charterDecisionSummary(doc), 'id')}.`;
}

export const SERVICE_FLOW_TITLE = 'Alur pelayanan yang disepakati';

/** The agreed service flow, one sentence group per step: "Loket 1: Menyerahkan berkas. Dokumen: KK. Waktu: 5 menit. Biaya: ...". */
export function serviceFlowLines(doc: CharterDocument): string[] {
  const sentence = (t: string) => (/[.!?]$/.test(t.trim()) ? t.trim() : `${t.trim()}.`);
  return doc.content.serviceFlow.map((step) => {
    const facts = [step.documents ? `Dokumen: ${sentence(step.documents)}` : '', `Waktu: ${step.minutes} menit.`, `Biaya: ${step.costRupiah ? formatMeasure({ value: step.costRupiah, unit: 'rupiah' }, 'id') : 'tidak dipungut biaya'}.`].filter(Boolean).join(' ');
    return `${step.unit}: ${sentence(step.action)} ${facts}`;
  });
}

/** "NIP. 19700101 199503 1 001" under a signer's name. */
export const nipLine = (nip: string) => `NIP. ${nip}`;

export const STANDAR_LAMPIRAN_TITLE = 'LAMPIRAN I';
export const standarTitle = (doc: CharterDocument) => `STANDAR PELAYANAN ${doc.workshop.serviceName.toUpperCase()}`;
export const STANDAR_INTRO = 'Komponen standar pelayanan menurut Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014, sebagaimana disepakati dalam Kontrak Pelayanan ini.';
export const STANDAR_COLUMNS = ['No.', 'Komponen', 'Uraian'] as const;

/** "Halaman 2 dari 7" at the foot of every page. */
export const pageNumberText = (page: number, of: number) => `Halaman ${page} dari ${of}`;

/** One component of the standar pelayanan in the Lampiran table. */
export interface StandarRow {
  /** 1-14, in the order of PermenPANRB 15/2014. */
  number: number;
  /** "Persyaratan", "Sistem, mekanisme, dan prosedur", ... */
  component: string;
  /** What the Kontrak Pelayanan sets for it: the agreed texts, one entry each, with their K-numbers. */
  entries: string[];
}

/**
 * The standar pelayanan as the annex of an SK: all 14 components (PermenPANRB 15/2014; UU 25/2009
 * Pasal 21 letters a-n), each with what the agreement sets for it. A component without an agreed
 * clause says so instead of staying blank, so nobody reads an empty cell as "no requirement".
 */
export function standarPelayananRows(doc: CharterDocument): StandarRow[] {
  const components = CHARTER_SECTIONS.filter((s) => s.serviceStandard).sort((a, b) => a.serviceStandard!.order - b.serviceStandard!.order);
  return components.map((component) => {
    const section = doc.sections.find((s) => s.code === component.code);
    const entries: string[] = [];
    if (component.code === 'DASAR_HUKUM') entries.push(...dasarHukum(doc).map((item, i) => `${i + 1}. ${item}`));
    else {
      for (const c of byNumber(section?.clauses ?? [])) {
        entries.push(`${clauseLabel(c) ? `${clauseLabel(c)}. ` : ''}${c.current.text.id.trim()}`);
      }
      if (component.code === 'PROSEDUR' && doc.content.serviceFlow.length > 0) {
        entries.push(`Alur pelayanan: ${doc.content.serviceFlow.map((step, i) => `(${i + 1}) ${step.unit}: ${step.action.trim().replace(/[.;]+$/, '')}`).join('; ')}.`);
      }
    }
    if (section?.notApplicable) entries.push(`Tidak berlaku: ${section.notApplicable.id.replace(/\.$/, '')}.`);
    if (entries.length === 0) entries.push('Belum diatur dalam Kontrak Pelayanan ini.');
    return { number: component.serviceStandard!.order, component: component.name.id, entries };
  });
}
