import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Clause, isAmendable } from '../../../../shared/schema/clauses';
import { clauseField } from '../../../../shared/schema/contentDoc';
import { useSession } from '../../session/Session';
import { CollaborativeEditor } from '../editor/CollaborativeEditor';
import { ReadOnlyDocument } from '../editor/ReadOnlyDocument';
import { colourFor } from '../editor/userColour';
import { ClauseCard } from './ClauseCard';
import { fragmentPlainText } from './plainText';
import { VersionForm } from './VersionForm';
import { VersionHistory } from './VersionHistory';

type Panel = 'none' | 'text' | 'amend' | 'history';

/**
 * A clause to work on: its working text (a shared Tiptap editor with named carets, opened on
 * demand so a cheap laptop does not run twenty editors), an amendment form, the history.
 */
export function ClauseWorkspace({ clause, number }: { clause: Clause; number: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [panel, setPanel] = useState<Panel>('none');
  const { name, participantId } = session.me;
  const user = useMemo(() => ({ name, color: colourFor(participantId), participantId }), [name, participantId]);
  const fragment = session.content.doc.getXmlFragment(clauseField(clause.id));
  const canAmend = isAmendable(clause.status) && session.may('amendClause');
  const toggle = (next: Panel) => setPanel((p) => (p === next ? 'none' : next));
  const tab = (which: Panel, label: string, disabled = false) => (
    <button type="button" className="button button--small" aria-expanded={panel === which} disabled={disabled} onClick={() => toggle(which)}
      data-testid={`clause-${which}-toggle`}>
      {label}
    </button>
  );

  return (
    <ClauseCard clause={clause} number={number}>
      <div className="clause__tools">
        {tab('text', t('clause.workingText'))}
        {tab('amend', t('clause.amend'), !canAmend)}
        {tab('history', t('clause.history', { count: Object.keys(clause.versions).length }))}
      </div>
      {panel === 'text' &&
        (session.canWrite ? (
          <CollaborativeEditor connection={session.content} user={user} field={clauseField(clause.id)}
            label={t('clause.workingTextOf', { number })} testId="clause-editor" />
        ) : (
          <ReadOnlyDocument fragment={fragment} emptyText={t('clause.noWorkingText')} />
        ))}
      {panel === 'amend' && <VersionForm clause={clause} initialText={fragmentPlainText(fragment) || undefined} onDone={() => setPanel('history')} />}
      {panel === 'history' && <VersionHistory clause={clause} />}
    </ClauseCard>
  );
}
