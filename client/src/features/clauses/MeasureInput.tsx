import { useTranslation } from 'react-i18next';
import { MEASURE_UNITS, type Measure, type MeasureUnit } from '../../../../shared/schema/clauses';

export interface MeasureValue {
  value: string;
  unit: MeasureUnit;
}

export const emptyMeasure = (unit: MeasureUnit = 'working_days'): MeasureValue => ({ value: '', unit });

/** The measure typed so far, or undefined when the number is empty or not a number. */
export function toMeasure(input: MeasureValue): Measure | undefined {
  if (input.value.trim() === '') return undefined;
  const value = Number(input.value.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? { value, unit: input.unit } : undefined;
}

/** A number and its unit (working days, hours, minutes, rupiah, percent). */
export function MeasureInput({ label, value, onChange, testId }: { label: string; value: MeasureValue; onChange: (m: MeasureValue) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="measure-input" data-testid={testId}>
      <legend>{label}</legend>
      <input className="input" inputMode="decimal" value={value.value} aria-label={t('measure.value')}
        onChange={(e) => onChange({ ...value, value: e.target.value })} data-testid={`${testId}-value`} />
      <select className="input" value={value.unit} aria-label={t('measure.unit')} onChange={(e) => onChange({ ...value, unit: e.target.value as MeasureUnit })}>
        {MEASURE_UNITS.map((u) => <option key={u} value={u}>{t(`measure.units.${u}`)}</option>)}
      </select>
    </fieldset>
  );
}
