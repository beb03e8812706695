import * as Y from 'yjs';

/**
 * A read-only snapshot of the Tiptap document stored in a Y.XmlFragment (the y-tiptap
 * layout: one XmlElement per ProseMirror node, XmlText with mark attributes for text), so the
 * board can render it without an editor that could write back.
 */
export interface TextRun {
  text: string;
  marks: string[];
}
export type DocNode =
  | { kind: 'element'; name: string; attrs: Record<string, unknown>; children: DocNode[] }
  | { kind: 'text'; runs: TextRun[] };

export function documentTree(fragment: Y.XmlFragment): DocNode[] {
  return fragment.toArray().map(toNode);
}

function toNode(item: Y.XmlElement | Y.XmlText | Y.XmlHook): DocNode {
  if (item instanceof Y.XmlText) {
    const delta = item.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>;
    const runs = delta
      .filter((op) => typeof op.insert === 'string')
      .map((op) => ({ text: op.insert as string, marks: Object.keys(op.attributes ?? {}).sort() }));
    return { kind: 'text', runs };
  }
  if (item instanceof Y.XmlElement) {
    return {
      kind: 'element',
      name: item.nodeName,
      attrs: item.getAttributes() as Record<string, unknown>,
      children: item.toArray().map(toNode),
    };
  }
  return { kind: 'element', name: 'unknown', attrs: {}, children: [] };
}

/** True when the document has no visible text (an empty paragraph counts as empty). */
export function isEmptyTree(nodes: DocNode[]): boolean {
  return nodes.every((node) =>
    node.kind === 'text' ? node.runs.every((r) => r.text.trim() === '') : isEmptyTree(node.children),
  );
}
