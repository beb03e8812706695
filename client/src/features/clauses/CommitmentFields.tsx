import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../shared/schema/clauses';
import { emptyMeasure, MeasureInput, type MeasureValue, toMeasure } from './MeasureInput';

/** The commitment as typed: a value now, or (phased) an interim value now and the target from a date. */
export interface CommitmentValue {
  target: MeasureValue;
  phased: boolean;
  interim: MeasureValue;
  targetDate: string;
}

const typed = (m: { value: number; unit: MeasureValue['unit'] } | undefined): MeasureValue => (m ? { value: String(m.value), unit: m.unit } : emptyMeasure());

export function fromCommitment(c: Commitment | undefined): CommitmentValue {
  if (c?.phasing === 'phased') return { target: typed(c.measure), phased: true, interim: typed(c.interim), targetDate: c.targetDate };
  return { target: typed(c?.measure), phased: false, interim: emptyMeasure(c?.measure.unit), targetDate: '' };
}

/** A phased commitment needs its date; everything else is optional. */
export function commitmentProblem(v: CommitmentValue): 'clause.phasedDateRequired' | null {
  return v.phased && toMeasure(v.target) && !/^\d{4}-\d{2}-\d{2}$/.test(v.targetDate) ? 'clause.phasedDateRequired' : null;
}

/** The commitment to send, or undefined when no target value is typed. */
export function toCommitment(v: CommitmentValue): Commitment | undefined {
  const measure = toMeasure(v.target);
  if (!measure) return undefined;
  if (!v.phased || commitmentProblem(v)) return { phasing: 'now', measure };
  const interim = toMeasure(v.interim);
  return { phasing: 'phased', measure, targetDate: v.targetDate, ...(interim ? { interim } : {}) };
}

/**
 * The promised value, or a phased promise: "Sekarang 10 hari kerja; mulai 1 Juli 2027: 5 hari
 * kerja" when the provider needs time (a new officer, a new counter) to reach the target.
 */
export function CommitmentFields({ value, onChange, testId }: { value: CommitmentValue; onChange: (v: CommitmentValue) => void; testId: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="commitment-fields" data-testid={`${testId}-fields`}>
      <legend>{t('clause.commitmentProposed')}</legend>
      <label className="field field--inline commitment-fields__phased">
        <input type="checkbox" checked={value.phased} onChange={(e) => onChange({ ...value, phased: e.target.checked, interim: value.phased ? value.interim : { ...value.interim, unit: value.target.unit } })}
          data-testid={`${testId}-phased`} />
        {t('clause.phased')}
      </label>
      {value.phased && (
        <>
          <MeasureInput label={t('clause.phasedNow')} value={value.interim} onChange={(interim) => onChange({ ...value, interim })} testId={`${testId}-interim`} />
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('clause.phasedFrom')}</label>
            <input id={`${id}-date`} type="date" className="input" value={value.targetDate} onChange={(e) => onChange({ ...value, targetDate: e.target.value })}
              data-testid={`${testId}-date`} />
          </div>
        </>
      )}
      <MeasureInput label={value.phased ? t('clause.phasedTarget') : t('clause.commitmentValue')} value={value.target} onChange={(target) => onChange({ ...value, target })}
        testId={testId} />
    </fieldset>
  );
}
