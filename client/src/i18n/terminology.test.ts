import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CharterBundle } from '../../../shared/charter/bundle';
import { charterMarkdown } from '../../../shared/charter/charterMarkdown';
import { decisionSummaryText, decisionText, fallbackDecisionText, LABELS, notApplicableDecisionText } from '../../../shared/charter/charterText';
import { CONSENSUS_PRESETS } from '../../../shared/rules/consensusPresets';
import { CONSENSUS_OUTCOMES } from '../../../shared/rules/consensus';
import { forbiddenTermsIn, withNegotiationRecord } from '../../../shared/testing/forbiddenTerms';
import { CHARTER_SECTIONS } from '../../../shared/schema/sections';
import { standardAgenda } from '../actions/agenda';
import { id } from './id';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const recorded = JSON.parse(read('tests/fixtures/charter-bundle.v1.json')) as CharterBundle;

/** Every leaf string with its dotted key. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('Indonesian terminology', () => {
  it('the Indonesian catalogue, the consensus scales, the standard agenda and the section names use none of the words that read wrong', () => {
    const hits = leaves(id).flatMap(([key, text]) => forbiddenTermsIn(text, 'ui', `id.ts ${key}`));
    for (const preset of Object.values(CONSENSUS_PRESETS)) {
      hits.push(...forbiddenTermsIn(preset.name.id, 'ui', `preset ${preset.id}`));
      for (const level of preset.levels) hits.push(...forbiddenTermsIn(level.label.id, 'ui', `preset ${preset.id} level ${level.value}`));
    }
    for (const step of standardAgenda()) hits.push(...forbiddenTermsIn(step.title.id, 'ui', `standard agenda ${step.id}`));
    for (const section of CHARTER_SECTIONS) hits.push(...forbiddenTermsIn(section.name.id, 'ui', `section ${section.code}`));
    expect(hits).toEqual([]);
  });

  it('the export words and the rendered Markdown use none of them', () => {
    const bundle = withNegotiationRecord(recorded);
    const words = [
      ...Object.entries(LABELS).map(([key, l]) => [`LABELS.${key}`, l.id] as const),
      ...CONSENSUS_OUTCOMES.map((outcome) => [`outcome ${outcome}`, decisionText({ outcome, fallback: { kind: 'majority' } }, 'id')] as const),
      ['fallback', fallbackDecisionText('designated_decider', undefined, 'id')] as const,
      ['not applicable', notApplicableDecisionText({ outcome: 'consensus_with_reservations' }, 'id')] as const,
      ['summary', decisionSummaryText({ byConsensus: 3, byFallback: 1, withoutCheck: 1 }, 'id')] as const,
    ];
    const hits = words.flatMap(([where, text]) => forbiddenTermsIn(text, 'exports', where));
    for (const timeZone of ['WIB', 'WITA', 'WIT', null] as const) hits.push(...forbiddenTermsIn(charterMarkdown(bundle, 'https://mufakat.example/v', { timeZone }), 'exports', `Markdown (${timeZone})`));
    expect(hits).toEqual([]);
  });

  it('the Markdown says the negotiation record in words, with dates in the workshop time zone and decimal commas', () => {
    const markdown = charterMarkdown(withNegotiationRecord(recorded), undefined, { timeZone: 'WITA' });
    expect(markdown).toContain('Kesepakatan: **mufakat dengan catatan** (2 setuju dengan catatan; 1 tidak ikut tetapi tidak menghalangi)');
    expect(markdown).toContain('Prioritas: 4 titik (Pemerintah 0, Swasta 3, Masyarakat 1)');
    expect(markdown).toContain('Komitmen / *Commitment*: **0,5 jam**');
    expect(markdown).toContain('Kemampuan penyelenggara saat ini: 2,5 jam');
    expect(markdown).toContain('Rp 1.500.000');
    // Frozen 2026-01-15T08:32Z: 16.32 in Makassar (WITA, UTC+8), a Thursday.
    expect(markdown).toContain('Naskah final ditetapkan Kamis, 15 Januari 2026, pukul 16.32 WITA');
    // Counts of zero are left out: a plain mufakat is printed as just that.
    expect(charterMarkdown(recorded)).toContain('   - Kesepakatan: **mufakat**\n');
  });

  it('the facilitator guide uses none of them', () => {
    expect(forbiddenTermsIn(read('docs/facilitator-guide.md'), 'guide', 'docs/facilitator-guide.md')).toEqual([]);
  });
});
