import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clause } from '../../../../shared/schema/clauses';
import { clauseField } from '../../../../shared/schema/contentDoc';
import { useSession } from '../../session/Session';
import { Editor } from '../editor/Editor';
import { ReadOnlyDocument } from '../editor/ReadOnlyDocument';
import { colourFor } from '../editor/userColour';
import { ClauseCard } from './ClauseCard';
import { fragmentPlainText } from './plainText';
import { VersionForm } from './VersionForm';
import { VersionHistory } from './VersionHistory';
import { WhyNotHint } from '../common/WhyNotHint';
import { whyNotAmend } from './clauseGuards';

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
  const hintId = useId();
  // The same rule the server applies: status, an open consensus check, the step, the freeze.
  const amendBlocked = whyNotAmend(session.state, session, clause);
  // Agreed clauses and steps without drafting are expected; an open check is the surprise worth a line.
  const quiet = amendBlocked !== 'refusal.consensus_check_open';
  const toggle = (next: Panel) => setPanel((p) => (p === next ? 'none' : next));
  const tab = (which: Panel, label: string, blocked: string | null = null) => (
    <button type="button" className="button button--small" aria-expanded={panel === which} disabled={blocked !== null && panel !== which} onClick={() => toggle(which)}
      aria-describedby={blocked ? hintId : undefined} title={blocked ?? undefined} data-testid={`clause-${which}-toggle`}>
      {label}
    </button>
  );

  return (
    <ClauseCard clause={clause} number={number}>
      <div className="clause__tools">
        {tab('text', t('clause.workingText'))}
        {tab('amend', t('clause.amend'), amendBlocked ? t(amendBlocked) : null)}
        {tab('history', t('clause.history', { count: Object.keys(clause.versions).length }))}
      </div>
      <WhyNotHint id={hintId} reason={amendBlocked} testId="amend-why-not" quiet={quiet} />
      {panel === 'text' &&
        (session.canWrite ? (
          <Editor connection={session.content} user={user} field={clauseField(clause.id)}
            label={t('clause.workingTextOf', { number })} testId="clause-editor" emptyText={t('clause.noWorkingText')} />
        ) : (
          <ReadOnlyDocument fragment={fragment} emptyText={t('clause.noWorkingText')} />
        ))}
      {panel === 'amend' && <VersionForm clause={clause} initialText={fragmentPlainText(fragment) || undefined} onDone={() => setPanel('history')} />}
      {panel === 'history' && <VersionHistory clause={clause} />}
    </ClauseCard>
  );
}
