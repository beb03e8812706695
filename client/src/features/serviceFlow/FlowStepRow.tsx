import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { ServiceFlowStep } from '../../../../shared/schema/contentDoc';
import { removeFlowStep, updateFlowStep } from '../../actions/serviceFlow';
import { useSession } from '../../session/Session';

type TextKey = 'unit' | 'action' | 'documents';

/** One editable step; the handle drags it (pointer, or Space + arrows on the keyboard). */
export function FlowStepRow({ step, index, editable }: { step: ServiceFlowStep; index: number; editable: boolean }) {
  const { t } = useTranslation();
  const { content } = useSession();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: step.id, disabled: !editable });
  const doc = content.doc;
  const text = (key: TextKey) => (
    <label className="flow-row__field">
      <span className="flow-row__label">{t(`flow.${key}`)}</span>
      <input className="input" value={step[key]} readOnly={!editable} onChange={(e) => updateFlowStep(doc, step.id, key, e.target.value)}
        data-testid={`flow-${key}`} />
    </label>
  );
  const number = (key: 'minutes' | 'costRupiah') => (
    <label className="flow-row__field flow-row__field--number">
      <span className="flow-row__label">{t(`flow.${key}`)}</span>
      <input className="input" type="number" min={0} value={step[key]} readOnly={!editable}
        onChange={(e) => updateFlowStep(doc, step.id, key, Math.max(0, Number(e.target.value) || 0))} />
    </label>
  );
  return (
    <li ref={setNodeRef} className={`flow-row${isDragging ? ' is-dragging' : ''}`} style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="flow-row" data-unit={step.unit}>
      {editable && (
        <button type="button" ref={setActivatorNodeRef} className="flow-row__handle" {...attributes} {...listeners}
          aria-label={t('flow.moveStep', { n: index + 1, unit: step.unit })} data-testid="flow-handle">
          ⠿ {index + 1}
        </button>
      )}
      {!editable && <span className="flow-row__handle">{index + 1}</span>}
      {text('unit')}
      {text('action')}
      {text('documents')}
      {number('minutes')}
      {number('costRupiah')}
      {editable && (
        <button type="button" className="button button--small button--quiet" onClick={() => removeFlowStep(doc, step.id)}
          aria-label={t('flow.remove', { n: index + 1 })}>
          ✕
        </button>
      )}
    </li>
  );
}
