// The plain data docx-read returns: no XML, no classes, lengths in points (pt).

export interface Fonts {
  ascii?: string;
  hAnsi?: string;
  cs?: string;
  eastAsia?: string;
}

/** A run's formatting as Word shows it (direct → character style → paragraph style → defaults). */
export interface RunFormat {
  bold: boolean;
  italic: boolean;
  /** w:u value ("single", "double", …) or undefined for none. */
  underline?: string;
  strike: boolean;
  caps: boolean;
  smallCaps: boolean;
  /** Hidden text (w:vanish). */
  hidden: boolean;
  sizePt: number;
  sizeCsPt: number;
  /** Theme fonts resolved to their names (minorHAnsi → the theme's minor Latin font). */
  fonts: Fonts;
  color?: string;
  vertAlign?: 'superscript' | 'subscript' | 'baseline';
  /** Character spacing (w:spacing), pt. */
  spacingPt?: number;
  styleId?: string;
}

export type Alignment = 'left' | 'center' | 'right' | 'justify' | 'distribute';

export interface Border {
  /** w:val: "single", "double", "none", … */
  style: string;
  /** Line width, pt (w:sz is in eighths of a point). */
  sizePt: number;
  /** Distance from the text, pt. */
  spacePt: number;
  color?: string;
}

export type BorderSide = 'top' | 'bottom' | 'left' | 'right' | 'between' | 'bar' | 'insideH' | 'insideV';
export type Borders = Partial<Record<BorderSide, Border>>;

export interface TabStop {
  /** "left", "center", "right", "decimal", "bar". */
  kind: string;
  posPt: number;
  leader?: string;
}

export interface LineSpacing {
  /** auto: `value` is a multiple of single spacing (1, 1.15, 1.5); exact/atLeast: `value` in pt. */
  rule: 'auto' | 'exact' | 'atLeast';
  value: number;
}

/** A paragraph's formatting as Word shows it (direct → numbering level → style chain → defaults). */
export interface ParagraphFormat {
  alignment: Alignment;
  indent: { leftPt: number; rightPt: number; /** Positive: first-line indent; negative: hanging. */ firstLinePt: number };
  spacing: { beforePt: number; afterPt: number; line: LineSpacing; beforeAuto: boolean; afterAuto: boolean };
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  widowControl: boolean;
  contextualSpacing: boolean;
  borders: Borders;
  tabs: TabStop[];
  /** 0-based outline level (Heading 1 → 0) when the style or paragraph gives one. */
  outlineLevel?: number;
  /** Positioned as a frame (w:framePr). */
  frame: boolean;
  shading?: string;
}

export interface NumberLabel {
  /** The text Word shows ("I.", "1.2.", "a)", "-", "•"). */
  text: string;
  /** 0-based level (w:ilvl). */
  level: number;
  /** w:numFmt of the level: "decimal", "upperRoman", "lowerLetter", "bullet", … */
  numFmt: string;
  isBullet: boolean;
  numId: string;
  /** What follows the label: "tab" (Word's default), "space" or "nothing". */
  suffix: 'tab' | 'space' | 'nothing';
  /** The label's own formatting (the level's rPr over the paragraph mark). */
  format: RunFormat;
}

export type Inline =
  | { type: 'text'; text: string; format: RunFormat }
  | { type: 'tab'; format: RunFormat }
  | { type: 'break'; kind: 'line' | 'page' | 'column' }
  /** A footnote or endnote reference; `number` counts references in document order (1-based). */
  | { type: 'noteRef'; note: 'footnote' | 'endnote'; id: string; number: number; format: RunFormat }
  /** A field (PAGE, NUMPAGES, REF, …): its instruction, and the text it last showed (also present as text inlines). */
  | { type: 'field'; instr: string; name: string; result: string }
  | { type: 'drawing'; drawing: Drawing };

export interface Paragraph {
  kind: 'paragraph';
  styleId?: string;
  /** The style's name as stored ("heading 1", "Normal", "List Paragraph"). */
  styleName?: string;
  /** Word's automatic number or bullet, turned into text; undefined when none. */
  number?: NumberLabel;
  inlines: Inline[];
  /** The visible text: text inlines, "\t" for tabs, "\n" for line breaks (not the number, not text boxes). */
  text: string;
  format: ParagraphFormat;
  /** The paragraph mark's run formatting (what an empty paragraph looks like). */
  markFormat: RunFormat;
  /** Index into DocxDocument.sections of the section the paragraph belongs to. */
  section: number;
}

export interface TableCell {
  /** 0-based column of the table grid where the cell starts. */
  gridColumn: number;
  /** Grid columns the cell covers (w:gridSpan). */
  gridSpan: number;
  /** w:vMerge: "restart" starts a vertical merge, "continue" is covered by the cell above. */
  vMerge?: 'restart' | 'continue';
  /** Rows the cell covers: 1, n for a restart cell, 0 for a covered ("continue") cell. */
  rowSpan: number;
  widthPt?: number;
  /** w:tcW w:type: "dxa", "pct" (then widthPt is a percentage), "auto". */
  widthType?: string;
  vAlign?: string;
  borders: Borders;
  shading?: string;
  blocks: Block[];
}

export interface TableRow {
  cells: TableCell[];
  /** Repeated as a header row on each page (w:tblHeader). */
  header: boolean;
  cantSplit: boolean;
  heightPt?: number;
}

export interface Table {
  kind: 'table';
  styleId?: string;
  /** w:tblGrid column widths, pt. */
  grid: number[];
  widthPt?: number;
  widthType?: string;
  alignment?: Alignment;
  borders: Borders;
  rows: TableRow[];
  section: number;
}

export type Block = Paragraph | Table;

/** A picture, shape, line or text box (DrawingML w:drawing or VML w:pict). */
export interface Drawing {
  kind: 'textbox' | 'line' | 'shape' | 'picture' | 'group' | 'other';
  /** Extent, pt (a horizontal line: widthPt its length, heightPt ~0). */
  widthPt?: number;
  heightPt?: number;
  /** Floating (anchored) rather than inline with the text. */
  anchored: boolean;
  /** Offset from `relativeFrom` for anchored drawings, pt. */
  offsetXPt?: number;
  offsetYPt?: number;
  relativeFromH?: string;
  relativeFromV?: string;
  /** Preset geometry (DrawingML prst, e.g. "rect", "line") or the VML element name. */
  geometry?: string;
  /** Line width of the outline, pt, when given. */
  lineWidthPt?: number;
  /** A text box's content. */
  blocks: Block[];
  /** A group's members. */
  children: Drawing[];
  /** Alternative text (wp:docPr descr/title). */
  description?: string;
}

export interface PageMargins {
  topPt: number;
  rightPt: number;
  bottomPt: number;
  leftPt: number;
  headerPt: number;
  footerPt: number;
  gutterPt: number;
}

export interface HeaderFooter {
  /** The part, e.g. "word/header1.xml". */
  part: string;
  blocks: Block[];
  /** Field names found in it, in order ("PAGE", "NUMPAGES"). */
  fields: string[];
}

export interface HeaderFooterSet {
  default?: HeaderFooter;
  first?: HeaderFooter;
  even?: HeaderFooter;
}

export interface Section {
  pageWidthPt: number;
  pageHeightPt: number;
  /** From the page size (what a reader sees); `orientAttribute` is what w:orient said, if anything. */
  orientation: 'portrait' | 'landscape';
  orientAttribute?: string;
  margins: PageMargins;
  /** A different first page (w:titlePg). */
  titlePage: boolean;
  /** Section break kind: "nextPage" (default), "continuous", "evenPage", "oddPage". */
  breakType: string;
  pageNumberStart?: number;
  pageNumberFormat?: string;
  columns: number;
  /** Headers and footers in force (inherited from the previous section where this one has none). */
  headers: HeaderFooterSet;
  footers: HeaderFooterSet;
  /** Blocks of DocxDocument.body in this section: [firstBlock, endBlock). */
  firstBlock: number;
  endBlock: number;
}

export interface StyleInfo {
  id: string;
  name?: string;
  type: 'paragraph' | 'character' | 'table' | 'numbering';
  basedOn?: string;
  isDefault: boolean;
}

export interface DocxDocument {
  /** Body blocks in document order (all sections). */
  body: Block[];
  sections: Section[];
  /** Footnote content by id (separators left out). */
  footnotes: Record<string, Block[]>;
  endnotes: Record<string, Block[]>;
  styles: Record<string, StyleInfo>;
  /** Run and paragraph formatting of the document defaults with the default paragraph style applied. */
  defaults: { run: RunFormat; paragraph: ParagraphFormat };
  /** docProps/core.xml. */
  properties: { title?: string; subject?: string; creator?: string };
  /** Word's settings: different odd/even headers; the default tab stop, pt. */
  settings: { evenAndOddHeaders: boolean; defaultTabStopPt: number };
  /** The package held macros (vbaProject.bin); they are never read. */
  hasMacros: boolean;
}
