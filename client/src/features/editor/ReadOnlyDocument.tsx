import { createElement, type ReactNode, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { type DocNode, documentTree, isEmptyTree, type TextRun } from './documentTree';

const BLOCK_TAGS: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
  codeBlock: 'pre',
  horizontalRule: 'hr',
  hardBreak: 'br',
};
const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's', code: 'code', underline: 'u' };

/**
 * Renders the draft without an editor, so the board can never write to the document
 * (the server closes a read-only socket that tries).
 */
export function ReadOnlyDocument({ fragment, emptyText }: { fragment: Y.XmlFragment; emptyText: string }) {
  const [tree, setTree] = useState<DocNode[]>(() => documentTree(fragment));
  useEffect(() => {
    const update = () => setTree(documentTree(fragment));
    update();
    fragment.observeDeep(update);
    return () => fragment.unobserveDeep(update);
  }, [fragment]);

  if (isEmptyTree(tree)) return <p className="board__empty">{emptyText}</p>;
  return (
    <div className="board__document" data-testid="board-document">
      {tree.map(renderNode)}
    </div>
  );
}

function renderNode(node: DocNode, key: number): ReactNode {
  if (node.kind === 'text') return node.runs.map((run, i) => renderRun(run, `${key}.${i}`));
  const children = node.children.map(renderNode);
  if (node.name === 'heading') {
    const level = Math.min(Math.max(Number(node.attrs.level) || 2, 1), 4);
    return createElement(`h${level + 1}`, { key }, children);
  }
  const tag = BLOCK_TAGS[node.name] ?? 'div';
  return tag === 'hr' || tag === 'br' ? createElement(tag, { key }) : createElement(tag, { key }, children);
}

function renderRun(run: TextRun, key: string): ReactNode {
  return run.marks.reduce<ReactNode>(
    (inner, mark) => (MARK_TAGS[mark] ? createElement(MARK_TAGS[mark], { key: `${key}${mark}` }, inner) : inner),
    <span key={key}>{run.text}</span>,
  );
}
