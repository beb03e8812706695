import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsensusCheck } from '../../../../shared/rules/consensus';
import { CONSENSUS_PRESETS } from '../../../../shared/rules/consensusPresets';
import { answerConsensus } from '../../actions/consensus';
import { useCommand } from '../../actions/useCommand';
import { textIn } from '../../i18n/text';
import { useSession } from '../../session/Session';
import { RefusalNotice } from '../common/RefusalNotice';
import { WhyNotHint } from '../common/WhyNotHint';
import { whyNotAnswer } from './consensusGuards';
import { entryOf } from '../../../../shared/schema/records';

const STAND_ASIDE = 'stand-aside';

/** One person's answer on the check's scale; blocking and serious disagreement need a reason. */
export function ConsensusAnswerForm({ check }: { check: ConsensusCheck }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const session = useSession();
  const command = useCommand();
  const preset = CONSENSUS_PRESETS[check.preset];
  const [choice, setChoice] = useState<string>('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const mine = entryOf(check.answers, session.author.participantId);
  if (mine) {
    const level = preset.levels.find((l) => l.value === mine.level);
    return (
      <p className="notice notice--info" data-testid="my-answer">
        {t('consensus.yourAnswer')}: <strong>{level ? `${level.value}. ${textIn(level.label, i18n.language)}` : t('consensus.standAside')}</strong>
        {mine.reason ? ` (${mine.reason})` : ''}
      </p>
    );
  }
  const blocked = whyNotAnswer(session.state, session, check.id);
  const level = preset.levels.find((l) => String(l.value) === choice);
  const reasonRequired = level?.reasonRequired ?? false;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice || (reasonRequired && !reason.trim())) return setMissing(true);
    setMissing(false);
    await command.run(answerConsensus(check.id, choice === STAND_ASIDE ? { standAside: true } : { level: Number(choice) }, reason));
  };

  return (
    <form className="form form--compact consensus-form" onSubmit={submit} noValidate data-testid="consensus-form">
      <fieldset className="scale">
        <legend>{textIn(preset.name, i18n.language)}</legend>
        {preset.levels.map((l) => (
          <label key={l.value} className={`scale__level kind--${l.kind}`}>
            <input type="radio" name={`${id}-level`} value={l.value} checked={choice === String(l.value)}
              onChange={() => setChoice(String(l.value))} data-testid={`consensus-level-${l.value}`} />
            <span className="scale__value">{l.value}</span> {textIn(l.label, i18n.language)}
            {l.reasonRequired && <span className="scale__needs"> · {t('consensus.reasonNeeded')}</span>}
          </label>
        ))}
        <label className="scale__level kind--stand_aside">
          <input type="radio" name={`${id}-level`} value={STAND_ASIDE} checked={choice === STAND_ASIDE} onChange={() => setChoice(STAND_ASIDE)}
            data-testid="consensus-stand-aside" />
          <span className="scale__value">–</span> {t('consensus.standAside')}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{reasonRequired ? t('consensus.reasonRequired') : t('consensus.reasonOptional')}</label>
        <textarea id={`${id}-reason`} className="input" rows={2} value={reason} onChange={(e) => setReason(e.target.value)}
          required={reasonRequired} aria-invalid={missing && reasonRequired && !reason.trim()} data-testid="consensus-reason" />
      </div>
      {missing && <p className="field__error" role="alert" data-testid="consensus-missing">{choice ? t('consensus.giveReason') : t('consensus.chooseLevel')}</p>}
      <RefusalNotice runner={command} />
      <WhyNotHint id={`${id}-why-not`} reason={blocked} testId="consensus-why-not" />
      <button type="submit" className="button button--primary" disabled={command.busy || blocked !== null}
        aria-describedby={blocked ? `${id}-why-not` : undefined} data-testid="consensus-submit">
        {t('consensus.submit')}
      </button>
    </form>
  );
}
