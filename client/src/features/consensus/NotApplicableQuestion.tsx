import { useTranslation } from 'react-i18next';
import type { NotApplicableQuestion as Question } from '../../../../shared/rules/consensus';
import { sectionByCode } from '../../../../shared/schema/sections';
import { textIn } from '../../i18n/text';

/** The question of a section's not-applicable check: "Bagian X tidak berlaku karena ...". */
export function NotApplicableQuestion({ question, big = false }: { question: Question; big?: boolean }) {
  const { t, i18n } = useTranslation();
  const section = textIn(sectionByCode(question.sectionCode).name, i18n.language);
  return (
    <div className={big ? 'na-question na-question--big' : 'na-question'} data-testid="na-question" data-section={question.sectionCode}>
      <h3>{t('consensus.notApplicableTitle')}</h3>
      <p className="clause__text">{t('consensus.notApplicableQuestion', { section, reason: textIn(question.reason, i18n.language) })}</p>
    </div>
  );
}
