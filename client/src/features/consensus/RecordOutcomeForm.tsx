import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerCount, type ConsensusCheck, computeConsensusResult } from '../../../../shared/rules/consensus';
import { closeCheckWithoutQuorum, recordConsensusOutcome } from '../../actions/consensus';
import { useCommand } from '../../actions/useCommand';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { WhyNotHint } from '../common/WhyNotHint';
import { whyNotRecord } from './consensusGuards';
import { entryOf } from '../../../../shared/schema/records';

/**
 * Closes a check: the outcome follows from the answers and the rule fixed at start; the
 * facilitator may apply the fallback when there is no consensus, and writes the minority report
 * with its authors (preselected: everyone who did not support).
 */
export function RecordOutcomeForm({ check }: { check: ConsensusCheck }) {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const { state } = session;
  const command = useCommand();
  const result = computeConsensusResult(check);
  const dissent = [...result.dissenters, ...result.standAsides, ...result.blockers.map((b) => b.participantId)];
  // Until the facilitator edits the list, the authors follow the answers as they arrive.
  const [edited, setAuthors] = useState<Set<string> | null>(null);
  const authors = edited ?? new Set(dissent);
  const [report, setReport] = useState('');
  const [useFallback, setUseFallback] = useState(false);
  const [adopted, setAdopted] = useState(false);
  const agreed = result.outcome === 'consensus' || result.outcome === 'consensus_with_reservations';
  const answered = Object.values(check.answers);
  // The server refuses an outcome below the quorum fixed at start (quorum_not_reached); paper cards are answers too.
  const answerTotal = answerCount(check);
  const belowQuorum = answerTotal < check.quorum;

  const outcome = () =>
    recordConsensusOutcome(check.id, {
      ...(useFallback && !agreed ? { useFallback: check.fallback.kind === 'designated_decider' ? { adopted } : {} } : {}),
      minorityReport: { text: report, authorIds: [...authors] },
    });
  // The exact command the button would send, judged by the server's rule (quorum, fallback...).
  const blocked = whyNotRecord(state, session, outcome());
  const toggle = (pid: string) =>
    setAuthors(() => {
      const next = new Set(authors);
      if (next.has(pid)) next.delete(pid);
      else next.add(pid);
      return next;
    });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await command.run(outcome());
  };

  return (
    <form className="form form--compact" onSubmit={submit} data-testid="record-outcome-form">
      {!agreed && (
        <label className="check">
          <input type="checkbox" checked={useFallback} onChange={(e) => setUseFallback(e.target.checked)} data-testid="outcome-use-fallback" />{' '}
          {t('consensus.applyFallback', { fallback: t(`consensus.fallback.${check.fallback.kind}`) })}
        </label>
      )}
      {!agreed && useFallback && check.fallback.kind === 'designated_decider' && (
        <label className="check">
          <input type="checkbox" checked={adopted} onChange={(e) => setAdopted(e.target.checked)} /> {t('consensus.deciderAdopts')}
        </label>
      )}
      <div className="field">
        <label htmlFor={`${id}-report`}>{t('consensus.minorityReport')}</label>
        <textarea id={`${id}-report`} className="input" rows={2} value={report} onChange={(e) => setReport(e.target.value)}
          data-testid="minority-report-text" />
      </div>
      {answered.length > 0 && (
        <fieldset className="form__checks">
          <legend>{t('consensus.reportAuthors')}</legend>
          {answered.map((a) => (
            <label key={a.participantId}>
              <input type="checkbox" checked={authors.has(a.participantId)} onChange={() => toggle(a.participantId)} />{' '}
              {entryOf(state?.participants, a.participantId)?.displayName ?? a.participantId}
            </label>
          ))}
        </fieldset>
      )}
      <RefusalNotice runner={command} />
      {belowQuorum && (
        <p id={`${id}-quorum`} className="field__hint" data-testid="outcome-quorum">
          {t('consensus.quorumMissing', { answers: answerTotal, quorum: check.quorum })}
        </p>
      )}
      {!belowQuorum && <WhyNotHint id={`${id}-why-not`} reason={blocked} testId="outcome-why-not" />}
      <button type="submit" className="button button--primary" disabled={command.busy || belowQuorum || blocked !== null}
        aria-describedby={belowQuorum ? `${id}-quorum` : blocked ? `${id}-why-not` : undefined} data-testid="outcome-record">
        {t('consensus.record')}
      </button>
      {belowQuorum && (
        <>
          {' '}
          <button type="button" className="button" disabled={command.busy} data-testid="outcome-close-without-quorum"
            onClick={() => { if (window.confirm(t('consensus.closeWithoutQuorumConfirm'))) void command.run(closeCheckWithoutQuorum(check.id)); }}>
            {t('consensus.closeWithoutQuorum')}
          </button>
        </>
      )}
    </form>
  );
}
