import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor } from '../features/editor/Editor';
import { DRAFT_FIELD } from '../features/editor/fields';
import { ReadOnlyDocument } from '../features/editor/ReadOnlyDocument';
import { colourFor } from '../features/editor/userColour';
import { OnlineList } from '../features/presence/OnlineList';
import { useSession } from '../session/Session';

/** The room's shared notes (the `draft` text) and who is online: on every working screen. */
export function NotesSection() {
  const { t } = useTranslation();
  const { content, me, canWrite } = useSession();
  const user = useMemo(() => ({ name: me.name, color: colourFor(me.participantId), participantId: me.participantId }), [me.name, me.participantId]);
  return (
    <section className="workspace notes" aria-labelledby="notes-title">
      <div className="workspace__body">
        <div className="workspace__editor">
          <h2 id="notes-title">{t('notes.title')}</h2>
          {canWrite ? (
            <Editor connection={content} user={user} emptyText={t('board.empty')} />
          ) : (
            <ReadOnlyDocument fragment={content.doc.getXmlFragment(DRAFT_FIELD)} emptyText={t('board.empty')} />
          )}
        </div>
        <aside className="workspace__side">
          <OnlineList awareness={content.provider.awareness} />
        </aside>
      </div>
    </section>
  );
}
