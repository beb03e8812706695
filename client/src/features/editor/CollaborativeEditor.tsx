import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopConnection } from '../../sync/WorkshopConnection';

export interface CaretUser {
  name: string;
  color: string;
}

/** Name of the Y.XmlFragment that holds the charter draft in the content document. */
export const DRAFT_FIELD = 'draft';

/**
 * The shared draft. All writes go through Tiptap (y-tiptap binds it to the Y.Doc); undo/redo
 * is off because StarterKit's history would fight the collaborative document.
 */
export function CollaborativeEditor({ connection, user }: { connection: WorkshopConnection; user: CaretUser }) {
  const { t } = useTranslation();
  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: connection.doc, field: DRAFT_FIELD }),
        CollaborationCaret.configure({ provider: connection.provider, user }),
      ],
      editorProps: { attributes: editorAttributes(t('editor.label')) },
    },
    [connection],
  );

  // Renamed user or switched language: update in place rather than rebuilding the editor.
  useEffect(() => {
    editor?.commands.updateUser(user);
  }, [editor, user]);
  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: editorAttributes(t('editor.label')) } });
  }, [editor, t]);

  return <EditorContent editor={editor} className="editor" />;
}

function editorAttributes(label: string): Record<string, string> {
  return {
    'data-testid': 'editor',
    'aria-label': label,
    role: 'textbox',
    'aria-multiline': 'true',
    class: 'editor__content',
    spellcheck: 'true',
  };
}
