/**
 * The charter bundle as Markdown: Bahasa Indonesia first, English beside it where the room
 * wrote it. Pure, so the browser can offer the same download. What is signed is the JSON
 * charter, never this rendering; the fingerprint at the end says which JSON it shows.
 */
import { describePaperResult, describeSectorResult } from '../rules/consensus';
import type { AnyCharterBundle as CharterBundle } from './publicCharter';
import type { AnyCharterClause as CharterClause } from './publicCharter';
import { charterClauseLabel, charterDecisionSummary } from './charterDocument';
import { answerCountTexts, capacityLabel, clausePartyTexts, decisionSummaryText, dotsText, formatCommitment, formatMeasure, formatRupiah, komparisiText, decisionText, LABELS, type Lang, notApplicableDecisionText, SECTOR_LABELS } from './charterText';
import { formatDateTimeInWords, formatNumber, type WorkshopTimeZone } from './dates';

/** How a rendering prints dates: in the workshop's time zone (UTC, named, when none is on record). */
export interface CharterRenderOptions {
  timeZone?: WorkshopTimeZone | null;
}

const both = (l: { id: string; en?: string }) => (l.en ? `${l.id} / *${l.en}*` : l.id);
// Markdown has no escape for everything; keep clause text from turning into headings or lists.
const md = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/\n+/g, ' ');

/**
 * The capacity side of a clause in print: users' ask in words, and the links between a promise
 * and the condition it rests on ("bergantung pada K12" / "syarat untuk K7").
 */
export function capacityFacts(c: CharterClause, all: readonly CharterClause[], lang: Lang): string[] {
  const label = (x: CharterClause | undefined) => (x?.number === undefined ? 'K?' : `K${x.number}`);
  const facts: string[] = [];
  if (c.usersAskText) facts.push(`${LABELS.usersAskText[lang]}: ${c.usersAskText}`);
  const conditionId = c.current.conditionClauseId;
  if (conditionId) facts.push(`${LABELS.dependsOn[lang]} ${label(all.find((x) => x.id === conditionId))}`);
  const dependents = all.filter((x) => x.current.conditionClauseId === c.id);
  if (dependents.length) facts.push(`${LABELS.conditionFor[lang]} ${dependents.map(label).join(', ')}`);
  return facts;
}

function clauseLines(c: CharterClause, n: string, partnerName: (id: string) => string | undefined, all: readonly CharterClause[]): string[] {
  const lines = [`${charterClauseLabel(c, n)}. ${md(c.current.text.id)}`];
  if (c.current.text.en) lines.push(`   *${md(c.current.text.en)}*`);
  const facts: string[] = [];
  for (const party of clausePartyTexts(c.current, partnerName, 'id')) facts.push(md(party));
  if (c.current.commitment) facts.push(`${both(LABELS.commitment)}: **${formatCommitment(c.current.commitment, 'id')}**`);
  if (c.usersAsk) facts.push(`${LABELS.usersAsk.id}: ${formatMeasure(c.usersAsk, 'id')}`);
  if (c.providerBaseline) facts.push(`${LABELS.providerBaseline.id}: ${formatMeasure(c.providerBaseline, 'id')}`);
  facts.push(...capacityFacts(c, all, 'id').map(md));
  if (c.consensus) {
    const r = c.consensus.result;
    const label = c.consensus.outcome === 'decided_by_fallback' ? LABELS.decision.id : LABELS.consensus.id;
    const counts = answerCountTexts(r, 'id');
    if (r.paper) counts.push(describePaperResult(r.paper).id);
    facts.push(`${label}: **${md(decisionText(c.consensus, 'id'))}**${counts.length ? ` (${counts.join('; ')})` : ''}`);
  }
  if (c.dots) facts.push(dotsText(c.dots, 'id'));
  for (const f of facts) lines.push(`   - ${f}`);
  // Per-party consent (format 6): how each sector present at the start answered.
  for (const sector of c.consensus?.result.sectors ?? []) lines.push(`   - ${md(describeSectorResult(sector).id)}`);
  const report = c.consensus?.minorityReport;
  // The public view says who submitted it only with the authors' consent (publicCharter.ts).
  if (report) lines.push(`   - ${LABELS.minorityReport.id}${'attribution' in report ? ` (${md(report.attribution.id)})` : ''}: ${md(report.text.id)}`);
  return lines;
}

export function charterMarkdown(bundle: CharterBundle, verifyUrl?: string, options: CharterRenderOptions = {}): string {
  const c = bundle.charter;
  const when = (instant: string) => formatDateTimeInWords(instant, 'id', options.timeZone);
  const partnerName = (id: string) => c.stakeholders.find((s) => s.id === id)?.name;
  const out: string[] = [
    `# ${LABELS.charter.id}: ${md(c.workshop.serviceName)}`,
    `*${LABELS.charter.en}*`,
    '',
    `${md(c.workshop.title)}  `,
    `${LABELS.version.id} / *${LABELS.version.en}* ${c.charterVersion} · ${LABELS.frozenAt.id} ${when(c.frozenAt)}`,
    '',
    `${both(LABELS.summary)}: ${decisionSummaryText(charterDecisionSummary(c), 'id')}  `,
    `*${decisionSummaryText(charterDecisionSummary(c), 'en')}*`,
    '',
  ];
  const all: CharterClause[] = [];
  for (const s of c.sections) all.push(...s.clauses);
  c.sections.forEach((s, i) => {
    out.push(`## ${i + 1}. ${both(s.name)}`, '');
    if (s.notApplicable) out.push(`${LABELS.notApplicable.id}: ${md(s.notApplicable.id)}${s.notApplicableDecision ? ` (${notApplicableDecisionText(s.notApplicableDecision, 'id')})` : ''}`, '');
    s.clauses.forEach((clause, k) => {
      out.push(...clauseLines(clause, `${i + 1}.${k + 1}`, partnerName, all));
    });
    out.push('');
  });
  if (c.content.serviceFlow.length) {
    out.push(`## ${both(LABELS.serviceFlow)}`, '');
    c.content.serviceFlow.forEach((step, i) => {
      const docs = step.documents ? ` (${LABELS.documents.id}: ${md(step.documents)})` : '';
      out.push(`${i + 1}. **${md(step.unit)}**: ${md(step.action)}${docs} · ${formatNumber(step.minutes, 'id')} ${LABELS.minutes.id} · ${formatRupiah(step.costRupiah)}`);
    });
    out.push('');
  }
  if (c.maklumat.length) {
    out.push(`## ${both(LABELS.maklumat)}`, '');
    for (const m of c.maklumat) out.push(`> ${md(m.text.id)}${m.text.en ? `  \n> *${md(m.text.en)}*` : ''}`, '');
  }
  out.push(`## ${both(LABELS.participants)}`, '');
  for (const [sector, people] of Object.entries(c.participantsBySector)) {
    out.push(`- ${SECTOR_LABELS[sector as keyof typeof SECTOR_LABELS].id}: ${people.map((p) => md(p.displayName)).join(', ') || '-'}`);
  }
  out.push('', `## ${both(LABELS.signatures)}`, '', '| Kapasitas / Capacity | Nama / Name | Jabatan, lembaga | Status |', '|---|---|---|---|');
  for (const s of c.signatories) {
    const signed = bundle.signatures.find((x) => x.participantId === s.participantId && x.capacity === s.capacity);
    // A signature in wet ink on the printed naskah, as a facilitator recorded it (not cryptographic).
    const wet = signed ? undefined : bundle.wetInk?.find((x) => x.participantId === s.participantId && x.capacity === s.capacity);
    const status = signed
      ? `${LABELS.signed.id} ${when(signed.signedAt)} (${signed.keyId.slice(0, 8)}…)`
      : wet
        ? `Ditandatangani basah pada naskah cetak ${when(wet.signedAt)}; dicatat oleh ${md(wet.recordedBy.name)} ${when(wet.recordedAt)}${wet.scanSha256 ? ` (pindaian SHA-256 ${wet.scanSha256.slice(0, 16)}…)` : ''}`
        : LABELS.unsigned.id;
    const by = signed ?? wet;
    const role = by ? `${md(by.signer.title)}, ${md(by.signer.institution)}` : '';
    const komparisi = komparisiText(s, 'id');
    out.push(`| ${capacityLabel(s.capacity).id} | ${md(s.displayName)}${komparisi ? `, ${md(komparisi)}` : ''} | ${role} | ${status} |`);
  }
  out.push('', `${LABELS.hash.id}: \`${bundle.charterSha256}\`  `);
  if (bundle.seal) out.push(`Segel server / *server seal*: \`${bundle.seal.keyId}\` (${when(bundle.seal.sealedAt)})  `);
  if (c.logHead) out.push(`Log: ${c.logHead.seq} · \`${c.logHead.hash}\`  `);
  if (verifyUrl) out.push(`${both(LABELS.verify)}: ${verifyUrl}`);
  return `${out.join('\n')}\n`;
}
