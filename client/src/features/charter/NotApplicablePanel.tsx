import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { entryOf } from '../../../../shared/schema/records';
import { sectionByCode, type SectionCode } from '../../../../shared/schema/sections';
import { clearSectionNotApplicable, markSectionNotApplicable } from '../../actions/charter';
import type { CommandRunner } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { ConsensusResultView } from '../consensus/ConsensusResultView';
import { PaperCardsForm } from '../consensus/PaperCardsForm';
import { RecordOutcomeForm } from '../consensus/RecordOutcomeForm';
import { StartCheckForm } from '../consensus/StartCheckForm';
import { notApplicableCandidates } from './freezeModel';
import { whyNotMarkNotApplicable } from './charterGuards';
import { WhyNotHint } from '../common/WhyNotHint';
import { compareTimes } from '../common/timeOrder';

/** The latest check on this section's "not applicable" question, if any. */
function latestQuestion(checks: Readonly<Record<string, ConsensusCheck>> | undefined, code: SectionCode): ConsensusCheck | undefined {
  return Object.values(checks ?? {})
    .filter((c) => c.subject?.sectionCode === code)
    .sort((a, b) => compareTimes(b.startedAt, a.startedAt))[0];
}

/**
 * Required sections the room will not write ("tidak berlaku"), each with the reason the naskah
 * prints, and the way back. A required section is marked only by the room: the facilitator puts
 * the question "Bagian X tidak berlaku karena ..." to a consensus check (same scale, rule, quorum
 * and fallback as a clause check), participants answer on their phones, and an outcome that
 * allows agreement marks it. Protected sections (users' rights, provider obligations, sanctions &
 * compensation, complaints, the Maklumat) are never offered; the panel says why once. The
 * facilitator may reopen a decision: the section is required again.
 */
export function NotApplicablePanel({ command }: { command: CommandRunner }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState<SectionCode | null>(null);
  const [reason, setReason] = useState('');
  const state = session.state;
  if (!state || state.freeze) return null;
  const may = session.may('markSectionNotApplicable');
  const candidates = notApplicableCandidates(state);
  if (candidates.length === 0) return null;
  // The form is open for one section at a time; the server's rule says whether it may be marked.
  const markBlocked = open && !sectionByCode(open).requiredForFreeze ? whyNotMarkNotApplicable(state, session, open) : null;
  const close = () => {
    setOpen(null);
    setReason('');
  };
  const submit = async (code: SectionCode) => {
    if (await command.run(markSectionNotApplicable(code, reason))) close();
  };
  return (
    <details className="not-applicable" data-testid="not-applicable">
      <summary>{t('freeze.notApplicable.title')}</summary>
      <p className="field__hint">{t('freeze.notApplicable.hint')}</p>
      <p className="field__hint" data-testid="not-applicable-protected">{t('freeze.notApplicable.protectedNote')}</p>
      <ul className="checklist">
        {candidates.map(({ code, marked }) => {
          const name = textIn(sectionByCode(code).name, i18n.language);
          const mark = entryOf(state.notApplicable, code);
          const required = sectionByCode(code).requiredForFreeze;
          const question = latestQuestion(state.consensusChecks, code);
          const asking = question?.status === 'open' ? question : undefined;
          return (
            <li key={code} className="editable-row" data-testid="not-applicable-section" data-section={code} data-marked={marked} data-asking={asking !== undefined}>
              <strong>{name}</strong>
              {marked && mark ? (
                <>
                  {' '}— {t('freeze.notApplicable.marked', { reason: textIn(mark.reason, i18n.language) })}{' '}
                  {may && (
                    <button type="button" className="button button--small" disabled={command.busy} aria-label={t('freeze.notApplicable.undo', { section: name })}
                      data-testid="not-applicable-undo" onClick={() => command.run(clearSectionNotApplicable(code))}>
                      {t('freeze.notApplicable.undoShort')}
                    </button>
                  )}
                </>
              ) : asking ? (
                <>
                  {' '}— {asking.subject && t('freeze.notApplicable.asking', { reason: textIn(asking.subject.reason, i18n.language) })}
                  <ConsensusResultView check={asking} />
                  <PaperCardsForm check={asking} />
                  {session.may('recordConsensusOutcome') && <RecordOutcomeForm check={asking} />}
                </>
              ) : open === code ? (
                <div className="editable-row__form">
                  {question && <ConsensusResultView check={question} />}
                  <input className="input" value={reason} maxLength={500} required onChange={(e) => setReason(e.target.value)}
                    aria-label={t('freeze.notApplicable.reason', { section: name })} placeholder={t('freeze.notApplicable.reasonPlaceholder')} data-testid="not-applicable-reason" />
                  {required ? (
                    <StartCheckForm subject={{ sectionCode: code, reason }} onStarted={close} />
                  ) : (
                    <form className="form__row" onSubmit={(e) => { e.preventDefault(); void submit(code); }}>
                      <WhyNotHint id={`not-applicable-why-${code}`} reason={markBlocked} testId="not-applicable-why-not" />
                      <button type="submit" className="button" disabled={command.busy || !reason.trim() || markBlocked !== null}
                        aria-describedby={markBlocked ? `not-applicable-why-${code}` : undefined}>{t('freeze.notApplicable.save')}</button>
                    </form>
                  )}
                  <button type="button" className="button button--small" onClick={close}>{t('freeze.notApplicable.cancel')}</button>
                </div>
              ) : (
                may && (
                  <>
                    {' '}
                    <button type="button" className="button button--small" data-testid="not-applicable-mark"
                      aria-label={t(required ? 'freeze.notApplicable.ask' : 'freeze.notApplicable.mark', { section: name })}
                      onClick={() => { setOpen(code); setReason(''); }}>
                      {t(required ? 'freeze.notApplicable.askShort' : 'freeze.notApplicable.markShort')}
                    </button>
                  </>
                )
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
