import { useTranslation } from 'react-i18next';
import type { RefusalKey } from '../../actions/whyNot';

/**
 * The reason a control is disabled, in words: the refusal the server would give (whyNot). Give the
 * control `aria-describedby={id}` so a screen reader reads the reason with the disabled button.
 * `quiet` keeps an expected reason (an agreed clause is not amended) for screen readers only,
 * so a list of cards does not repeat it under every one; give the control the same text as `title`.
 */
export function WhyNotHint({ id, reason, testId = 'why-not', quiet = false }: { id: string; reason: RefusalKey | null; testId?: string; quiet?: boolean }) {
  const { t } = useTranslation();
  if (!reason) return null;
  return (
    <p id={id} className={quiet ? 'visually-hidden' : 'field__hint'} data-testid={testId} data-reason={reason}>
      {t(reason)}
    </p>
  );
}
