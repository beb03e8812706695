import type * as Y from 'yjs';
import { type DocNode, documentTree } from '../editor/documentTree';

function textOf(node: DocNode): string {
  if (node.kind === 'text') return node.runs.map((r) => r.text).join('');
  return node.children.map(textOf).join('');
}

/** The working text of a clause as plain paragraphs, to copy into a proposal. */
export function fragmentPlainText(fragment: Y.XmlFragment): string {
  return documentTree(fragment)
    .map(textOf)
    .map((s) => s.trim())
    .filter(Boolean)
    .join('\n');
}
