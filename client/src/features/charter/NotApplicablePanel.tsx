import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entryOf } from '../../../../shared/schema/records';
import { sectionByCode, type SectionCode } from '../../../../shared/schema/sections';
import { clearSectionNotApplicable, markSectionNotApplicable } from '../../actions/charter';
import type { CommandRunner } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { notApplicableCandidates } from './freezeModel';
import { whyNotMarkNotApplicable } from './charterGuards';
import { WhyNotHint } from '../common/WhyNotHint';

/**
 * Required sections the room will not write ("tidak berlaku"), each with the reason the naskah
 * prints, and the way back. Protected sections (users' rights, provider obligations, sanctions &
 * compensation, complaints, the Maklumat) are never offered; the panel says why once. Who must agree to such a mark is a rule for a later issue; for now
 * the facilitator team marks and unmarks, as the server allows.
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
  const markBlocked = open ? whyNotMarkNotApplicable(state, session, open) : null;
  const submit = async (code: SectionCode) => {
    const ok = await command.run(markSectionNotApplicable(code, reason));
    if (ok) {
      setOpen(null);
      setReason('');
    }
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
          return (
            <li key={code} className="editable-row" data-testid="not-applicable-section" data-section={code} data-marked={marked}>
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
              ) : open === code ? (
                <form className="form__row editable-row__form" onSubmit={(e) => { e.preventDefault(); void submit(code); }}>
                  <WhyNotHint id={`not-applicable-why-${code}`} reason={markBlocked} testId="not-applicable-why-not" />
                  <input className="input" value={reason} maxLength={500} required onChange={(e) => setReason(e.target.value)}
                    aria-label={t('freeze.notApplicable.reason', { section: name })} placeholder={t('freeze.notApplicable.reasonPlaceholder')} data-testid="not-applicable-reason" />
                  <button type="submit" className="button" disabled={command.busy || !reason.trim() || markBlocked !== null}
                    aria-describedby={markBlocked ? `not-applicable-why-${code}` : undefined}>{t('freeze.notApplicable.save')}</button>
                  <button type="button" className="button button--small" onClick={() => setOpen(null)}>{t('freeze.notApplicable.cancel')}</button>
                </form>
              ) : (
                may && (
                  <>
                    {' '}
                    <button type="button" className="button button--small" data-testid="not-applicable-mark" aria-label={t('freeze.notApplicable.mark', { section: name })}
                      onClick={() => { setOpen(code); setReason(''); }}>
                      {t('freeze.notApplicable.markShort')}
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
