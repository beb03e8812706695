/**
 * The naskah Kontrak Pelayanan as an editable Word document (.docx) for the legal section (Bagian
 * Hukum) to work on before a final round: the same words as the PDF (`naskahText.ts`), laid out
 * with real Word styles so an edit keeps the form. Title in the Title style, each article a
 * Heading 1 numbered by Word ("Pasal 1", "Pasal 2", ... so an article inserted or removed
 * renumbers the rest), clauses under their stable K-numbers (never renumbered), the dasar hukum
 * and komparisi as numbered lists, the signature block as a borderless table (PIHAK KEDUA |
 * PIHAK PERTAMA, PIHAK KETIGA, saksi, Mengetahui) with room for a wet signature and the stamp,
 * the Maklumat once after the signatures, the verify lines with the QR code, Lampiran I (the
 * standar pelayanan as a table) and Lampiran II (the negotiation records).
 * A4, Arial, "Halaman X dari Y" in the footer as Word fields, Indonesian as the proofing language.
 *
 * Library: docx (MIT; writes OOXML, no native parts). What is signed is the JSON charter, never
 * this file: an edited .docx is a draft for the next round.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  ImageRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import QRCode from 'qrcode';
import type { CharterBundle } from '../../shared/charter/bundle';
import type { CharterSignatory } from '../../shared/charter/charterDocument';
import {
  agreeSentence,
  articles,
  BLANK,
  byCapacity,
  closingSentence,
  dasarHukum,
  dasarHukumItem,
  KODE_KEASLIAN,
  komparisi,
  LAMPIRAN_RECORDS_TITLE,
  LAMPIRAN_TITLE,
  lampiranIntro,
  MAKLUMAT_TITLE,
  maklumatPlaceDate,
  maklumatTexts,
  MENGETAHUI_HEADING,
  type NaskahWorkshop,
  negotiationRecords,
  nipLine,
  nomorLine,
  openingSentence,
  paraPihakSentence,
  parties,
  providerInstitution,
  SAKSI_HEADING,
  sebutan,
  SERVICE_FLOW_TITLE,
  serviceFlowLines,
  signatureOf,
  signerNip,
  STANDAR_COLUMNS,
  STANDAR_INTRO,
  STANDAR_LAMPIRAN_TITLE,
  standarPelayananRows,
  standarTitle,
  signatureRole,
  signatureStatus,
  titleLines,
  VERIFY_SENTENCE,
  versionLine,
} from './naskahText';

/** Twentieths of a point. A4 is 11906 × 16838. */
const CM = 567;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(2.5 * CM), bottom: Math.round(2.5 * CM), left: 3 * CM, right: 2 * CM };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Arial';
/** Half-points. */
const BODY = 22;
const SMALL = 18;
const GREY = '555555';
const SIGNED_GREEN = '1A5E2A';
/** Room for a wet signature and the office stamp over it. */
const SIGN_ROOM = Math.round(2.6 * CM);
const LABEL_INDENT = 680;
/** Where a komparisi value starts ("Nama : <value>"). */
const VALUE_AT = LABEL_INDENT + 1900;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;
const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;

const NUMBERING = {
  config: [
    {
      // "Pasal 1" on its own line above the article's title (the heading breaks the line after it).
      reference: 'pasal',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: 'Pasal %1', alignment: AlignmentType.CENTER, suffix: LevelSuffix.NOTHING, style: { paragraph: { indent: { left: 0, hanging: 0 } } } }],
    },
    {
      reference: 'daftar',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: LABEL_INDENT * 2, hanging: LABEL_INDENT } } } }],
    },
    {
      reference: 'pihak',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: LABEL_INDENT, hanging: LABEL_INDENT } } } }],
    },
  ],
};

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string; underline?: boolean } = {}) =>
  new TextRun({ text, bold: options.bold, italics: options.italics, size: options.size, color: options.color, ...(options.underline ? { underline: {} } : {}) });

/** A real tab (`<w:tab/>`), to the paragraph's tab stop. */
const tab = () => new TextRun({ children: [new Tab()] });

function para(text: string | TextRun[], options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean; after?: number; before?: number; indent?: number; keepNext?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    children: typeof text === 'string' ? [run(text, { bold: options.bold, size: options.size })] : text,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: options.after ?? 120, before: options.before ?? 0 },
    ...(options.indent ? { indent: { left: options.indent } } : {}),
    keepNext: options.keepNext,
  });
}

const centered = (text: string, options: { bold?: boolean; size?: number; after?: number } = {}) => para(text, { align: AlignmentType.CENTER, bold: options.bold ?? true, size: options.size, after: options.after ?? 0 });

function titleBlock(bundle: CharterBundle, w: NaskahWorkshop): Paragraph[] {
  const lines = titleLines(bundle, w);
  const small = new Set(['ANTARA', 'DENGAN', 'DAN']);
  // One Title paragraph, its lines broken inside it: Word's navigation shows one title.
  const title = new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    children: lines.map((line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1, size: i === 0 ? 30 : small.has(line) ? BODY : 24 })),
    spacing: { after: 240 },
  });
  return [title, para(nomorLine(w), { align: AlignmentType.CENTER, after: 360 })];
}

function komparisiBlock(bundle: CharterBundle, w: NaskahWorkshop): Paragraph[] {
  const out: Paragraph[] = [para(openingSentence(bundle.charter, w))];
  for (const s of parties(bundle.charter)) {
    const k = komparisi(bundle, s, w);
    // "Nama : ...": the label, a tab to the colon, the value; the first row carries the list number.
    k.rows.forEach(([label, value], i) => {
      out.push(
        new Paragraph({
          ...(i === 0 ? { numbering: { reference: 'pihak', level: 0 } } : {}),
          // A long value wraps under itself, not under the label.
          indent: { left: VALUE_AT, hanging: i === 0 ? VALUE_AT : VALUE_AT - LABEL_INDENT },
          tabStops: [
            { type: TabStopType.LEFT, position: LABEL_INDENT },
            { type: TabStopType.LEFT, position: LABEL_INDENT + 1600 },
            { type: TabStopType.LEFT, position: VALUE_AT },
          ],
          spacing: { after: 0 },
          keepNext: true,
          children: [run(label), tab(), run(':'), tab(), run(value, { bold: label === 'Nama' })],
        }),
      );
    });
    out.push(para(k.actsFor, { indent: LABEL_INDENT, before: 60, after: 160 }));
  }
  out.push(para(paraPihakSentence(bundle.charter)));
  const basis = dasarHukum(bundle.charter);
  if (basis.length) {
    basis.forEach((_, i) => {
      out.push(new Paragraph({ numbering: { reference: 'daftar', level: 0, instance: 1 }, alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 }, children: [run(dasarHukumItem(basis, i))] }));
    });
    out.push(para(agreeSentence(bundle.charter), { before: 120 }));
  }
  return out;
}

function articleBlock(bundle: CharterBundle): Paragraph[] {
  const out: Paragraph[] = [];
  for (const a of articles(bundle.charter)) {
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        numbering: { reference: 'pasal', level: 0 },
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [new TextRun({ text: a.title, break: 1 })],
      }),
    );
    if (a.notApplicable) out.push(para(a.notApplicable));
    for (const c of a.clauses) {
      out.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: LABEL_INDENT, hanging: LABEL_INDENT },
          tabStops: [{ type: TabStopType.LEFT, position: LABEL_INDENT }],
          spacing: { after: c.facts.length ? 0 : 120 },
          keepLines: true,
          children: [run(c.label, { bold: true }), tab(), run(c.text)],
        }),
      );
      c.facts.forEach((fact, i) => {
        out.push(new Paragraph({ indent: { left: LABEL_INDENT }, spacing: { after: i === c.facts.length - 1 ? 120 : 0 }, children: [run(fact, { italics: true, size: 20 })] }));
      });
    }
  }
  return out;
}

/** One signature cell: sebutan, jabatan, instansi, the room to sign and stamp, the name, the browser status. */
function signatureCell(bundle: CharterBundle, w: NaskahWorkshop, s: CharterSignatory | undefined, heading: string, options: { span?: number; status?: boolean } = {}): TableCell {
  const signed = s ? signatureOf(bundle, s) : undefined;
  const lines: Paragraph[] = [];
  if (heading) lines.push(centered(heading));
  const role = signatureRole(bundle, s, w);
  if (role) lines.push(para([run(role, { size: 20 })], { align: AlignmentType.CENTER, after: 0 }));
  if (signed?.signer.institution) lines.push(para([run(signed.signer.institution, { size: SMALL })], { align: AlignmentType.CENTER, after: 0 }));
  // The room for the wet signature and the stamp: an empty paragraph of fixed height.
  lines.push(new Paragraph({ spacing: { before: SIGN_ROOM, after: 0 }, children: [] }));
  lines.push(para([run(s?.displayName ?? BLANK, { bold: true, underline: !!s })], { align: AlignmentType.CENTER, after: 0 }));
  const nip = signerNip(signed);
  if (nip) lines.push(para([run(nipLine(nip), { size: SMALL })], { align: AlignmentType.CENTER, after: 0 }));
  if (s && options.status !== false) lines.push(para([run(signatureStatus(bundle, s, w), { italics: true, size: 16, color: signed ? SIGNED_GREEN : GREY })], { align: AlignmentType.CENTER, after: 0 }));
  return new TableCell({ children: lines, borders: CELL_NO_BORDERS, columnSpan: options.span, verticalAlign: VerticalAlignTable.TOP, width: { size: options.span === 2 ? TEXT_WIDTH : TEXT_WIDTH / 2, type: WidthType.DXA } });
}

const emptyCell = () => new TableCell({ children: [new Paragraph({ children: [] })], borders: CELL_NO_BORDERS });
const row = (cells: TableCell[]) => new TableRow({ children: cells, cantSplit: true });
/** A row that only keeps the blocks apart. */
const gap = () => new TableRow({ children: [new TableCell({ children: [new Paragraph({ children: [] })], borders: CELL_NO_BORDERS, columnSpan: 2 })], height: { value: 360, rule: HeightRule.EXACT } });

/**
 * The signature block as one borderless two-column table: PIHAK KEDUA | PIHAK PERTAMA on the
 * first rows, PIHAK KETIGA across both columns, the witnesses numbered with a line to sign on,
 * then "Mengetahui" across both columns. Rows never break across pages.
 */
function signatureTable(bundle: CharterBundle, w: NaskahWorkshop): Table {
  const c = bundle.charter;
  const rows: TableRow[] = [];
  const kedua = byCapacity(c, 'pihak_kedua');
  const pertama = byCapacity(c, 'pihak_pertama');
  for (let i = 0; i < Math.max(kedua.length, pertama.length, 1); i += 1) {
    rows.push(row([signatureCell(bundle, w, kedua[i], i === 0 ? 'PIHAK KEDUA,' : ''), signatureCell(bundle, w, pertama[i], i === 0 ? 'PIHAK PERTAMA,' : '')]));
  }
  for (const s of byCapacity(c, 'pihak_ketiga')) {
    rows.push(gap());
    rows.push(row([signatureCell(bundle, w, s, `${sebutan('pihak_ketiga')},`, { span: 2 })]));
  }
  const saksi = byCapacity(c, 'saksi');
  if (saksi.length) {
    rows.push(gap());
    rows.push(row([new TableCell({ children: [para(SAKSI_HEADING, { bold: true, align: AlignmentType.LEFT, after: 120 })], borders: CELL_NO_BORDERS, columnSpan: 2 })]));
    saksi.forEach((s, i) => {
      const signed = signatureOf(bundle, s);
      const who: Paragraph[] = [para([run(`${i + 1}. `), run(s.displayName, { bold: true })], { align: AlignmentType.LEFT, after: 0 })];
      if (signed) who.push(para([run(`${signed.signer.title}, ${signed.signer.institution}`, { size: SMALL })], { align: AlignmentType.LEFT, after: 0, indent: 280 }));
      who.push(para([run(signatureStatus(bundle, s, w), { italics: true, size: 16, color: signed ? SIGNED_GREEN : GREY })], { align: AlignmentType.LEFT, after: 200, indent: 280 }));
      const line = para(`${i + 1}. ....................................`, { align: AlignmentType.LEFT, before: 280 });
      rows.push(row([new TableCell({ children: who, borders: CELL_NO_BORDERS }), new TableCell({ children: [line], borders: CELL_NO_BORDERS, verticalAlign: VerticalAlignTable.BOTTOM })]));
    });
  }
  const mengetahui = byCapacity(c, 'mengetahui');
  for (const s of mengetahui.length ? mengetahui : [undefined]) {
    rows.push(gap());
    rows.push(row([signatureCell(bundle, w, s, MENGETAHUI_HEADING, { span: 2 })]));
  }
  return new Table({ rows, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2], borders: NO_BORDERS });
}

/** The Maklumat on its own page, once, after every signature: the provider's pledge, signed by the head alone. */
function maklumatBlock(bundle: CharterBundle, w: NaskahWorkshop): (Paragraph | Table)[] {
  const texts = maklumatTexts(bundle.charter);
  if (!texts.length) return [];
  const head = byCapacity(bundle.charter, 'pihak_pertama')[0];
  const out: (Paragraph | Table)[] = [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun(MAKLUMAT_TITLE)] }),
    centered((providerInstitution(bundle, w) ?? '').toUpperCase(), { after: 360 }),
  ];
  for (const t of texts) out.push(para([run(t, { bold: true })], { align: AlignmentType.CENTER, after: 200 }));
  const place = new TableCell({ children: [para(maklumatPlaceDate(bundle.charter, w), { align: AlignmentType.CENTER, after: 120 })], borders: CELL_NO_BORDERS });
  out.push(
    new Table({
      rows: [row([emptyCell(), place]), row([emptyCell(), signatureCell(bundle, w, head, '', { status: false })])],
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
      borders: NO_BORDERS,
    }),
  );
  return out;
}

async function verifyBlock(bundle: CharterBundle, w: NaskahWorkshop, verifyUrl: string): Promise<(Paragraph | Table)[]> {
  const qr = await QRCode.toBuffer(verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  const qrCell = new TableCell({
    children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: qr, transformation: { width: 120, height: 120 }, altText: { name: 'Kode QR', description: verifyUrl, title: 'Kode QR' } })] })],
    borders: CELL_NO_BORDERS,
    width: { size: 2200, type: WidthType.DXA },
  });
  const mono = (text: string) => new TextRun({ text, font: 'Courier New', size: 16 });
  const textCell = new TableCell({
    borders: CELL_NO_BORDERS,
    width: { size: TEXT_WIDTH - 2200, type: WidthType.DXA },
    children: [
      para([run(VERIFY_SENTENCE, { size: SMALL })], { align: AlignmentType.LEFT, after: 60 }),
      para([mono(verifyUrl)], { align: AlignmentType.LEFT, after: 120 }),
      para([run(KODE_KEASLIAN, { size: SMALL })], { align: AlignmentType.LEFT, after: 0 }),
      para([mono(bundle.charterSha256)], { align: AlignmentType.LEFT, after: 120 }),
      para([run(versionLine(bundle, w), { size: SMALL, color: GREY })], { align: AlignmentType.LEFT, after: 0 }),
    ],
  });
  return [para('', { after: 360 }), new Table({ rows: [row([qrCell, textCell])], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [2200, TEXT_WIDTH - 2200], borders: NO_BORDERS })];
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN } as const;
const STANDAR_WIDTHS = [600, 2600, TEXT_WIDTH - 3200];

/**
 * Lampiran I: the 14 components of the standar pelayanan as a real Word table (ready as the annex
 * of an SK), its header row repeated on every page; Word draws the frame at a page break itself.
 */
function standarBlock(bundle: CharterBundle): (Paragraph | Table)[] {
  const cell = (children: Paragraph[], width: number, shade = false) => new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 100, right: 100 }, ...(shade ? { shading: { fill: 'E8E8E8' } } : {}) });
  const small = (text: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) => para([run(text, { bold: options.bold, size: SMALL })], { align: options.align ?? AlignmentType.LEFT, after: 40 });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: STANDAR_COLUMNS.map((label, i) => cell([small(label, { bold: true, align: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT })], STANDAR_WIDTHS[i]!, true)) });
  const rows = standarPelayananRows(bundle.charter).map(
    (r) => new TableRow({ children: [cell([small(String(r.number), { align: AlignmentType.CENTER })], STANDAR_WIDTHS[0]!), cell([small(r.component, { bold: true })], STANDAR_WIDTHS[1]!), cell(r.entries.map((e) => small(e)), STANDAR_WIDTHS[2]!)] }),
  );
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun(STANDAR_LAMPIRAN_TITLE), new TextRun({ text: standarTitle(bundle.charter), break: 1 })] }),
    para(STANDAR_INTRO, { before: 240, after: 240 }),
    new Table({ rows: [header, ...rows], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: STANDAR_WIDTHS, borders: GRID }),
  ];
}

function lampiranBlock(bundle: CharterBundle): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun(LAMPIRAN_TITLE), new TextRun({ text: LAMPIRAN_RECORDS_TITLE, break: 1 })] }),
    para(lampiranIntro(bundle.charter), { before: 240 }),
  ];
  for (const r of negotiationRecords(bundle.charter)) {
    out.push(
      new Paragraph({
        keepNext: true,
        keepLines: true,
        spacing: { before: 120, after: 0 },
        indent: { left: LABEL_INDENT, hanging: LABEL_INDENT },
        tabStops: [{ type: TabStopType.LEFT, position: LABEL_INDENT }],
        children: [run(r.label, { bold: true, size: SMALL }), tab(), run(r.where, { italics: true, size: SMALL, color: GREY })],
      }),
    );
    r.lines.forEach((line, i) => {
      out.push(new Paragraph({ indent: { left: LABEL_INDENT }, keepNext: i < r.lines.length - 1, spacing: { after: 0 }, children: [run(line, { size: SMALL })] }));
    });
  }
  const steps = serviceFlowLines(bundle.charter);
  if (steps.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, spacing: { before: 360, after: 120 }, keepNext: true, children: [new TextRun(SERVICE_FLOW_TITLE)] }));
    for (const step of steps) out.push(new Paragraph({ numbering: { reference: 'daftar', level: 0, instance: 2 }, alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 }, children: [run(step)] }));
  }
  return out;
}

/** "Halaman 2 dari 7", as Word fields so it stays right after edits. */
function footer(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size: 16, color: GREY })] })],
  });
}

export async function naskahDocx(bundle: CharterBundle, verifyUrl: string, workshop: NaskahWorkshop = { institution: null, place: null, timeZone: null }): Promise<Buffer> {
  const c = bundle.charter;
  const heading = { font: FONT, bold: true, color: '000000' };
  const document = new Document({
    creator: 'Mufakat',
    title: `Kontrak Pelayanan ${c.workshop.serviceName} (versi ${c.charterVersion})`,
    subject: bundle.charterSha256,
    description: 'Naskah Kontrak Pelayanan untuk disunting Bagian Hukum sebelum putaran akhir.',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY, language: { value: 'id-ID' } }, paragraph: { spacing: { line: 276 } } },
        title: { run: { ...heading, size: 30 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
        heading1: { run: { ...heading, size: BODY }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 120 } } },
        heading2: { run: { ...heading, size: 26 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 } } },
        heading3: { run: { ...heading, size: BODY }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    numbering: NUMBERING,
    sections: [
      {
        properties: { page: { size: PAGE, margin: { ...MARGIN, header: 708, footer: 708 } } },
        footers: { default: footer() },
        children: [
          ...titleBlock(bundle, workshop),
          ...komparisiBlock(bundle, workshop),
          ...articleBlock(bundle),
          para(closingSentence(c), { before: 240, after: 480, keepNext: true }),
          signatureTable(bundle, workshop),
          ...maklumatBlock(bundle, workshop),
          ...(await verifyBlock(bundle, workshop, verifyUrl)),
          ...standarBlock(bundle),
          ...lampiranBlock(bundle),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
