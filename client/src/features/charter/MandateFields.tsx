import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mandate } from '../../../../shared/rules/signatories';
import { setSignatoryMandate } from '../../actions/charter';
import type { CommandRunner } from '../../actions/useCommand';

const PRESETS = ['workshop', 'forum', 'letter'] as const;

export const emptyMandate = (): Mandate => ({ actsFor: '', chosenBy: '' });
/** A mandate worth sending: both parts written (the server asks for at least three letters each). */
export const filledMandate = (m: Mandate): Mandate | undefined => (m.actsFor.trim() && m.chosenBy.trim() ? m : undefined);

/**
 * Whom the users' representative acts for ("bertindak untuk dan atas nama ...") and how they were
 * chosen: free text, with the usual ways offered as suggestions.
 */
export function MandateFields({ value, onChange, testId }: { value: Mandate; onChange: (m: Mandate) => void; testId: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label className="field field--inline">
        {t('freeze.actsFor')}
        <input className="input" value={value.actsFor} placeholder={t('freeze.actsForHint')} maxLength={300} data-testid={`${testId}-acts-for`}
          onChange={(e) => onChange({ ...value, actsFor: e.target.value })} />
      </label>
      <label className="field field--inline">
        {t('freeze.chosenBy')}
        <input className="input" value={value.chosenBy} placeholder={t('freeze.chosenByHint')} maxLength={300} list={`${id}-presets`} data-testid={`${testId}-chosen-by`}
          onChange={(e) => onChange({ ...value, chosenBy: e.target.value })} />
        <datalist id={`${id}-presets`}>
          {PRESETS.map((p) => <option key={p} value={t(`freeze.chosenByPresets.${p}`)} />)}
        </datalist>
      </label>
    </>
  );
}

/** Records (or corrects) the mandate of someone already enrolled as the users' representative. */
export function MandateEditor({ participantId, name, current, command }: { participantId: string; name: string; current?: Mandate; command: CommandRunner }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<Mandate>(current ?? emptyMandate());
  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)} data-testid="mandate-edit" aria-label={t('freeze.mandateEdit', { name })}>
        {t('freeze.mandateEdit', { name: '' }).trim()}
      </button>
    );
  }
  const save = async () => {
    const mandate = filledMandate(value);
    if (mandate && (await command.run(setSignatoryMandate(participantId, mandate)))) setOpen(false);
  };
  return (
    <div className="form__row" data-testid="mandate-form">
      <MandateFields value={value} onChange={setValue} testId="mandate" />
      <button type="button" className="button button--small" disabled={command.busy || !filledMandate(value)} onClick={() => void save()} data-testid="mandate-save">
        {t('freeze.mandateSave')}
      </button>
    </div>
  );
}
