import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addFlowStep, moveFlowStep } from '../../actions/serviceFlow';
import { useSession } from '../../session/Session';
import { FlowStepRow } from './FlowStepRow';
import { ServiceFlowChart } from './ServiceFlowChart';
import { useFlowSteps } from './useFlowSteps';

/** The service flow: ordered steps edited together, reordered by drag or keyboard, drawn as a chart. */
export function ServiceFlowEditor() {
  const { t } = useTranslation();
  const { content, canWrite } = useSession();
  const steps = useFlowSteps();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const accessibility = useMemo(() => {
    const position = (id: unknown) => steps.findIndex((s) => s.id === id) + 1;
    return {
      screenReaderInstructions: { draggable: t('flow.instructions') },
      announcements: {
        onDragStart: ({ active }: { active: { id: unknown } }) => t('flow.announce.start', { n: position(active.id) }),
        onDragOver: ({ over }: { over: { id: unknown } | null }) => (over ? t('flow.announce.over', { n: position(over.id) }) : ''),
        onDragEnd: ({ over }: { over: { id: unknown } | null }) => (over ? t('flow.announce.end', { n: position(over.id) }) : t('flow.announce.cancel')),
        onDragCancel: () => t('flow.announce.cancel'),
      },
    };
  }, [t, steps]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    moveFlowStep(content.doc, String(active.id), steps.findIndex((s) => s.id === over.id));
  };
  const add = () => addFlowStep(content.doc, { unit: '', action: '', documents: '', minutes: 10, costRupiah: 0 });
  return (
    <section className="panel" aria-labelledby="flow-title" data-testid="flow-editor">
      <h2 id="flow-title">{t('flow.title')}</h2>
      <ServiceFlowChart steps={steps} />
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
        <SortableContext items={steps.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol className="flow-rows">
            {steps.map((s, i) => <FlowStepRow key={s.id} step={s} index={i} editable={canWrite} />)}
          </ol>
        </SortableContext>
      </DndContext>
      {canWrite && (
        <button type="button" className="button" onClick={add} data-testid="flow-add">
          + {t('flow.add')}
        </button>
      )}
    </section>
  );
}
