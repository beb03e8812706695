import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaStep } from '../../../../shared/schema/agenda';
import { setStepClock } from '../../actions/agenda';
import { useCommand } from '../../actions/useCommand';
import { RefusalNotice } from '../common/RefusalNotice';
import { WhyNotHint } from '../common/WhyNotHint';
import { useSession } from '../../session/Session';
import { whyNotExtend } from './clockGuards';
import { useAgendaClock } from './useAgendaClock';

const EXTEND_MINUTES = 5;

/** The console's hands on the shared timer: pause/resume, restart, five minutes more or less. */
export function StepClockControls({ step }: { step: AgendaStep }) {
  const { t } = useTranslation();
  const command = useCommand();
  const clock = useAgendaClock();
  const session = useSession();
  const hintId = useId();
  const shortenBlocked = whyNotExtend(session.state, session, step.id, -EXTEND_MINUTES);
  const running = clock?.stepId !== step.id || clock.runningSince !== null;
  const run = (action: Parameters<typeof setStepClock>[1], minutes?: number) => command.run(setStepClock(step.id, action, minutes));
  return (
    <fieldset className="agenda__clock" aria-label={t('agenda.clockLabel')} data-testid="step-clock-controls">
      <button type="button" className="button button--small" disabled={command.busy} onClick={() => run(running ? 'pause' : 'resume')}
        data-testid={running ? 'clock-pause' : 'clock-resume'}>
        {running ? t('agenda.pause') : t('agenda.resume')}
      </button>
      <button type="button" className="button button--small" disabled={command.busy} onClick={() => run('restart')} data-testid="clock-restart">
        {t('agenda.restart')}
      </button>
      <button type="button" className="button button--small" disabled={command.busy} onClick={() => run('extend', EXTEND_MINUTES)} data-testid="clock-extend">
        {t('agenda.extend')}
      </button>
      <button type="button" className="button button--small" disabled={command.busy || shortenBlocked !== null} onClick={() => run('extend', -EXTEND_MINUTES)}
        aria-describedby={shortenBlocked ? hintId : undefined} data-testid="clock-shorten">
        {t('agenda.shorten')}
      </button>
      <WhyNotHint id={hintId} reason={shortenBlocked} testId="clock-shorten-why-not" />
      <RefusalNotice runner={command} />
    </fieldset>
  );
}
