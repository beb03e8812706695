import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Mandate, SIGNATORY_CAPACITIES, SIGNATORY_CAPACITY_LABELS, type SignatoryCapacity, signatoryIneligibility } from '../../../../shared/rules/signatories';
import { entryOf } from '../../../../shared/schema/records';
import { changeSignatoryCapacity, enrollSignatory, withdrawSignatory } from '../../actions/charter';
import type { CommandRunner } from '../../actions/useCommand';
import { sectorLabel } from '../../i18n/labels';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { WhyNotHint } from '../common/WhyNotHint';
import { whyNotEnroll } from './charterGuards';
import { emptyMandate, filledMandate, MandateEditor, MandateFields } from './MandateFields';

/**
 * Who signs, in which capacity: enrol, move to another capacity, or take back a wrong enrolment
 * until the freeze. Only people who speak for a pillar are offered (the same rule the server
 * applies: not the wall-screen board, not the facilitator team).
 */
export function SignatoriesEditor({ command }: { command: CommandRunner }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [who, setWho] = useState('');
  const [capacity, setCapacity] = useState<SignatoryCapacity>('pihak_pertama');
  const [mandate, setMandate] = useState<Mandate>(emptyMandate());
  const [partnerId, setPartnerId] = useState('');
  const hintId = useId();
  const state = session.state;
  if (!state) return null;
  // Only once a person is chosen: "choose someone" is what the empty select already says.
  const details = { ...(filledMandate(mandate) ? { mandate } : {}), ...(partnerId ? { partnerId } : {}) };
  const enrollBlocked = who ? whyNotEnroll(state, session, who, capacity, details) : null;
  const partnerName = (id: string) => entryOf(state.stakeholders, id)?.name ?? id;
  const enrol = async () => {
    if (await command.run(enrollSignatory(who, capacity, details))) {
      setMandate(emptyMandate());
      setPartnerId('');
    }
  };
  const label = (c: SignatoryCapacity) => textIn(SIGNATORY_CAPACITY_LABELS[c], i18n.language);
  const eligible = Object.values(state.participants).filter((p) => signatoryIneligibility(p) === null);
  const editable = session.may('enrollSignatory') && !state.freeze;
  const name = (id: string) => entryOf(state.participants, id)?.displayName ?? id;
  return (
    <>
      <h3>{t('freeze.signatories')}</h3>
      <ul className="checklist" data-testid="signatories">
        {state.signatories.map((s) => (
          <li key={`${s.participantId}-${s.capacity}`} className="editable-row" data-testid="signatory" data-capacity={s.capacity}>
            ☑ {name(s.participantId)}
            {s.sector && <span className="field__hint"> ({sectorLabel(s.sector, i18n.language)})</span>}:{' '}
            {editable ? (
              <select className="input input--small" value={s.capacity} disabled={command.busy}
                aria-label={t('freeze.changeCapacity', { name: name(s.participantId) })}
                onChange={(e) => command.run(changeSignatoryCapacity(s.participantId, s.capacity, e.target.value as SignatoryCapacity))}>
                {/* A third party is enrolled with its partner, never moved into that capacity. */}
                {SIGNATORY_CAPACITIES.filter((c) => c !== 'pihak_ketiga' || c === s.capacity).map((c) => <option key={c} value={c}>{label(c)}</option>)}
              </select>
            ) : (
              label(s.capacity)
            )}{' '}
            {s.capacity === 'pihak_kedua' && (
              <span className={s.mandate ? 'field__hint' : 'field__error'} data-testid="signatory-mandate">
                {s.mandate ? t('freeze.mandate', { actsFor: s.mandate.actsFor, chosenBy: s.mandate.chosenBy }) : t('freeze.mandateNone')}{' '}
              </span>
            )}
            {s.capacity === 'pihak_ketiga' && s.partnerId && (
              <span className="field__hint" data-testid="signatory-partner">{t('freeze.partnerFor', { partner: partnerName(s.partnerId) })} </span>
            )}
            {editable && s.capacity === 'pihak_kedua' && (
              <MandateEditor key={JSON.stringify(s.mandate ?? null)} participantId={s.participantId} name={name(s.participantId)} current={s.mandate} command={command} />
            )}{' '}
            {editable && (
              <button type="button" className="button button--small" disabled={command.busy} data-testid="signatory-withdraw"
                aria-label={t('freeze.withdraw', { name: name(s.participantId) })} onClick={() => command.run(withdrawSignatory(s.participantId, s.capacity))}>
                {t('freeze.withdrawShort')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <div className="form__row">
          <select className="input" value={who} onChange={(e) => setWho(e.target.value)} aria-label={t('freeze.who')} data-testid="signatory-who">
            <option value="">{t('freeze.who')}</option>
            {eligible.map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>)}
          </select>
          <select className="input" value={capacity} onChange={(e) => setCapacity(e.target.value as SignatoryCapacity)} aria-label={t('freeze.capacity')}>
            {SIGNATORY_CAPACITIES.map((c) => <option key={c} value={c}>{label(c)}</option>)}
          </select>
          {capacity === 'pihak_ketiga' && (
            <select className="input" value={partnerId} onChange={(e) => setPartnerId(e.target.value)} aria-label={t('freeze.partner')} data-testid="signatory-partner-choose">
              <option value="">{t('freeze.partnerChoose')}</option>
              {Object.values(state.stakeholders).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          )}
          {capacity === 'pihak_kedua' && <MandateFields value={mandate} onChange={setMandate} testId="signatory-mandate" />}
          <button type="button" className="button" disabled={!who || command.busy || enrollBlocked !== null} onClick={() => void enrol()}
            aria-describedby={enrollBlocked ? hintId : undefined} data-testid="signatory-enroll">
            {t('freeze.enroll')}
          </button>
        </div>
      )}
      {editable && <WhyNotHint id={hintId} reason={enrollBlocked} testId="signatory-enroll-why-not" />}
      {editable && <p className="field__hint">{t('freeze.whoMaySign')}</p>}
      {editable && capacity === 'pihak_kedua' && <p className="field__hint">{t('freeze.mandateHint')}</p>}
    </>
  );
}
