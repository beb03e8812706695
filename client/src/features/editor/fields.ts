/**
 * Name of the Y.XmlFragment that holds the charter draft in the content document. Here, not in
 * CollaborativeEditor.tsx, so the board and the read-only views name it without pulling Tiptap.
 */
export const DRAFT_FIELD = 'draft';
