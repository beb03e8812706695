import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopConnection } from '../../sync/WorkshopConnection';
import { DRAFT_FIELD } from './fields';

export interface CaretUser {
  name: string;
  color: string;
  /** Published in awareness so the console can tell who (which sector) is present. */
  participantId?: string;
}

export { DRAFT_FIELD };

/**
 * A shared text (the draft notes, or one clause's working text via `clauseField`). All writes
 * go through Tiptap (y-tiptap binds it to the Y.Doc); undo/redo is off because StarterKit's
 * history would fight the collaborative document.
 */
export function CollaborativeEditor({
  connection,
  user,
  field = DRAFT_FIELD,
  label,
  testId = 'editor',
}: {
  connection: WorkshopConnection;
  user: CaretUser;
  field?: string;
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const name = label ?? t('editor.label');
  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: connection.doc, field }),
        CollaborationCaret.configure({ provider: connection.provider, user }),
      ],
      editorProps: { attributes: editorAttributes(name, testId) },
    },
    [connection, field],
  );

  // Renamed user or switched language: update in place rather than rebuilding the editor.
  // Tiptap may hand back an instance it has already destroyed (StrictMode's second mount, or
  // the editor chunk arriving while the document loads): its commands are gone then.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.updateUser(user);
  }, [editor, user]);
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setOptions({ editorProps: { attributes: editorAttributes(name, testId) } });
  }, [editor, name, testId]);

  return <EditorContent editor={editor} className="editor" />;
}

function editorAttributes(label: string, testId: string): Record<string, string> {
  return {
    'data-testid': testId,
    'aria-label': label,
    role: 'textbox',
    'aria-multiline': 'true',
    class: 'editor__content',
    spellcheck: 'true',
  };
}
