import { useTranslation } from 'react-i18next';
import type { NotApplicableDecision } from '../../../../shared/rules/freezeGate';
import { entryOf } from '../../../../shared/schema/records';
import { sectionByCode } from '../../../../shared/schema/sections';
import { freezeCharter } from '../../actions/charter';
import { useCommand } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { freezeGapsOf, notApplicableDecisionsOf } from './freezeModel';
import { NotApplicablePanel } from './NotApplicablePanel';
import { SignatoriesEditor } from './SignatoriesEditor';

/**
 * What still stands between the draft and a freeze (the same gate the server applies), the
 * signatories enrolled so far, and the freeze button. Versions, signing progress and downloads:
 * `CharterVersionsPanel`; signing itself: the sign-off view (`/s/:workshopId`).
 */
export function FreezeChecklist() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const command = useCommand();
  const state = session.state;
  if (!state) return null;
  const gaps = freezeGapsOf(state);
  // Each "not applicable" decision, with the reason the naskah prints and how it was decided.
  const decisions = notApplicableDecisionsOf(state);
  const how = (d: NotApplicableDecision) => {
    if (!d.byRoom || !d.outcome) return t('freeze.notApplicableHow.facilitator');
    if (d.outcome !== 'decided_by_fallback') return t(`freeze.notApplicableHow.${d.outcome === 'consensus' ? 'consensus' : 'consensus_with_reservations'}`);
    if (d.deciderId) return t('freeze.notApplicableHow.decider', { name: entryOf(state.participants, d.deciderId)?.displayName ?? '?' });
    return t('freeze.notApplicableHow.majority');
  };
  const freeze = () => {
    if (window.confirm(t('freeze.confirm'))) void command.run(freezeCharter());
  };
  return (
    <section className="panel" aria-labelledby="freeze-title" data-testid="freeze-checklist">
      <h2 id="freeze-title">{t('freeze.title')}</h2>
      {state.freeze ? (
        <p className="notice notice--info" data-testid="frozen">{t('freeze.frozen', { version: state.freeze.charterVersion })}</p>
      ) : gaps.length === 0 ? (
        <p className="warnings__none">✓ {t('freeze.ready')}</p>
      ) : (
        <ul className="checklist" data-testid="freeze-gaps">
          {gaps.map((g) => (
            <li key={JSON.stringify(g)} data-testid="freeze-gap" data-code={g.code}>
              ☐{' '}
              {g.code === 'section_not_agreed' && t('freeze.sectionNotAgreed', { section: textIn(sectionByCode(g.params.sectionCode).name, i18n.language) })}
              {g.code === 'section_not_applicable_without_consent' &&
                t('freeze.sectionNotApplicableWithoutConsent', { section: textIn(sectionByCode(g.params.sectionCode).name, i18n.language) })}
              {g.code === 'signatory_missing' && t(`freeze.missing.${g.params.capacity}`)}
              {g.code === 'witness_outside_government_missing' && t('freeze.witnessMissing')}
              {g.code === 'users_mandate_missing' && t('freeze.mandateMissing', { name: entryOf(state.participants, g.params.participantId)?.displayName ?? '' })}
              {g.code === 'partner_not_signatory' && t('freeze.partnerNotSignatory', { partner: g.params.partnerName, clauses: g.params.clauses })}
              {g.code === 'condition_missing' && t('freeze.conditionMissing', g.params)}
            </li>
          ))}
        </ul>
      )}
      {!state.freeze && decisions.length > 0 && (
        <ul className="checklist" data-testid="freeze-not-applicable">
          {decisions.map((d) => (
            <li key={d.sectionCode} data-testid="freeze-not-applicable-decision" data-section={d.sectionCode} data-by-room={d.byRoom} data-outcome={d.outcome ?? 'none'}>
              {d.byRoom || !d.required ? '✓' : '☐'}{' '}
              {t('freeze.notApplicableDecision', { section: textIn(sectionByCode(d.sectionCode).name, i18n.language), how: how(d), reason: textIn(d.reason, i18n.language) })}
            </li>
          ))}
        </ul>
      )}
      <NotApplicablePanel command={command} />
      <SignatoriesEditor command={command} />
      <RefusalNotice runner={command} />
      <p>
        <button type="button" className="button button--primary" disabled={command.busy || gaps.length > 0 || !session.may('freezeCharter')}
          onClick={freeze} data-testid="freeze-button">
          {t('freeze.button')}
        </button>{' '}
        {!session.may('freezeCharter') && !state.freeze && <span className="field__hint">{t('freeze.onlyInStep')}</span>}
      </p>
    </section>
  );
}
