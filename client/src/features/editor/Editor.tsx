import { type ComponentProps, lazy, Suspense } from 'react';
import { DRAFT_FIELD } from './fields';
import { ReadOnlyDocument } from './ReadOnlyDocument';

const CollaborativeEditor = lazy(() => import('./CollaborativeEditor').then((m) => ({ default: m.CollaborativeEditor })));

/**
 * The collaborative editor, loaded when a screen first shows one: Tiptap, ProseMirror and
 * y-tiptap are the largest part of the client (~130 KB brotli). Until they arrive the text is
 * shown read-only (the same document, rendered as the board does), so nothing jumps and the
 * rest of the screen works at once.
 */
export function Editor(props: ComponentProps<typeof CollaborativeEditor> & { emptyText: string }) {
  const { emptyText, ...editor } = props;
  const fragment = editor.connection.doc.getXmlFragment(editor.field ?? DRAFT_FIELD);
  return (
    <Suspense
      fallback={
        <div className="editor editor--loading" data-testid="editor-loading">
          <ReadOnlyDocument fragment={fragment} emptyText={emptyText} />
        </div>
      }
    >
      <CollaborativeEditor {...editor} />
    </Suspense>
  );
}
