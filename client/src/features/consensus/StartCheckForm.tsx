import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_SECTOR_QUORUM_PERCENT,
  type DecisionRule,
  describeSectorPreview,
  eligibleMembersBySector,
  type Fallback,
  previewSectorRule,
} from '../../../../shared/rules/consensus';
import { CONSENSUS_PRESET_IDS, CONSENSUS_PRESETS, type ConsensusPresetId } from '../../../../shared/rules/consensusPresets';
import type { ParticipantId } from '../../../../shared/schema/ids';
import { startConsensusCheck, startNotApplicableCheck } from '../../actions/consensus';
import type { SectionCode } from '../../../../shared/schema/sections';
import { whyNotAskNotApplicable } from '../charter/charterGuards';
import { useCommand } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { WhyNotHint } from '../common/WhyNotHint';
import { whyNotStartCheck } from './consensusGuards';

type RuleKey = 'consensus' | 'minus1' | 'minus2' | 'super75';
const RULES: Record<RuleKey, DecisionRule> = {
  consensus: { kind: 'consensus' },
  minus1: { kind: 'consensus_minus', maxDissent: 1 },
  minus2: { kind: 'consensus_minus', maxDissent: 2 },
  super75: { kind: 'supermajority', percent: 75 },
};

/** What the check asks: a clause under discussion, or whether a section does not apply (and why). */
export type CheckSubject = { clauseId: string } | { sectionCode: SectionCode; reason: string };

/**
 * Starts a check on a clause under discussion, or on a section's "not applicable" question. The
 * decision rule and the fallback are fixed now, before anyone answers (Kaner ch. 22), so nobody
 * changes the rule after seeing answers.
 */
export function StartCheckForm({ subject, onStarted }: { subject: CheckSubject; onStarted?: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const session = useSession();
  const { state } = session;
  const command = useCommand();
  const [preset, setPreset] = useState<ConsensusPresetId>('kaner_gradients');
  const [rule, setRule] = useState<RuleKey>('consensus');
  const [fallback, setFallback] = useState<Fallback['kind']>('defer');
  const [decider, setDecider] = useState('');
  const [quorum, setQuorum] = useState('');
  const [sectorQuorum, setSectorQuorum] = useState(String(DEFAULT_SECTOR_QUORUM_PERCENT));
  const people = Object.values(state?.participants ?? {}).filter((p) => !p.revoked);
  const sectorQuorumPercent = Math.min(100, Math.max(1, Math.round(Number(sectorQuorum)) || DEFAULT_SECTOR_QUORUM_PERCENT));
  const preview = previewSectorRule(RULES[rule], { members: eligibleMembersBySector(people), quorumPercent: sectorQuorumPercent });
  const blocked = 'clauseId' in subject ? whyNotStartCheck(state, session, subject.clauseId) : whyNotAskNotApplicable(state, session, subject.sectionCode);
  const noReason = 'reason' in subject && !subject.reason.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosenFallback: Fallback =
      fallback === 'designated_decider' ? { kind: 'designated_decider', deciderId: decider as ParticipantId } : { kind: fallback };
    const q = Number(quorum) || undefined;
    const start =
      'clauseId' in subject
        ? startConsensusCheck(subject.clauseId, preset, RULES[rule], chosenFallback, q, sectorQuorumPercent)
        : startNotApplicableCheck(subject.sectionCode, subject.reason, preset, RULES[rule], chosenFallback, q, sectorQuorumPercent);
    const ok = await command.run(start);
    if (ok) onStarted?.();
  };

  return (
    <form className="form form--compact" onSubmit={submit} data-testid="start-check-form">
      <div className="form__row">
        <label className="field field--inline" htmlFor={`${id}-preset`}>
          {t('consensus.preset')}
          <select id={`${id}-preset`} className="input" value={preset} onChange={(e) => setPreset(e.target.value as ConsensusPresetId)} data-testid="check-preset">
            {CONSENSUS_PRESET_IDS.map((p) => <option key={p} value={p}>{textIn(CONSENSUS_PRESETS[p].name, i18n.language)}</option>)}
          </select>
        </label>
        <label className="field field--inline">
          {t('consensus.rule')}
          <select className="input" value={rule} onChange={(e) => setRule(e.target.value as RuleKey)} data-testid="check-rule">
            {(Object.keys(RULES) as RuleKey[]).map((r) => <option key={r} value={r}>{t(`consensus.rules.${r}`)}</option>)}
          </select>
        </label>
        <label className="field field--inline">
          {t('consensus.fallbackLabel')}
          <select className="input" value={fallback} onChange={(e) => setFallback(e.target.value as Fallback['kind'])} data-testid="check-fallback">
            <option value="defer">{t('consensus.fallback.defer')}</option>
            <option value="majority">{t('consensus.fallback.majority')}</option>
            <option value="designated_decider">{t('consensus.fallback.designated_decider')}</option>
          </select>
        </label>
        {fallback === 'designated_decider' && (
          <label className="field field--inline">
            {t('consensus.decider')}
            <select className="input" value={decider} onChange={(e) => setDecider(e.target.value)} required>
              <option value="" disabled>…</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>)}
            </select>
          </label>
        )}
        <label className="field field--inline">
          {t('consensus.quorum')}
          <input className="input" type="number" min={1} max={500} value={quorum} onChange={(e) => setQuorum(e.target.value)} placeholder="1" />
        </label>
        <label className="field field--inline">
          {t('consensus.sectorQuorum')}
          <input className="input" type="number" min={1} max={100} value={sectorQuorum} onChange={(e) => setSectorQuorum(e.target.value)} data-testid="check-sector-quorum" />
        </label>
      </div>
      <p className="rule-help" data-testid="check-rule-help">{t(`consensus.ruleHelp.${rule}`)} {t('consensus.ruleEverySector')}</p>
      <p className="rule-help" data-testid="check-fallback-help">{t(`consensus.fallbackHelp.${fallback}`)}</p>
      <section className="rule-preview" aria-label={t('consensus.previewTitle')} data-testid="check-rule-preview">
        <strong>{t('consensus.previewTitle')}</strong>
        {preview.length === 0 ? (
          <p>{t('consensus.previewEmpty')}</p>
        ) : (
          <ul>{preview.map((p) => <li key={p.sector} data-testid={`check-preview-${p.sector}`}>{textIn(describeSectorPreview(p), i18n.language)}</li>)}</ul>
        )}
      </section>
      <RefusalNotice runner={command} />
      <WhyNotHint id={`${id}-why-not`} reason={blocked} testId="check-start-why-not" />
      <button type="submit" className="button button--primary" disabled={command.busy || blocked !== null || noReason || (fallback === 'designated_decider' && !decider)}
        aria-describedby={blocked ? `${id}-why-not` : undefined} data-testid="check-start">
        {t('consensus.start')}
      </button>
    </form>
  );
}
