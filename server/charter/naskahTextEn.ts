/**
 * The words of the English translation of the naskah: the same structure as `naskahText.ts`
 * (title, opening, komparisi, legal basis, articles with clauses under their stable K-numbers,
 * closing, signatures, the Maklumat, the annex), in English. It is a translation, not a second
 * original: it says that the Indonesian text governs, and it prints only English the room
 * wrote. Where a clause or a free-text field has no English, it says so ("[no English text
 * provided]") and quotes the Indonesian, rather than translating by machine. Names of people,
 * offices and the service stay as written. Pure: `naskahEnPdf.ts` lays these out.
 */
import type { CharterBundle } from '../../shared/charter/bundle';
import type { CharterDocument, CharterSignatory } from '../../shared/charter/charterDocument';
import { charterDecisionSummary } from '../../shared/charter/charterDocument';
import { capacityFacts } from '../../shared/charter/charterMarkdown';
import { clausePartyTexts, decisionSummaryText, decisionText, dotsText, formatCommitment, formatDateTimeInWords, formatDayInWords, formatMeasure, notApplicableDecisionText, SECTOR_LABELS } from '../../shared/charter/charterText';
import { describeSectorResult } from '../../shared/rules/consensus';
import type { SignatoryCapacity } from '../../shared/rules/signatories';
import { CHARTER_SECTIONS } from '../../shared/schema/sections';
import type { BilingualText } from '../../shared/schema/text';
import { type Article, BLANK, byCapacity, byNumber, clauseLabel, komparisi, lowerFirst, type NaskahWorkshop, NOT_ARTICLES, PARTY_CAPACITIES, partnerLabel, providerInstitution, signatureOf, zoneOf } from './naskahText';

export const NO_ENGLISH = '[no English text provided]';

export const TRANSLATION_TITLE = 'Service Agreement (Kontrak Pelayanan) — English translation';

export const GOVERNING_LANGUAGE =
  'This is a translation for information. The Indonesian text of the Kontrak Pelayanan is the only text that is signed, and it governs: where this translation and the Indonesian text differ, the Indonesian text prevails.';

/** The English the room wrote, else the marker and the Indonesian quoted. */
export function english(text: BilingualText | undefined): string {
  if (text?.en?.trim()) return text.en.trim();
  if (!text?.id.trim()) return NO_ENGLISH;
  return `${NO_ENGLISH} Indonesian original: “${text.id.trim()}”`;
}

const SEBUTAN_EN: Record<SignatoryCapacity, string> = {
  pihak_pertama: 'FIRST PARTY',
  pihak_kedua: 'SECOND PARTY',
  pihak_ketiga: 'THIRD PARTY',
  saksi: 'Witness',
  mengetahui: 'Acknowledged by',
};
export const sebutanEn = (c: SignatoryCapacity) => SEBUTAN_EN[c];

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const numberWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

export function titleLinesEn(bundle: CharterBundle, w: NaskahWorkshop): string[] {
  const doc = bundle.charter;
  const lines = ['SERVICE AGREEMENT', `ON THE SERVICE “${doc.workshop.serviceName.toUpperCase()}”`, 'BETWEEN', (providerInstitution(bundle, w) ?? 'THE SERVICE PROVIDER').toUpperCase(), 'AND', 'THE SERVICE USERS'];
  const partners = [...new Set(byCapacity(doc, 'pihak_ketiga').map((s) => (s.partner ? partnerLabel(s.partner) : undefined)).filter((n): n is string => !!n))];
  if (partners.length) lines.push('AND', partners.join(', ').toUpperCase());
  return lines;
}

export const nomorLineEn = (w: NaskahWorkshop) => `NUMBER: ${w.nomor?.trim() || `${BLANK}${BLANK}`}`;

/** "On this day, Thursday, 3 December 2026, at ..., we, the undersigned:" */
export function openingSentenceEn(doc: CharterDocument, w: NaskahWorkshop): string {
  return `On this day, ${formatDayInWords(doc.frozenAt, 'en', zoneOf(w))}, at ${w.place?.trim() || BLANK}, the undersigned:`;
}

const ROW_LABELS: Record<string, string> = { Nama: 'Name', NIP: 'NIP', Jabatan: 'Position', Instansi: 'Institution' };

/** A party's komparisi in English: the same rows (values as the signer wrote them), for whom they act. */
export function komparisiEn(bundle: CharterBundle, s: CharterSignatory, w: NaskahWorkshop): { sebutan: string; rows: [string, string][]; actsFor: string } {
  const k = komparisi(bundle, s, w);
  const rows = k.rows.map(([label, value]) => [ROW_LABELS[label] ?? label, value] as [string, string]);
  let actsFor: string;
  if (s.capacity === 'pihak_pertama') actsFor = `acting for and on behalf of ${providerInstitution(bundle, w) ?? 'the service provider'} as the provider of the service “${bundle.charter.workshop.serviceName}”`;
  else if (s.mandate) actsFor = `acting for and on behalf of those named in the mandate given in the workshop, ${english({ id: `${s.mandate.actsFor}, ${s.mandate.chosenBy}` })}`;
  else if (s.partner) actsFor = `acting for and on behalf of ${partnerLabel(s.partner)}`;
  else actsFor = 'acting for and on behalf of the service users';
  return { sebutan: SEBUTAN_EN[s.capacity], rows, actsFor: `${actsFor}, hereinafter called the ${SEBUTAN_EN[s.capacity]}.` };
}

export function partiesNamedEn(doc: CharterDocument): string {
  const names = PARTY_CAPACITIES.filter((c) => byCapacity(doc, c).length > 0).map((c) => `the ${SEBUTAN_EN[c]}`);
  const list = names.length <= 1 ? (names[0] ?? 'the PARTIES') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return list.charAt(0).toUpperCase() + list.slice(1);
}

export const agreeSentenceEn = (doc: CharterDocument) => `agree to make the Service Agreement on the service “${doc.workshop.serviceName}” under the following terms:`;

/** The legal basis as a list, from the English the room wrote for the DASAR_HUKUM clauses. */
export function dasarHukumEn(doc: CharterDocument): string[] {
  const section = doc.sections.find((s) => s.code === 'DASAR_HUKUM');
  if (!section) return [];
  return section.clauses.flatMap((c) => {
    const en = c.current.text.en?.trim();
    if (!en) return [english(c.current.text)];
    const colon = en.indexOf(':');
    const list = colon >= 0 ? en.slice(colon + 1) : en;
    // "…: A; B; and C." or "…:\n1. A\n2. B"
    const items = list.includes(';') ? list.split(';') : list.split(/\n\s*\d+\.\s*/);
    const out = items.map((item) => item.trim().replace(/^and\s+/i, '').replace(/[.;,]+$/, '').trim()).filter(Boolean);
    return out.length ? out : [en];
  });
}

export function paraPihakSentenceEn(doc: CharterDocument): string {
  return `${partiesNamedEn(doc)}, hereinafter together called the PARTIES, ${dasarHukumEn(doc).length ? 'on the basis of:' : agreeSentenceEn(doc)}`;
}

const sectionTitle = (name: { id: string; en: string }) => name.en.trim().replace(/\s*&\s*/g, ' and ') || english({ id: name.id });

/** Articles in the catalogue's order (the same numbering as the Indonesian text), clauses by stable number. */
export function articlesEn(doc: CharterDocument): Article[] {
  const partnerName = (id: string) => {
    const card = doc.stakeholders.find((s) => s.id === id);
    return card ? partnerLabel(card) : undefined;
  };
  return doc.sections
    .filter((s) => !NOT_ARTICLES.has(s.code))
    .map((section, i) => ({
      number: i + 1,
      title: sectionTitle(section.name),
      ...(section.notApplicable ? { notApplicable: `The provisions on ${lowerFirst(sectionTitle(section.name))} do not apply under this Service Agreement: ${english(section.notApplicable).replace(/\.$/, '')}.` } : {}),
      clauses: byNumber(section.clauses).map((c) => {
        const facts = clausePartyTexts(c.current, partnerName, 'en').map((f) => `${f}.`);
        if (c.current.commitment) facts.unshift(`Committed measure: ${formatCommitment(c.current.commitment, 'en')}.`);
        return { label: clauseLabel(c), text: english(c.current.text), facts };
      }),
    }));
}

export function closingSentenceEn(doc: CharterDocument): string {
  const n = Math.max(2, PARTY_CAPACITIES.filter((c) => byCapacity(doc, c).length > 0).length);
  return `In witness whereof, this Service Agreement was made and signed by the PARTIES on the day and date first written above, in ${n} (${numberWord(n)}) counterparts, each having the same legal force.`;
}

export function signatureRoleEn(bundle: CharterBundle, s: CharterSignatory | undefined, w: NaskahWorkshop): string {
  const signed = s ? signatureOf(bundle, s) : undefined;
  if (signed) return signed.signer.title;
  if (s?.capacity === 'pihak_pertama') return `Head of ${providerInstitution(bundle, w) ?? 'the provider'}`;
  return s?.partner ? partnerLabel(s.partner) : '';
}

export function signatureStatusEn(bundle: CharterBundle, s: CharterSignatory, w: NaskahWorkshop): string {
  const signed = signatureOf(bundle, s);
  return signed ? `Signed electronically on ${formatDateTimeInWords(signed.signedAt, 'en', zoneOf(w))}` : 'Not signed electronically yet';
}

export const WITNESSES_HEADING = 'Witnesses:';
export const ACKNOWLEDGED_HEADING = 'Acknowledged by,';
export const PLEDGE_TITLE = 'SERVICE PLEDGE';

/** The provider's pledge in English, once, signed by the head alone. */
export const maklumatTextsEn = (doc: CharterDocument) => doc.maklumat.map((m) => english(m.text));

export function maklumatPlaceDateEn(doc: CharterDocument, w: NaskahWorkshop): string {
  const day = formatDayInWords(doc.frozenAt, 'en', zoneOf(w)).replace(/^\w+, /, '');
  return `${w.place?.split(',').at(-1)?.trim() || BLANK}, ${day}`;
}

export const VERIFY_SENTENCE_EN = 'The authenticity of the signed Indonesian text can be checked by scanning the QR code beside or opening this address:';
export const AUTHENTICITY_CODE_EN = 'Authenticity code of the Indonesian text:';

export function versionLineEn(bundle: CharterBundle, w: NaskahWorkshop): string {
  const sealed = bundle.seal ? `Sealed by the server on ${formatDateTimeInWords(bundle.seal.sealedAt, 'en', zoneOf(w))}.` : 'Not sealed by the server yet.';
  return `Version ${bundle.charter.charterVersion} of the text, adopted as final on ${formatDateTimeInWords(bundle.charter.frozenAt, 'en', zoneOf(w))}. ${sealed}`;
}

export const STANDARD_ANNEX_TITLE = 'ANNEX I';
export const standardTitleEn = (doc: CharterDocument) => `SERVICE STANDARD “${doc.workshop.serviceName.toUpperCase()}”`;
export const STANDARD_INTRO_EN = 'The components of the service standard under Minister of Administrative Reform Regulation 15/2014 (PermenPANRB 15/2014), as agreed in this Service Agreement.';

/** Annex I in English: the 14 components in the same order, with the English of what was agreed for each. */
export function standardRowsEn(doc: CharterDocument): { number: number; component: string; entries: string[] }[] {
  return CHARTER_SECTIONS.filter((s) => s.serviceStandard)
    .sort((a, b) => a.serviceStandard!.order - b.serviceStandard!.order)
    .map((component) => {
      const section = doc.sections.find((s) => s.code === component.code);
      const entries: string[] = [];
      if (component.code === 'DASAR_HUKUM') entries.push(...dasarHukumEn(doc).map((item, i) => `${i + 1}. ${item}`));
      else {
        for (const c of byNumber(section?.clauses ?? [])) entries.push(`${clauseLabel(c) ? `${clauseLabel(c)}. ` : ''}${english(c.current.text)}`);
        if (component.code === 'PROSEDUR' && doc.content.serviceFlow.length > 0) entries.push(`Service flow: ${english({ id: doc.content.serviceFlow.map((step, i) => `(${i + 1}) ${step.unit}: ${step.action.trim().replace(/[.;]+$/, '')}`).join('; ') })}`);
      }
      if (section?.notApplicable) entries.push(`Not applicable: ${english(section.notApplicable)}`);
      if (entries.length === 0) entries.push('Not set in this Service Agreement.');
      return { number: component.serviceStandard!.order, component: component.name.en, entries };
    });
}

export const ANNEX_TITLE = 'ANNEX II';
export const ANNEX_RECORDS_TITLE = 'RECORD OF HOW THE SERVICE AGREEMENT WAS NEGOTIATED';

export function annexIntroEn(doc: CharterDocument): string {
  return `This annex records how each provision was agreed in the workshop. Summary: ${decisionSummaryText(charterDecisionSummary(doc), 'en')}.`;
}

/** The annex: how each clause was agreed, in article order (English of `negotiationRecords`). */
export function negotiationRecordsEn(doc: CharterDocument): { label: string; where: string; lines: string[] }[] {
  const all = doc.sections.flatMap((s) => s.clauses);
  const out: { label: string; where: string; lines: string[] }[] = [];
  for (const section of doc.sections) {
    const where = sectionTitle(section.name);
    if (section.notApplicableDecision && section.notApplicable) {
      out.push({ label: '', where: `${where}: this section does not apply`, lines: [`Decision: ${notApplicableDecisionText(section.notApplicableDecision, 'en')}.`] });
    }
    for (const c of byNumber(section.clauses)) {
      const lines: string[] = [];
      if (c.consensus) {
        const r = c.consensus.result;
        const how = c.consensus.outcome === 'decided_by_fallback' ? 'How it was decided' : 'Agreement';
        const extra = [r.reservations.length ? `${r.reservations.length} agreed with reservations` : '', r.standAsides.length ? `${r.standAsides.length} stood aside without blocking` : ''].filter(Boolean);
        lines.push(`${how}: ${decisionText(c.consensus, 'en')}${extra.length ? ` (${extra.join('; ')})` : ''}.`);
        const sectors = r.sectors ?? [];
        if (sectors.length && sectors.every((sr) => sr.quorumHeld && sr.ruleHeld && sr.blocks === 0)) {
          lines.push(`Support by sector: ${sectors.map((sr) => `${SECTOR_LABELS[sr.sector].en} ${sr.supporters} of ${sr.members}`).join(', ')}; the rule was met in every sector.`);
        } else if (sectors.length) lines.push(`By sector: ${sectors.map((sr) => describeSectorResult(sr).en).join('; ')}.`);
        if (c.consensus.minorityReport) lines.push(`Minority report: ${english(c.consensus.minorityReport.text)}`);
      } else lines.push('No recorded agreement check.');
      if (c.dots) lines.push(`${dotsText(c.dots, 'en')}.`);
      const sides = [c.usersAsk ? `users’ ask ${formatMeasure(c.usersAsk, 'en')}` : '', c.providerBaseline ? `provider’s current capacity ${formatMeasure(c.providerBaseline, 'en')}` : ''].filter(Boolean);
      if (sides.length) lines.push(`Starting points of the negotiation: ${sides.join('; ')}.`);
      // The users' ask in words is free text in Indonesian: marked, never translated.
      const { usersAskText, ...rest } = c;
      if (usersAskText) lines.push(`Users’ ask in words: ${english({ id: usersAskText })}`);
      for (const fact of capacityFacts(rest, all, 'en')) lines.push(`${fact.charAt(0).toUpperCase()}${fact.slice(1)}.`);
      out.push({ label: clauseLabel(c) || '-', where, lines });
    }
  }
  return out;
}

export const SERVICE_FLOW_TITLE_EN = 'Agreed service flow';

/** The service flow: its words are the room's Indonesian (marked); times and costs in English. */
export function serviceFlowLinesEn(doc: CharterDocument): string[] {
  return doc.content.serviceFlow.map((step) => {
    const words = [step.unit, step.action, step.documents ? `Dokumen: ${step.documents}` : ''].filter(Boolean).map((t) => t.trim().replace(/[.;]+$/, '')).join('; ');
    return `${english({ id: words })}. Time: ${step.minutes} minutes. Cost: ${step.costRupiah ? formatMeasure({ value: step.costRupiah, unit: 'rupiah' }, 'en') : 'free of charge'}.`;
  });
}

export const pageNumberTextEn = (page: number, of: number) => `Page ${page} of ${of}`;
