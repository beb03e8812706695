/**
 * Reads a .docx back as its reader sees the words, for tests (there is no LibreOffice on the
 * test machines): unzips it (fflate, which docx itself depends on), takes `word/document.xml`
 * paragraph by paragraph, and writes out the numbers Word would print for list paragraphs
 * ("Pasal 3" for an article heading, "2." for a list item), so the text can be compared with the PDF's.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParagraph {
  /** The paragraph style ("Title", "Heading1", ...), if any. */
  style?: string;
  /** Word's number for the paragraph ("Pasal 3", "2."), if it is in a list. */
  number?: string;
  /** The runs' text, tabs as "\t" and line breaks as "\n". */
  text: string;
  /** Inside a table. */
  inTable: boolean;
}

const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function docxFiles(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** numId → the level-0 text of its abstract numbering ("Pasal %1", "%1."). */
function numberFormats(numberingXml: string): Map<string, string> {
  const abstract = new Map<string, string>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const lvl0 = /<w:lvl\b[^>]*w:ilvl="0"[^>]*>([\s\S]*?)<\/w:lvl>/.exec(m[2]!)?.[1] ?? '';
    abstract.set(m[1]!, decodeXml(/<w:lvlText w:val="([^"]*)"/.exec(lvl0)?.[1] ?? ''));
  }
  const out = new Map<string, string>();
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const a = /<w:abstractNumId w:val="(\d+)"/.exec(m[2]!)?.[1];
    if (a && abstract.has(a)) out.set(m[1]!, abstract.get(a)!);
  }
  return out;
}

/** The document's paragraphs in order, with Word's list numbers written out. */
export function docxParagraphs(docx: Uint8Array): DocxParagraph[] {
  const files = docxFiles(docx);
  const xml = files['word/document.xml'] ?? '';
  const formats = numberFormats(files['word/numbering.xml'] ?? '');
  const counters = new Map<string, number>();
  const out: DocxParagraph[] = [];
  // Table depth from the tags between paragraphs.
  let depth = 0;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>|<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    if (m[0] === '<w:tbl>') depth += 1;
    else if (m[0] === '</w:tbl>') depth -= 1;
    else {
      const body = m[1] ?? '';
      const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1];
      const numId = /<w:numPr>[\s\S]*?<w:numId w:val="(\d+)"/.exec(body)?.[1];
      let number: string | undefined;
      if (numId && formats.has(numId)) {
        const n = (counters.get(numId) ?? 0) + 1;
        counters.set(numId, n);
        number = formats.get(numId)!.replace('%1', String(n));
      }
      const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)].map((t) => (t[0] === '<w:tab/>' ? '\t' : t[0] === '<w:br/>' ? '\n' : decodeXml(t[1]!))).join('');
      out.push({ ...(style ? { style } : {}), ...(number ? { number } : {}), text, inTable: depth > 0 });
    }
  }
  return out;
}

/** The document as plain text: one paragraph a line, list numbers in front. */
export function docxPlainText(docx: Uint8Array): string {
  return docxParagraphs(docx)
    .map((p) => (p.number ? `${p.number}${p.number.startsWith('Pasal') ? '\n' : ' '}${p.text.replace(/^\n/, '')}` : p.text))
    .join('\n');
}
