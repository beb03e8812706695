import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentTree, isEmptyTree } from './documentTree';

function draft(): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('draft');
  const heading = new Y.XmlElement('heading');
  heading.setAttribute('level', '2' as never);
  const title = new Y.XmlText();
  heading.insert(0, [title]);
  const paragraph = new Y.XmlElement('paragraph');
  const body = new Y.XmlText();
  paragraph.insert(0, [body]);
  fragment.insert(0, [heading, paragraph]);
  title.insert(0, 'Waktu layanan');
  body.insert(0, 'Paling lama ');
  body.insert(12, '3 hari', { bold: true });
  return fragment;
}

describe('documentTree', () => {
  it('turns the y-tiptap fragment into nodes with text runs and marks', () => {
    const tree = documentTree(draft());
    expect(tree).toEqual([
      {
        kind: 'element',
        name: 'heading',
        attrs: { level: '2' },
        children: [{ kind: 'text', runs: [{ text: 'Waktu layanan', marks: [] }] }],
      },
      {
        kind: 'element',
        name: 'paragraph',
        attrs: {},
        children: [
          {
            kind: 'text',
            runs: [
              { text: 'Paling lama ', marks: [] },
              { text: '3 hari', marks: ['bold'] },
            ],
          },
        ],
      },
    ]);
    expect(isEmptyTree(tree)).toBe(false);
  });

  it('an empty paragraph is an empty document', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('draft');
    fragment.insert(0, [new Y.XmlElement('paragraph')]);
    expect(isEmptyTree(documentTree(fragment))).toBe(true);
  });
});
