// Every word the page shows, in Vietnamese and English (--lang en). The plan's problems are worded by
// the server, from the CLI's one message table (src/diagnostics/messages.ts).
export type Lang = 'vi' | 'en';

const TEXT = {
  save: ['Lưu', 'Save'],
  downloadDocx: ['Tải .docx', 'Download .docx'],
  downloadPdf: ['Tải PDF', 'Download PDF'],
  check: ['Kiểm tra', 'Check'],
  tabYaml: ['YAML', 'YAML'],
  tabForm: ['Biểu mẫu', 'Form'],
  saved: ['Đã lưu', 'Saved'],
  unsaved: ['Có thay đổi chưa lưu', 'Unsaved changes'],
  saving: ['Đang lưu…', 'Saving…'],
  saveFailed: ['Không lưu được tệp', 'Could not save the file'],
  conflict: [
    'Tệp trên đĩa đã bị thay đổi (bởi chương trình khác) từ khi mở trang: chưa lưu, để không ghi đè thay đổi đó.',
    'The file on disk was changed (by another program) since the page opened it: not saved, so as not to overwrite that change.',
  ],
  overwrite: ['Vẫn ghi đè tệp trên đĩa', 'Overwrite the file on disk anyway'],
  loadDisk: ['Mở bản trên đĩa (bỏ thay đổi ở đây)', 'Open the version on disk (drop the changes here)'],
  close: ['Đóng', 'Close'],
  problems: [(n: number) => `${n} lỗi`, (n: number) => `${n} error(s)`],
  warnings: [(n: number) => `${n} cảnh báo`, (n: number) => `${n} warning(s)`],
  valid: ['Hợp lệ', 'Valid'],
  stale: [
    (m: string) => `Văn bản bên dưới là bản hợp lệ gần nhất, chưa cập nhật vì kế hoạch có lỗi: ${m}`,
    (m: string) => `The document below is the last good one, not updated because the plan has an error: ${m}`,
  ],
  lineRef: [(n: number) => `dòng ${n}`, (n: number) => `line ${n}`],
  rendering: ['Đang cập nhật văn bản…', 'Updating the document…'],
  noPreview: ['Chưa có văn bản: sửa các lỗi bên trái để xem văn bản.', 'No document yet: fix the problems on the left to see it.'],
  makingPdf: ['Đang tạo PDF bằng LibreOffice…', 'Making the PDF with LibreOffice…'],
  pdfFailed: ['Không tạo được PDF', 'Could not make the PDF'],
  reportTitle: ['Kết quả kiểm tra (như parplan validate)', 'Check report (as parplan validate)'],
  formBroken: [
    'Biểu mẫu chỉ dùng được khi tệp YAML đọc được: hãy sửa lỗi cú pháp trong thẻ YAML trước.',
    'The form works only while the YAML can be read: fix the syntax error in the YAML tab first.',
  ],
  formIntro: [
    'Các phần điền hằng năm. Mỗi thay đổi ở đây được ghi vào đúng chỗ trong tệp YAML; chú thích và thứ tự các trường được giữ nguyên.',
    'The parts filled in every year. Each change here is written in its place in the YAML; comments and field order are kept.',
  ],
  sectionHeader: ['Đầu văn bản: cơ quan, số, ngày', 'Header: issuer, number, date'],
  sectionBasis: ['Căn cứ', 'Legal basis (căn cứ)'],
  sectionIndex: ['Chỉ số: kết quả và chỉ tiêu', 'Index: results and targets'],
  sectionRecipients: ['Nơi nhận', 'Recipients (Nơi nhận)'],
  sectionSigner: ['Người ký', 'Signer'],
  add: ['Thêm', 'Add'],
  remove: ['Xóa', 'Remove'],
  item: [(n: number) => `Mục ${n}`, (n: number) => `Item ${n}`],
  linesHint: ['Mỗi dòng một mục.', 'One item a line.'],
  absent: ['Kế hoạch chưa có phần này.', 'The plan has no such part yet.'],
  create: ['Thêm phần này', 'Add this part'],
  example: ['Ví dụ', 'Example'],
  loadFailed: ['Không tải được kế hoạch', 'Could not load the plan'],
  serverGone: ['Mất kết nối với parplan edit (đã dừng?)', 'Lost the connection to parplan edit (stopped?)'],
  leaveWarning: ['Có thay đổi chưa lưu.', 'There are unsaved changes.'],
} as const;

type Entry = (typeof TEXT)[keyof typeof TEXT];
export type TextKey = keyof typeof TEXT;

export function makeText(lang: Lang) {
  const i = lang === 'en' ? 1 : 0;
  return <K extends TextKey>(key: K): (typeof TEXT)[K][0] => (TEXT[key] as Entry)[i] as (typeof TEXT)[K][0];
}
export type Text = ReturnType<typeof makeText>;
