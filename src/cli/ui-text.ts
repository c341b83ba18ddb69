// Words of the command line itself (not about a plan: those are in diagnostics/messages.ts).
import type { Lang } from '../diagnostics/messages.js';
import { inert } from '../diagnostics/inert.js';

const TEXT = {
  rendered: { vi: (a: string, b: string) => `Đã tạo ${b} từ ${a}`, en: (a: string, b: string) => `Rendered ${a} → ${b}` },
  failed: { vi: (a: string) => `Không tạo được văn bản từ ${a}`, en: (a: string) => `Could not render ${a}` },
  noFiles: {
    vi: (a: string) => `Không tìm thấy tệp kế hoạch nào (.yaml, .yml) khớp với: ${a}`,
    en: (a: string) => `No plan file (.yaml, .yml) matched: ${a}`,
  },
  referenceDocUnreadable: {
    vi: (file: string, why: string) => `Không đọc được tài liệu mẫu ${file} (${why}).`,
    en: (file: string, why: string) => `Cannot read the reference document ${file} (${why}).`,
  },
  summary: {
    vi: (ok: number, bad: number) => `${ok} kế hoạch đã tạo, ${bad} lỗi.`,
    en: (ok: number, bad: number) => `${ok} plan(s) rendered, ${bad} failed.`,
  },
  crash: {
    vi: (m: string) => `Lỗi không mong đợi của parplan: ${m} (chạy lại với --debug để xem chi tiết)`,
    en: (m: string) => `Unexpected parplan error: ${m} (run again with --debug for details)`,
  },
  error: { vi: () => 'lỗi', en: () => 'error' },
  warning: { vi: () => 'cảnh báo', en: () => 'warning' },
  // parplan batch (and render of a units file)
  unitDone: {
    vi: (n: string, target: string, unit: string) => `${n} Đã tạo ${target} (${unit})`,
    en: (n: string, target: string, unit: string) => `${n} Rendered ${target} (${unit})`,
  },
  unitFailed: {
    vi: (n: string, unit: string, why: string) => `${n} Lỗi: ${unit}: ${why}`,
    en: (n: string, unit: string, why: string) => `${n} Failed: ${unit}: ${why}`,
  },
  batchFailures: {
    vi: (n: number) => `Không tạo được ${n} đơn vị:`,
    en: (n: number) => `${n} unit(s) failed:`,
  },
  batchUnitHeader: {
    vi: (unit: string, where: string) => `• ${unit} (${where})`,
    en: (unit: string, where: string) => `• ${unit} (${where})`,
  },
  batchSummary: {
    vi: (total: number, ok: number, bad: number, dir: string) => `${total} đơn vị: ${ok} đã tạo, ${bad} lỗi. Thư mục kết quả: ${dir}`,
    en: (total: number, ok: number, bad: number, dir: string) => `${total} unit(s): ${ok} rendered, ${bad} failed. Output folder: ${dir}`,
  },
  manifestWritten: {
    vi: (json: string, csv: string) => `Danh mục: ${json}, ${csv}`,
    en: (json: string, csv: string) => `Manifest: ${json}, ${csv}`,
  },
  zipWritten: { vi: (zip: string) => `Tệp nén: ${zip}`, en: (zip: string) => `Archive: ${zip}` },
  unitsFileBroken: {
    vi: (file: string) => `Không tạo được đơn vị nào từ ${file}.`,
    en: (file: string) => `No unit could be rendered from ${file}.`,
  },
  notUnitsFile: {
    vi: (file: string) => `${file} không phải danh sách đơn vị (thiếu trường don_vi). Để tạo văn bản từ một kế hoạch, dùng: parplan render ${file}`,
    en: (file: string) => `${file} is not a units file (no don_vi field). To render a plan, use: parplan render ${file}`,
  },
  badPdfTimeout: {
    vi: (value: string) => `--pdf-timeout phải là số giây lớn hơn 0, không phải '${value}'.`,
    en: (value: string) => `--pdf-timeout must be a number of seconds above 0, not '${value}'.`,
  },
  skippedOutside: {
    vi: (file: string) => `Bỏ qua ${file}: đây là liên kết tượng trưng (symlink) trỏ ra ngoài thư mục được kiểm tra, nên không đọc. Muốn dùng tệp đó thì ghi thẳng tên nó trên dòng lệnh.`,
    en: (file: string) => `Skipped ${file}: it is a symbolic link to a place outside the folder searched, so it is not read. To use that file, name it on the command line.`,
  },
  emptyOption: {
    vi: (flag: string) => `${flag} cần một giá trị, không được để trống ("").`,
    en: (flag: string) => `${flag} needs a value; it cannot be empty ("").`,
  },
  badJobs: {
    vi: (value: string) => `--jobs phải là một số nguyên từ 1 trở lên, không phải '${value}'.`,
    en: (value: string) => `--jobs must be a whole number of 1 or more, not '${value}'.`,
  },
  finalRefused: {
    vi: (n: number, todoOnly = true) =>
      todoOnly
        ? `--final: chưa tạo văn bản nào vì ${n} tệp còn chỗ TODO chưa điền (xem trên). Điền hết rồi chạy lại, hoặc bỏ --final để tạo bản dự thảo.`
        : `--final: chưa tạo văn bản nào vì ${n} tệp còn chỗ TODO hoặc cảnh báo mà tệp cấu hình đặt là chặn (blocking; xem trên). Sửa hết rồi chạy lại, hoặc bỏ --final để tạo bản dự thảo.`,
    en: (n: number, todoOnly = true) =>
      todoOnly
        ? `--final: nothing was written, since ${n} file(s) still have TODO markers (above). Fill them in and run again, or leave out --final for a draft.`
        : `--final: nothing was written, since ${n} file(s) still have TODO markers or warnings the config marks as blocking (above). Fix them and run again, or leave out --final for a draft.`,
  },
  badMaxWarnings: {
    vi: (v: string) => `--max-warnings cần một số nguyên không âm (ví dụ 0), không phải '${v}'.`,
    en: (v: string) => `--max-warnings needs a whole number of 0 or more (e.g. 0), not '${v}'.`,
  },
  tooManyWarnings: {
    vi: (n: number, max: number) => `Có ${n} cảnh báo, nhiều hơn mức cho phép --max-warnings ${max}.`,
    en: (n: number, max: number) => `${n} warning(s), more than --max-warnings ${max} allows.`,
  },
  configInitWritten: {
    vi: (file: string) => `Đã tạo tệp cấu hình ${file}: bỏ dấu # ở đầu dòng để dùng một khóa.`,
    en: (file: string) => `Wrote the config file ${file}: remove the # at the start of a line to use a key.`,
  },
  configInitExists: {
    vi: (file: string) => `Đã có ${file}; parplan không ghi đè. Xóa hoặc đổi tên tệp đó rồi chạy lại.`,
    en: (file: string) => `${file} is already there; parplan does not overwrite it. Remove or rename it and run again.`,
  },
  initNeedFile: {
    vi: () => 'Cần tên tệp kế hoạch mới, ví dụ: parplan init ke-hoach.yaml (hoặc parplan init --config để tạo tệp cấu hình).',
    en: () => 'Name the new plan file, e.g. parplan init plan.yaml (or parplan init --config for a config file).',
  },
  configInitName: {
    vi: (f: string) => `Tệp cấu hình phải tên là parplan.config.yaml (parplan chỉ tìm tên này), không phải ${f}. Chạy: parplan init --config`,
    en: (f: string) => `A config file must be named parplan.config.yaml (the name parplan looks for), not ${f}. Run: parplan init --config`,
  },
  configNeedsFile: {
    vi: () => '--config cần tên tệp cấu hình, ví dụ --config parplan.config.yaml (chỉ parplan init --config không cần).',
    en: () => '--config needs a config file name, e.g. --config parplan.config.yaml (only parplan init --config does not).',
  },
  schemaWritten: {
    vi: (file: string, how: string) => `${file}: ${how === 'written' ? 'đã ghi' : how === 'unchanged' ? 'đã có, không đổi' : 'đã có tệp khác cùng tên, giữ nguyên (không ghi đè)'}`,
    en: (file: string, how: string) => `${file}: ${how === 'written' ? 'written' : how === 'unchanged' ? 'already there, unchanged' : 'another file of that name is there, kept (not overwritten)'}`,
  },
  schemaHint: {
    vi: () => 'Mở thư mục này trong VS Code (có tiện ích YAML của Red Hat) để được gợi ý tên trường khi viết kế hoạch.',
    en: () => 'Open this folder in VS Code (with Red Hat\'s YAML extension) for field completion while writing plans.',
  },
  examplesCopied: {
    vi: (n: number, dir: string, cmd: string) => `Đã chép ${n} tệp kế hoạch mẫu vào ${dir}. Tạo văn bản: ${cmd}`,
    en: (n: number, dir: string, cmd: string) => `Copied ${n} example plan file(s) into ${dir}. Render them: ${cmd}`,
  },
  examplesKept: {
    vi: (file: string) => `${file}: đã có, giữ nguyên (không ghi đè)`,
    en: (file: string) => `${file}: already there, kept (not overwritten)`,
  },
  noPlansHere: {
    vi: () => 'Không có tệp kế hoạch (.yaml) nào trong thư mục plans/ hay ở thư mục này. Ghi tên tệp (parplan render ke-hoach.yaml), tạo kế hoạch mới (parplan init ke-hoach.yaml), hoặc xem các kế hoạch mẫu (parplan render --examples).',
    en: () => 'No plan file (.yaml) in plans/ or in this folder. Name one (parplan render plan.yaml), start one (parplan init plan.yaml), or see the examples (parplan render --examples).',
  },
  noUnitsFile: {
    vi: () => 'Không tìm thấy danh sách đơn vị nào (tệp .yaml có ke_hoach và don_vi) trong thư mục plans/ hay ở đây. Ghi tên tệp: parplan batch danh-sach.yaml',
    en: () => 'No units file (a .yaml with ke_hoach and don_vi) in plans/ or here. Name one: parplan batch units.yaml',
  },
  batchOutputIsFolder: {
    vi: (name: string, folder: string) => `-o ${name}: batch ghi văn bản của từng đơn vị vào một thư mục, nên -o là tên thư mục (ví dụ -o ${folder}), không phải tên một văn bản.`,
    en: (name: string, folder: string) => `-o ${name}: batch writes each unit's document into a folder, so -o names a folder (for example -o ${folder}), not a document.`,
  },
  outputNotYaml: {
    vi: (name: string, yaml: string) => `-o ${name}: import ghi kế hoạch ra tệp .yaml. Cho -o một tên .yaml (ví dụ ${yaml}) hoặc một thư mục.`,
    en: (name: string, yaml: string) => `-o ${name}: import writes the plan as a .yaml file. Give -o a .yaml name (for example ${yaml}) or a folder.`,
  },
  outputNotDocx: {
    vi: (name: string, docx: string, pdf: boolean) =>
      pdf
        ? `-o ${name}: parplan ghi văn bản .docx; muốn có cả bản PDF thì thêm --pdf, ví dụ -o ${docx} --pdf (tệp PDF được ghi cạnh tệp .docx, cùng tên).`
        : `-o ${name}: parplan chỉ ghi văn bản .docx. Cho -o một tên .docx (ví dụ ${docx}) hoặc một thư mục.`,
    en: (name: string, docx: string, pdf: boolean) =>
      pdf
        ? `-o ${name}: parplan writes a .docx; for a PDF too, add --pdf, for example -o ${docx} --pdf (the PDF is written beside the .docx, with its name).`
        : `-o ${name}: parplan writes .docx documents only. Give -o a .docx name (for example ${docx}) or a folder.`,
  },
  outputFileNeedsOne: {
    vi: (name: string, n: number) => `-o ${name} là tên một tệp .docx nên chỉ dùng cho một kế hoạch, nhưng có ${n} tệp. Để ghi nhiều văn bản, cho -o là một thư mục.`,
    en: (name: string, n: number) => `-o ${name} names one .docx file, so it takes one plan, and ${n} were given. To write several documents, give -o a folder.`,
  },
  needSoffice: {
    vi: (hint: string) => `--pdf cần LibreOffice (soffice) để chuyển .docx sang PDF, nhưng không tìm thấy trên máy này. ${hint}`,
    en: (hint: string) => `--pdf needs LibreOffice (soffice) to convert .docx to PDF, and it was not found on this machine. ${hint}`,
  },
  // parplan import (issue 11)
  imported: { vi: (a: string, b: string) => `Đã nhập ${a} → ${b}`, en: (a: string, b: string) => `Imported ${a} → ${b}` },
  /** check and import: an argument that matched no document. */
  noDocuments: {
    vi: (a: string) => `Không tìm thấy văn bản nào (.docx, .doc, .odt, .rtf) khớp với: ${a}`,
    en: (a: string) => `No document (.docx, .doc, .odt, .rtf) matched: ${a}`,
  },
  importBadYear: { vi: (v: string) => `--year phải là một năm (ví dụ 2025), không phải '${v}'.`, en: (v: string) => `--year must be a year (e.g. 2025), not '${v}'.` },
  importOutputIsFile: {
    vi: (o: string) => `Nhập nhiều văn bản cùng lúc thì -o phải là một thư mục, không phải tệp ${o}.`,
    en: (o: string) => `When importing several documents, -o must be a folder, not the file ${o}.`,
  },
  // parplan check (issue 15)
  paragraphAt: { vi: (n: number) => `đoạn ${n}`, en: (n: number) => `paragraph ${n}` },
  sectionAt: { vi: (n: number) => `phần (section) ${n}`, en: (n: number) => `section ${n}` },
  checkSummary: {
    vi: (n: number, ok: number, bad: number, errors: number, warnings: number, strictFails: boolean) =>
      `Đã kiểm tra ${n} văn bản: ${ok} đạt, ${bad} không đạt (${errors} lỗi, ${warnings} cảnh báo${strictFails ? '; với --strict, cảnh báo cũng là không đạt' : ''}).`,
    en: (n: number, ok: number, bad: number, errors: number, warnings: number, strictFails: boolean) =>
      `${n} document(s) checked: ${ok} pass, ${bad} fail (${errors} error(s), ${warnings} warning(s)${strictFails ? ', warnings fail under --strict' : ''}).`,
  },
  fixed: { vi: (a: string, b: string) => `Đã sửa thể thức ${a} → ${b}`, en: (a: string, b: string) => `Re-laid out ${a} → ${b}` },
  fixOutputIsFile: {
    vi: (o: string) => `Sửa nhiều văn bản cùng lúc thì -o phải là một thư mục, không phải tệp ${o}.`,
    en: (o: string) => `When fixing several documents, -o must be a folder, not the file ${o}.`,
  },
  fixOutputNeedsFix: {
    vi: () => '-o và --force chỉ dùng cùng --fix.',
    en: () => '-o and --force only go with --fix.',
  },
  // parplan edit (issue 14)
  editBadPort: {
    vi: (value: string) => `--port phải là một số từ 1 đến 65535, không phải '${value}'.`,
    en: (value: string) => `--port must be a number from 1 to 65535, not '${value}'.`,
  },
  editPortInUse: {
    vi: (port: number) => `Cổng ${port} đang được chương trình khác dùng: chọn cổng khác (--port) hoặc bỏ --port để dùng cổng ngẫu nhiên.`,
    en: (port: number) => `Port ${port} is in use by another program: choose another (--port), or leave --port out for a random one.`,
  },
  editListening: {
    vi: (file: string, url: string) => `Đang soạn ${file} tại địa chỉ:\n  ${url}\nNhấn Ctrl-C để dừng.`,
    en: (file: string, url: string) => `Editing ${file} at:\n  ${url}\nPress Ctrl-C to stop.`,
  },
  editOpenFailed: {
    vi: () => 'Không tự mở được trình duyệt: hãy mở địa chỉ trên bằng trình duyệt của bạn.',
    en: () => 'Could not open the browser: open the address above in yours.',
  },
  editStopped: { vi: () => 'Đã dừng trang soạn kế hoạch.', en: () => 'The plan editor has stopped.' },
  editNeedFile: {
    vi: () => 'Hãy ghi tên tệp kế hoạch, ví dụ: parplan edit ke-hoach-2024.yaml (parplan chỉ hỏi khi chạy trong cửa sổ dòng lệnh).',
    en: () => 'Name the plan file, e.g. parplan edit ke-hoach-2024.yaml (parplan asks only on a terminal).',
  },
  editMissingFile: {
    vi: (file: string) => `Không có tệp ${file}. Tạo kế hoạch mới bằng: parplan init ${file}, hoặc chạy parplan edit không kèm tên tệp để chọn mẫu.`,
    en: (file: string) => `There is no file ${file}. Create a plan with: parplan init ${file}, or run parplan edit without a file name to pick a preset.`,
  },
  editAskPlan: { vi: () => 'Soạn kế hoạch nào?', en: () => 'Which plan?' },
  editCreateChoice: { vi: () => 'Tạo kế hoạch mới từ một mẫu…', en: () => 'Create a new plan from a preset…' },
  editAskFileName: { vi: () => 'Tên tệp kế hoạch mới', en: () => 'Name of the new plan file' },
  editFileNameProblem: {
    vi: () => 'Tên tệp phải kết thúc bằng .yaml hoặc .yml và chưa có tệp nào trùng tên.',
    en: () => 'The name must end in .yaml or .yml and no file may have it yet.',
  },
  editCreated: {
    vi: (file: string, preset: string) => `Đã tạo ${file} từ mẫu ${preset}.`,
    en: (file: string, preset: string) => `Created ${file} from the preset ${preset}.`,
  },
  editCancelled: { vi: () => 'Đã hủy.', en: () => 'Cancelled.' },
  noPresets: {
    vi: (folder: string) => `Thư mục mẫu kế hoạch ${folder} (khóa presets của cấu hình) không có mẫu nào dùng được: xem parplan presets.`,
    en: (folder: string) => `The presets folder ${folder} (the config's presets) holds no usable preset: see parplan presets.`,
  },
  presetMadeInvalidPlan: {
    vi: (name: string, file: string, plan: string) =>
      `Mẫu kế hoạch "${name}" (${file}) tạo ra kế hoạch có lỗi ở trên (các dòng là của kế hoạch ${plan} sẽ được tạo): hãy sửa phần ke_hoach của mẫu. Chưa ghi tệp nào.`,
    en: (name: string, file: string, plan: string) =>
      `The preset "${name}" (${file}) makes a plan with the errors above (the lines are those of the plan ${plan} it would write): correct the preset's ke_hoach. Nothing was written.`,
  },
} as const;

export type UiText = typeof TEXT;
/** A line of the command line's own words; its arguments (a unit's name, a file name) come from
 * plans and arguments, and are made inert before they reach the terminal (issue 9). */
export function ui<K extends keyof UiText>(lang: Lang, key: K): UiText[K]['vi'] {
  const words = TEXT[key][lang] as (...args: unknown[]) => string;
  return ((...args: unknown[]) => words(...args.map((a) => (typeof a === 'string' ? inert(a) : a)))) as UiText[K]['vi'];
}

// ---- Help and usage (issue 13): every word `--help` and a usage error show, per language. ----
// A new command adds its description, argument and option wording here; src/cli/localize-help.ts
// puts commander's own words (Usage, Options, choices, its errors) into the same language.
// Option names follow one rule: English words, lower case, hyphenated (--output, --format, --year);
// the Vietnamese names of earlier versions stay as hidden aliases (--viet-tat, --nam).
const HELP = {
  // commander's own words
  usage: ['Cách dùng:', 'Usage:'],
  options: ['Tùy chọn:', 'Options:'],
  globalOptions: ['Tùy chọn chung:', 'Global Options:'],
  arguments: ['Tham số:', 'Arguments:'],
  commands: ['Lệnh:', 'Commands:'],
  optionsWord: ['[tùy-chọn]', '[options]'],
  commandWord: ['[lệnh]', '[command]'],
  choices: ['chọn một trong', 'choices'],
  default: ['mặc định', 'default'],
  helpCommand: ['In hướng dẫn của một lệnh', 'Display help for a command'],
  helpCommandArg: ['lệnh', 'command'],
  helpAfterError: ['(Xem hướng dẫn: thêm --help vào lệnh)', '(For help, add --help to the command)'],
  // parplan's own options and commands
  program: ['Tạo Kế hoạch (.docx) theo Nghị định 30/2020/NĐ-CP từ tệp YAML', 'Render plans (Kế hoạch) as .docx laid out as Nghị định 30/2020/NĐ-CP requires, from YAML files'],
  optVersion: ['In phiên bản', 'Print the version'],
  optHelp: ['In hướng dẫn', 'Display help'],
  optLang: ['Ngôn ngữ thông báo (vi: tiếng Việt, en: tiếng Anh)', 'Language of messages (vi: Vietnamese, en: English)'],
  optConfig: [
    'Tệp cấu hình (mặc định: parplan.config.yaml, hoặc khóa "parplan" của package.json, tìm từ thư mục của kế hoạch lên các thư mục cha)',
    'Config file (default: parplan.config.yaml, or the "parplan" key of package.json, looked for from the plan\'s folder upward)',
  ],
  optDebug: ['Khi có lỗi không mong đợi, in cả vết ngăn xếp lời gọi hàm', 'On an unexpected error, also print the stack trace'],
  phFile: ['tệp', 'file'],
  phFiles: ['tệp...', 'files...'],
  phDir: ['thư-mục', 'dir'],
  phFormat: ['định-dạng', 'format'],
  phName: ['tên', 'name'],
  phN: ['số', 'n'],
  phYear: ['năm', 'year'],
  phAbbr: ['viết-tắt', 'abbr'],
  phUnits: ['danh-sách', 'units'],
  phLang: ['ngôn-ngữ', 'lang'],
  phSeconds: ['giây', 'seconds'],
  argPlans: ['tệp .yaml, thư mục hoặc mẫu glob', '.yaml files, folders or glob patterns'],
  // render
  renderDesc: [
    'Tạo văn bản .docx từ các tệp kế hoạch (mặc định: các kế hoạch trong thư mục plans/ ở đây, nếu không có thì các tệp .yaml ở đây)',
    'Render plan files as .docx (default: the plans in plans/ here, else the .yaml files here)',
  ],
  renderOutput: [
    'thư mục ghi tệp .docx (mặc định: cạnh tệp kế hoạch); hoặc tên tệp .docx khi chỉ có một kế hoạch',
    'folder to write the .docx files to (default: beside each plan); or a .docx file name for one plan',
  ],
  optMaxWarnings: ['báo thất bại (mã thoát 1) khi số cảnh báo nhiều hơn số này', 'fail (exit code 1) when there are more warnings than this'],
  schemaWrite: [
    'ghi các lược đồ (plan.schema.json, units.schema.json, config.schema.json) và .vscode/settings.json vào thư mục (mặc định: ở đây)',
    'write the schemas (plan.schema.json, units.schema.json, config.schema.json) and .vscode/settings.json into a folder (default: here)',
  ],
  examplesDesc: [
    'Chép các kế hoạch mẫu của parplan vào một thư mục của bạn để xem và sửa (mặc định: vi-du)',
    "Copy parplan's example plans into a folder of yours to read and edit (default: vi-du)",
  ],
  examplesDir: ['thư mục nhận các kế hoạch mẫu', 'folder to copy the examples into'],
  examplesList: ['chỉ liệt kê các kế hoạch mẫu, không chép', 'only list the example plans, copy nothing'],
  optFinal: [
    'bản chính thức để trình ký: không tạo văn bản nào (mã thoát 1) khi còn chỗ TODO',
    'the final document for signature: write nothing (exit code 1) while a TODO is left',
  ],
  renderExamples: ['tạo các kế hoạch mẫu của parplan (vào thư mục out/ ở đây)', "render parplan's example plans (into out/ here)"],
  renderQuiet: ['chỉ in các vấn đề của kế hoạch (lỗi, cảnh báo)', "print only the plans' problems (errors, warnings)"],
  renderPdf: ['chuyển thêm sang PDF bằng LibreOffice (một lần chạy cho mọi tệp)', 'also convert to PDF with LibreOffice (one run for all files)'],
  renderWatch: [
    'theo dõi: tạo lại văn bản mỗi khi lưu tệp kế hoạch hoặc mẫu, đến khi nhấn Ctrl-C',
    'watch: render again each time the plan or a template is saved, until Ctrl-C',
  ],
  // batch
  batchDesc: [
    'Tạo kế hoạch của từng đơn vị trong một danh sách đơn vị (kế hoạch chung + don_vi), song song',
    "Render each unit's plan of a units file (a base plan + don_vi), in parallel",
  ],
  batchUnits: ['tệp danh sách đơn vị (.yaml) có ke_hoach và don_vi', 'units file (.yaml) with ke_hoach and don_vi'],
  batchOutput: [
    'thư mục ghi kết quả (mặc định: thư mục cùng tên với tệp danh sách, cạnh tệp đó)',
    'output folder (default: a folder named after the units file, beside it)',
  ],
  batchJobs: [
    'số luồng xử lý song song (mặc định và tối đa: số lõi CPU; ít hơn khi bộ nhớ trống không đủ, khoảng 224 MB mỗi luồng)',
    'number of parallel threads (default and most: the number of CPU cores; fewer when free memory is short, about 224 MB a thread)',
  ],
  pdfTimeout: [
    'thời gian tối đa cho LibreOffice (mặc định: 60 giây, thêm 5 giây mỗi văn bản và 1 giây mỗi trang)',
    'longest time LibreOffice may take (default: 60 seconds, plus 5 seconds a document and 1 second a page)',
  ],
  plansDir: [
    'thư mục được phép chứa kế hoạch chung (ke_hoach) của tệp danh sách đơn vị, ngoài thư mục của chính tệp đó',
    "a folder where a units file's base plan (ke_hoach) may be, besides the units file's own folder",
  ],
  referenceDoc: [
    'tài liệu mẫu .docx của tỉnh: lấy phông, cỡ chữ, giãn dòng, thụt lề của các kiểu đoạn văn; giá trị ngoài mức Nghị định 30 bị bỏ qua kèm cảnh báo',
    "a province's .docx to take the fonts, sizes, spacing and indents of the named styles from (Normal, heading 1–4, ND30 …); values outside Decree 30 are warned about and ignored",
  ],
  referenceDocWins: ['lấy theo tài liệu mẫu cả khi ngoài mức Nghị định 30 (vẫn cảnh báo)', "take the reference document's values even outside Decree 30 (still warned)"],
  batchPdf: ['chuyển thêm sang PDF bằng LibreOffice (một lần chạy cho cả danh sách)', 'also convert to PDF with LibreOffice (one run for the whole list)'],
  batchZip: ['nén tất cả văn bản và danh mục vào một tệp .zip', 'put every document and the manifest into one .zip file'],
  batchQuiet: ['chỉ in lỗi (và cảnh báo còn TODO)', 'print only errors (and TODO warnings)'],
  // validate
  validateDesc: [
    'Kiểm tra các tệp kế hoạch (mặc định: thư mục plans/ ở đây, nếu không có thì các tệp .yaml ở đây; - là đầu vào chuẩn); mã thoát 0 hợp lệ, 1 có lỗi, 2 sai cách dùng hoặc không có tệp',
    'Check plan files (default: plans/ here, else the .yaml files here; - is standard input); exit code 0 valid, 1 errors, 2 usage error or no file',
  ],
  validateFormat: ['định dạng báo cáo', 'report format'],
  validateStdinFilename: ['tên tệp dùng trong thông báo khi đọc từ đầu vào chuẩn (-)', 'file name used in messages when reading standard input (-)'],
  validateStrict: ['cảnh báo cũng tính là không đạt (mã thoát 1)', 'warnings fail too (exit code 1)'],
  // schema
  schemaDesc: ['In JSON Schema của tệp kế hoạch (schemas/plan.schema.json)', 'Print the JSON Schema of plan files (schemas/plan.schema.json)'],
  // init
  initDesc: [
    'Tạo tệp kế hoạch mới từ một mẫu (xem: parplan presets); trong cửa sổ dòng lệnh, hỏi những gì chưa ghi',
    'Create a new plan file from a preset (see: parplan presets); on a terminal, asks for what was not given',
  ],
  initFile: ['tệp kế hoạch sẽ tạo (.yaml)', 'the plan file to create (.yaml)'],
  initPreset: ['tên mẫu, ví dụ par-index-so', 'preset name, e.g. par-index-so'],
  initUnit: ['tên cơ quan ban hành, ví dụ "Sở Khoa học và Công nghệ"', 'name of the issuing body, e.g. "Sở Khoa học và Công nghệ"'],
  initAbbreviation: [
    'chữ viết tắt tên cơ quan, dùng trong ký hiệu (mặc định: chữ cái đầu, ví dụ SKHCN; UBND)',
    "the body's abbreviation, used in the ký hiệu (default: its initials, e.g. SKHCN; UBND)",
  ],
  initYear: ['năm kế hoạch (mặc định: năm nay)', 'year of the plan (default: this year)'],
  initForce: ['ghi đè tệp đã có', 'overwrite an existing file'],
  // check (issue 15)
  checkDesc: [
    'Kiểm tra thể thức các văn bản .docx theo Nghị định 30/2020/NĐ-CP; mã thoát 0 đạt, 1 có lỗi, 2 sai cách dùng hoặc không đọc được tệp',
    'Check that .docx documents are laid out as Decree 30/2020/NĐ-CP requires; exit code 0 pass, 1 errors, 2 usage error or unreadable file',
  ],
  argDocx: ['tệp .docx (hoặc .doc, .odt, .rtf: đọc qua LibreOffice), thư mục hoặc mẫu glob', '.docx files (or .doc, .odt, .rtf: read through LibreOffice), folders or glob patterns'],
  checkFormat: ['định dạng báo cáo', 'report format'],
  checkStrict: ['cảnh báo cũng tính là không đạt (mã thoát 1)', 'warnings fail too (exit code 1)'],
  checkFix: [
    'dựng lại văn bản theo đúng thể thức (giữ nguyên chữ) vào tệp mới: <tên>-nd30.docx cạnh tệp gốc, hoặc -o',
    'rebuild the document in the decree\'s layout (its words kept) into a new file: <name>-nd30.docx beside it, or -o',
  ],
  checkOutput: ['tệp .docx (một văn bản) hoặc thư mục ghi tệp đã sửa', 'the .docx file (one document) or folder for the fixed files'],
  checkForce: ['ghi đè tệp đã có', 'overwrite an existing file'],
  // import (issue 11)
  importDesc: [
    'Nhập kế hoạch năm trước từ văn bản .docx (.doc, .odt, .rtf qua LibreOffice) thành tệp kế hoạch .yaml',
    "Import last year's plan from a Word document (.docx; .doc, .odt, .rtf through LibreOffice) as a .yaml plan file",
  ],
  importFiles: ['tệp văn bản, thư mục hoặc mẫu glob', 'document files, folders or glob patterns'],
  importOutput: ['tệp .yaml (một văn bản) hoặc thư mục ghi kết quả (mặc định: cạnh văn bản)', 'the .yaml file (one document) or folder to write to (default: beside each document)'],
  importYear: [
    'chuẩn bị dự thảo cho năm này: để trống số, ngày; chuyển năm; đánh dấu TODO chỗ cần nhập kết quả, chỉ tiêu mới',
    "prepare that year's draft: number and day blank, years moved on, TODO where new results and targets go",
  ],
  importForce: ['ghi đè tệp .yaml đã có', 'overwrite an existing .yaml file'],
  // presets
  presetsDesc: ['Liệt kê các mẫu kế hoạch (dùng với parplan init --preset)', 'List the plan presets (for parplan init --preset)'],
  presetsFormat: ['định dạng liệt kê', 'list format'],
  // edit (issue 14)
  editDesc: [
    'Mở trang soạn kế hoạch trong trình duyệt: tệp YAML bên trái, văn bản bên phải, cập nhật khi gõ',
    'Open the plan editor in the browser: the YAML on the left, the document on the right, updated as you type',
  ],
  editFile: ['tệp kế hoạch (.yaml); bỏ trống để chọn hoặc tạo mới', 'plan file (.yaml); leave out to pick one or create one'],
  editPort: ['cổng của trang (mặc định: một cổng ngẫu nhiên)', 'port of the page (default: a random one)'],
  editNoOpen: ['không tự mở trình duyệt (chỉ in địa chỉ trang)', 'do not open the browser (only print the address)'],
} as const satisfies Record<string, readonly [vi: string, en: string]>;

export type HelpKey = keyof typeof HELP;
/** A help word in the given language: help(lang, 'renderDesc'). */
export function help(lang: Lang, key: HelpKey): string {
  return HELP[key][lang === 'vi' ? 0 : 1];
}
/** `<placeholder>` for an option's value, in the given language. */
export function placeholder(lang: Lang, key: 'phFile' | 'phDir' | 'phFormat' | 'phName' | 'phN' | 'phYear' | 'phAbbr' | 'phUnits' | 'phLang' | 'phSeconds'): string {
  return `<${help(lang, key)}>`;
}

/** commander's error messages (they arrive worded in English) in the user's language. */
const COMMANDER_ERRORS: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '(.+?)'/, "lỗi: không có lệnh '$1'"],
  [/^error: missing required argument '(.+?)'/, "lỗi: thiếu tham số bắt buộc '$1'"],
  [/^error: option '(.+?)' argument missing/, "lỗi: tùy chọn '$1' cần một giá trị"],
  [/^error: required option '(.+?)' not specified/, "lỗi: thiếu tùy chọn bắt buộc '$1'"],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\./, "lỗi: tùy chọn '$1' không nhận giá trị '$2'. Các giá trị được dùng: $3."],
  [/^error: option '(.+?)' argument '(.*?)' is invalid\./, "lỗi: tùy chọn '$1' không nhận giá trị '$2'."],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\. Allowed choices are (.+)\./, "lỗi: tham số '$2' không nhận giá trị '$1'. Các giá trị được dùng: $3."],
  [/^error: too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\./, "lỗi: lệnh '$1' nhận $2 tham số, nhưng được ghi $3."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'lỗi: chỉ nhận $1 tham số, nhưng được ghi $2.'],
  [/^error: (.+) cannot be used with (.+)/, 'lỗi: $1 không dùng cùng với $2'],
  [/\(Did you mean (.+?)\?\)/, '(Có phải là $1?)'],
  [/^error:/, 'lỗi:'],
];

export function commanderError(lang: Lang, message: string): string {
  if (lang !== 'vi') return message;
  return message
    .split('\n')
    .map((line) => {
      const rule = COMMANDER_ERRORS.find(([re]) => re.test(line));
      return rule ? line.replace(rule[0], rule[1]) : line;
    })
    .join('\n');
}

/** The prompt library's key hints ("↑↓ navigate • ⏎ select"). */
export const PROMPT_KEYS: Record<string, readonly [vi: string, en: string]> = {
  navigate: ['di chuyển', 'navigate'],
  select: ['chọn', 'select'],
};
