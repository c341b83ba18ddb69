// The parts of the package that are the same in every plan's .docx, and the namespaces each part
// declares. They are written as docx 9 wrote them, so a plan's .docx stays byte for byte what it was
// when that package wrote it (issue 12 replaced the package by string writing for speed). Only the
// theme's fonts come from the decree's values.
import { FONT_FAMILY } from './styles.js';
import { XML_DECLARATION, XML_DECLARATION_STANDALONE, type Xml } from './xml.js';

const NAMESPACE_URIS: Record<string, string> = {
  wpc: 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  o: 'urn:schemas-microsoft-com:office:office',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  v: 'urn:schemas-microsoft-com:vml',
  wp14: 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  w10: 'urn:schemas-microsoft-com:office:word',
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  wpg: 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  wpi: 'http://schemas.microsoft.com/office/word/2010/wordprocessingInk',
  wne: 'http://schemas.microsoft.com/office/word/2006/wordml',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  cx: 'http://schemas.microsoft.com/office/drawing/2014/chartex',
  cx1: 'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex',
  cx2: 'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex',
  cx3: 'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex',
  cx4: 'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex',
  cx5: 'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex',
  cx6: 'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex',
  cx7: 'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex',
  cx8: 'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex',
  aink: 'http://schemas.microsoft.com/office/drawing/2016/ink',
  am3d: 'http://schemas.microsoft.com/office/drawing/2017/model3d',
  w16cex: 'http://schemas.microsoft.com/office/word/2018/wordml/cex',
  w16cid: 'http://schemas.microsoft.com/office/word/2016/wordml/cid',
  w16: 'http://schemas.microsoft.com/office/word/2018/wordml',
  w16sdtdh: 'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash',
  w16se: 'http://schemas.microsoft.com/office/word/2015/wordml/symex',
};

function namespaces(prefixes: string[]): string {
  return prefixes.map((prefix) => `xmlns:${prefix}="${NAMESPACE_URIS[prefix] ?? ''}"`).join(' ');
}

/** The namespaces of the main document's smaller parts (settings, numbering, notes). */
const MAIN = ['wpc', 'mc', 'o', 'r', 'm', 'v', 'wp14', 'wp', 'w10', 'w', 'w14', 'w15', 'wpg', 'wpi', 'wne', 'wps'];
export const MAIN_NAMESPACES = namespaces(MAIN);
export const DOCUMENT_NAMESPACES = namespaces([...MAIN, 'cx', 'cx1', 'cx2', 'cx3', 'cx4', 'cx5', 'cx6', 'cx7', 'cx8', 'aink', 'am3d', 'w16cex', 'w16cid', 'w16', 'w16sdtdh', 'w16se']);
export const HEADER_NAMESPACES = namespaces([...MAIN, 'cx', 'cx1', 'cx2', 'cx3', 'cx4', 'cx5', 'cx6', 'cx7', 'cx8', 'w16cid', 'w16se']);
export const STYLES_NAMESPACES = namespaces(['mc', 'r', 'w', 'w14', 'w15']);
const FONT_TABLE_NAMESPACES = namespaces(['mc', 'r', 'w', 'w14', 'w15', 'w16cex', 'w16cid', 'w16', 'w16sdtdh', 'w16se']);

export const SETTINGS_PART: Xml = `${XML_DECLARATION_STANDALONE}<w:settings ${MAIN_NAMESPACES} mc:Ignorable="w14 w15 wp14">` +
  '<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders w:val="false"/><w:compat>' +
  '<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>' +
  '</w:compat></w:settings>';

/** docx's bullet list definitions; no paragraph uses them (the plan's dashes are text). */
export const NUMBERING_PART: Xml = `${XML_DECLARATION_STANDALONE}<w:numbering mc:Ignorable="w14 w15 wp14" ${MAIN_NAMESPACES}>` +
  '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0">' +
  '<w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0" w:tentative="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>' +
  '<w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="1" w:tentative="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="○"/><w:lvlJc w:val="left"/><w:pPr>' +
  '<w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="2" w:tentative="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="■"/><w:lvlJc w:val="left"/><w:pPr>' +
  '<w:ind w:left="2160" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="3" w:tentative="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>' +
  '<w:ind w:left="2880" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="4" w:tentative="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="○"/><w:lvlJc w:val="left"/><w:pPr>' +
  '<w:ind w:left="3600" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="5" w:tentative="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="■"/><w:lvlJc w:val="left"/><w:pPr>' +
  '<w:ind w:left="4320" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="6" w:tentative="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>' +
  '<w:ind w:left="5040" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="7" w:tentative="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>' +
  '<w:ind w:left="5760" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="8" w:tentative="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr>' +
  '<w:ind w:left="6480" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1">' +
  '<w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
  '</w:numbering>';

export const ENDNOTES_PART: Xml = `${XML_DECLARATION}<w:endnotes ${MAIN_NAMESPACES} mc:Ignorable="w14 w15 wp14">` +
  '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>' +
  '</w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r><w:r><w:separator/></w:r>' +
  '</w:p></w:endnote><w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>' +
  '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr>' +
  '<w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r><w:r><w:continuationSeparator/></w:r></w:p>' +
  '</w:endnote></w:endnotes>';

export const FONT_TABLE_PART: Xml = `${XML_DECLARATION_STANDALONE}<w:fonts ${FONT_TABLE_NAMESPACES} mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh"/>`;

export const APP_PART: Xml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>';

export const CUSTOM_PART: Xml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>';

export const PACKAGE_RELATIONSHIPS: Xml =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>' +
  '</Relationships>';

/** The relationships of a part that refers to nothing. */
export const NO_RELATIONSHIPS: Xml =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';

/** Office's theme with the decree's font for headings and body text. */
export const THEME_PART: Xml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>' +
  '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1>' +
  '<a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2>' +
  '<a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2>' +
  '<a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4>' +
  '<a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6>' +
  '<a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink>' +
  '<a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office Theme"><a:majorFont>' +
  '<a:latin typeface="' + FONT_FAMILY + '"/><a:ea typeface=""/><a:cs typeface=""/>' +
  '<a:font script="Jpan" typeface="游ゴシック Light"/><a:font script="Hang" typeface="맑은 고딕"/>' +
  '<a:font script="Hans" typeface="等线 Light"/><a:font script="Hant" typeface="新細明體"/>' +
  '<a:font script="Arab" typeface="Times New Roman"/><a:font script="Hebr" typeface="Times New Roman"/>' +
  '<a:font script="Thai" typeface="Angsana New"/><a:font script="Ethi" typeface="Nyala"/>' +
  '<a:font script="Beng" typeface="Vrinda"/><a:font script="Gujr" typeface="Shruti"/>' +
  '<a:font script="Khmr" typeface="MoolBoran"/><a:font script="Knda" typeface="Tunga"/>' +
  '<a:font script="Guru" typeface="Raavi"/><a:font script="Cans" typeface="Euphemia"/>' +
  '<a:font script="Cher" typeface="Plantagenet Cherokee"/><a:font script="Yiii" typeface="Microsoft Yi Baiti"/>' +
  '<a:font script="Tibt" typeface="Microsoft Himalaya"/><a:font script="Thaa" typeface="MV Boli"/>' +
  '<a:font script="Deva" typeface="Mangal"/><a:font script="Telu" typeface="Gautami"/>' +
  '<a:font script="Taml" typeface="Latha"/><a:font script="Syrc" typeface="Estrangelo Edessa"/>' +
  '<a:font script="Orya" typeface="Kalinga"/><a:font script="Mlym" typeface="Kartika"/>' +
  '<a:font script="Laoo" typeface="DokChampa"/><a:font script="Sinh" typeface="Iskoola Pota"/>' +
  '<a:font script="Mong" typeface="Mongolian Baiti"/><a:font script="Viet" typeface="Times New Roman"/>' +
  '<a:font script="Uigh" typeface="Microsoft Uighur"/><a:font script="Geor" typeface="Sylfaen"/>' +
  '<a:font script="Armn" typeface="Arial"/><a:font script="Bugi" typeface="Leelawadee UI"/>' +
  '<a:font script="Bopo" typeface="Microsoft JhengHei"/><a:font script="Java" typeface="Javanese Text"/>' +
  '<a:font script="Lisu" typeface="Segoe UI"/><a:font script="Mymr" typeface="Myanmar Text"/>' +
  '<a:font script="Nkoo" typeface="Ebrima"/><a:font script="Olck" typeface="Nirmala UI"/>' +
  '<a:font script="Osma" typeface="Ebrima"/><a:font script="Phag" typeface="Phagspa"/>' +
  '<a:font script="Syrn" typeface="Estrangelo Edessa"/><a:font script="Syrj" typeface="Estrangelo Edessa"/>' +
  '<a:font script="Syre" typeface="Estrangelo Edessa"/><a:font script="Sora" typeface="Nirmala UI"/>' +
  '<a:font script="Tale" typeface="Microsoft Tai Le"/><a:font script="Talu" typeface="Microsoft New Tai Lue"/>' +
  '<a:font script="Tfng" typeface="Ebrima"/></a:majorFont><a:minorFont><a:latin typeface="' + FONT_FAMILY + '"/>' +
  '<a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="游明朝"/>' +
  '<a:font script="Hang" typeface="맑은 고딕"/><a:font script="Hans" typeface="等线"/>' +
  '<a:font script="Hant" typeface="新細明體"/><a:font script="Arab" typeface="Arial"/>' +
  '<a:font script="Hebr" typeface="Arial"/><a:font script="Thai" typeface="Cordia New"/>' +
  '<a:font script="Ethi" typeface="Nyala"/><a:font script="Beng" typeface="Vrinda"/>' +
  '<a:font script="Gujr" typeface="Shruti"/><a:font script="Khmr" typeface="DaunPenh"/>' +
  '<a:font script="Knda" typeface="Tunga"/><a:font script="Guru" typeface="Raavi"/>' +
  '<a:font script="Cans" typeface="Euphemia"/><a:font script="Cher" typeface="Plantagenet Cherokee"/>' +
  '<a:font script="Yiii" typeface="Microsoft Yi Baiti"/><a:font script="Tibt" typeface="Microsoft Himalaya"/>' +
  '<a:font script="Thaa" typeface="MV Boli"/><a:font script="Deva" typeface="Mangal"/>' +
  '<a:font script="Telu" typeface="Gautami"/><a:font script="Taml" typeface="Latha"/>' +
  '<a:font script="Syrc" typeface="Estrangelo Edessa"/><a:font script="Orya" typeface="Kalinga"/>' +
  '<a:font script="Mlym" typeface="Kartika"/><a:font script="Laoo" typeface="DokChampa"/>' +
  '<a:font script="Sinh" typeface="Iskoola Pota"/><a:font script="Mong" typeface="Mongolian Baiti"/>' +
  '<a:font script="Viet" typeface="Arial"/><a:font script="Uigh" typeface="Microsoft Uighur"/>' +
  '<a:font script="Geor" typeface="Sylfaen"/><a:font script="Armn" typeface="Arial"/>' +
  '<a:font script="Bugi" typeface="Leelawadee UI"/><a:font script="Bopo" typeface="Microsoft JhengHei"/>' +
  '<a:font script="Java" typeface="Javanese Text"/><a:font script="Lisu" typeface="Segoe UI"/>' +
  '<a:font script="Mymr" typeface="Myanmar Text"/><a:font script="Nkoo" typeface="Ebrima"/>' +
  '<a:font script="Olck" typeface="Nirmala UI"/><a:font script="Osma" typeface="Ebrima"/>' +
  '<a:font script="Phag" typeface="Phagspa"/><a:font script="Syrn" typeface="Estrangelo Edessa"/>' +
  '<a:font script="Syrj" typeface="Estrangelo Edessa"/><a:font script="Syre" typeface="Estrangelo Edessa"/>' +
  '<a:font script="Sora" typeface="Nirmala UI"/><a:font script="Tale" typeface="Microsoft Tai Le"/>' +
  '<a:font script="Talu" typeface="Microsoft New Tai Lue"/><a:font script="Tfng" typeface="Ebrima"/>' +
  '</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill>' +
  '<a:schemeClr val="phClr"/></a:solidFill><a:gradFill rotWithShape="true"><a:gsLst><a:gs pos="0">' +
  '<a:schemeClr val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr>' +
  '</a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/>' +
  '<a:tint val="73000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr"><a:lumMod val="105000"/>' +
  '<a:satMod val="109000"/><a:tint val="81000"/></a:schemeClr></a:gs></a:gsLst>' +
  '<a:lin ang="5400000" scaled="false"/></a:gradFill><a:gradFill rotWithShape="true"><a:gsLst><a:gs pos="0">' +
  '<a:schemeClr val="phClr"><a:satMod val="103000"/><a:lumMod val="102000"/><a:tint val="94000"/></a:schemeClr>' +
  '</a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:satMod val="110000"/><a:lumMod val="100000"/>' +
  '<a:shade val="100000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr">' +
  '<a:lumMod val="99000"/><a:satMod val="120000"/><a:shade val="78000"/></a:schemeClr></a:gs></a:gsLst>' +
  '<a:lin ang="5400000" scaled="false"/></a:gradFill></a:fillStyleLst><a:lnStyleLst>' +
  '<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' +
  '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr">' +
  '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>' +
  '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' +
  '<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle>' +
  '<a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst>' +
  '<a:outerShdw blurRad="57150" dist="19050" dir="5400000" algn="ctr" rotWithShape="false">' +
  '<a:srgbClr val="000000"><a:alpha val="63000"/></a:srgbClr></a:outerShdw></a:effectLst></a:effectStyle>' +
  '</a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill>' +
  '<a:schemeClr val="phClr"><a:tint val="95000"/><a:satMod val="170000"/></a:schemeClr></a:solidFill>' +
  '<a:gradFill rotWithShape="true"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="93000"/>' +
  '<a:satMod val="150000"/><a:shade val="98000"/><a:lumMod val="102000"/></a:schemeClr></a:gs><a:gs pos="50000">' +
  '<a:schemeClr val="phClr"><a:tint val="98000"/><a:satMod val="130000"/><a:shade val="90000"/>' +
  '<a:lumMod val="103000"/></a:schemeClr></a:gs><a:gs pos="100000"><a:schemeClr val="phClr">' +
  '<a:shade val="63000"/><a:satMod val="120000"/></a:schemeClr></a:gs></a:gsLst>' +
  '<a:lin ang="5400000" scaled="false"/></a:gradFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>' +
  '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>';
