import { type ComponentProps, lazy, Suspense, useEffect, useState } from 'react';
import { DRAFT_FIELD } from './fields';
import { ReadOnlyDocument } from './ReadOnlyDocument';

const loadEditor = () => import('./CollaborativeEditor').then((m) => ({ default: m.CollaborativeEditor }));
const CollaborativeEditor = lazy(loadEditor);

/**
 * After this long on the screen the editor loads anyway: by then the screen around it works,
 * and a phone spends its CPU on the editor after, not during, the first interactive seconds.
 */
export const EDITOR_DEFER_MS = 2500;

/**
 * Only where the service worker keeps a copy of every chunk (a secure context: HTTPS, or
 * localhost) may the editor wait: over plain HTTP on the LAN there is no worker, and a phone
 * that loses the Wi-Fi before the editor arrived could not type at all. There it loads at once.
 */
const MAY_DEFER = typeof window !== 'undefined' && window.isSecureContext && 'serviceWorker' in navigator;

/**
 * The collaborative editor, loaded when it is used: Tiptap, ProseMirror and y-tiptap are the
 * largest part of the client (~115 kB Brotli). Until then the text shows read-only (the same
 * document, rendered as the board does), and a touch or a click on it loads the editor at once;
 * otherwise it loads `EDITOR_DEFER_MS` after the screen appeared (see `MAY_DEFER`).
 */
export function Editor(props: ComponentProps<typeof CollaborativeEditor> & { emptyText: string }) {
  const { emptyText, ...editor } = props;
  const [wanted, setWanted] = useState(!MAY_DEFER);
  useEffect(() => {
    if (!MAY_DEFER) return;
    const timer = setTimeout(() => setWanted(true), EDITOR_DEFER_MS);
    return () => clearTimeout(timer);
  }, []);
  const fragment = editor.connection.doc.getXmlFragment(editor.field ?? DRAFT_FIELD);
  const placeholder = (
    // biome-ignore lint/a11y/noStaticElementInteractions: the editor replaces it; touching it only loads the editor sooner
    <div className="editor editor--loading" data-testid="editor-loading" onPointerDown={() => setWanted(true)} onFocus={() => setWanted(true)}>
      <ReadOnlyDocument fragment={fragment} emptyText={emptyText} />
    </div>
  );
  if (!wanted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <CollaborativeEditor {...editor} />
    </Suspense>
  );
}
