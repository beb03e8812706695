import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionByCode } from '../../../../shared/schema/sections';
import { SIGNATORY_CAPACITIES, SIGNATORY_CAPACITY_LABELS, type SignatoryCapacity } from '../../../../shared/rules/signatories';
import { enrollSignatory, freezeCharter } from '../../actions/charter';
import { useCommand } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { freezeGapsOf } from './freezeModel';
import { entryOf } from '../../../../shared/schema/records';

/**
 * What still stands between the draft and a freeze (the same gate the server applies), the
 * signatories enrolled so far, and the freeze button. Versions, signing progress and downloads:
 * `CharterVersionsPanel`; signing itself: the sign-off view (`/s/:workshopId`).
 */
export function FreezeChecklist() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const command = useCommand();
  const [who, setWho] = useState('');
  const [capacity, setCapacity] = useState<SignatoryCapacity>('pihak_pertama');
  const state = session.state;
  if (!state) return null;
  const gaps = freezeGapsOf(state);
  const people = Object.values(state.participants).filter((p) => !p.revoked);
  const name = (id: string) => entryOf(state.participants, id)?.displayName ?? id;
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
              {g.code === 'signatory_missing' && t(`freeze.missing.${g.params.capacity}`)}
              {g.code === 'witness_outside_government_missing' && t('freeze.witnessMissing')}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('freeze.signatories')}</h3>
      <ul className="checklist">
        {state.signatories.map((s) => (
          <li key={`${s.participantId}-${s.capacity}`}>☑ {name(s.participantId)}: {textIn(SIGNATORY_CAPACITY_LABELS[s.capacity], i18n.language)}</li>
        ))}
      </ul>
      {session.may('enrollSignatory') && (
        <div className="form__row">
          <select className="input" value={who} onChange={(e) => setWho(e.target.value)} aria-label={t('freeze.who')}>
            <option value="">{t('freeze.who')}</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>)}
          </select>
          <select className="input" value={capacity} onChange={(e) => setCapacity(e.target.value as SignatoryCapacity)} aria-label={t('freeze.capacity')}>
            {SIGNATORY_CAPACITIES.map((c) => <option key={c} value={c}>{textIn(SIGNATORY_CAPACITY_LABELS[c], i18n.language)}</option>)}
          </select>
          <button type="button" className="button" disabled={!who || command.busy} onClick={() => command.run(enrollSignatory(who, capacity))}>
            {t('freeze.enroll')}
          </button>
        </div>
      )}
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
