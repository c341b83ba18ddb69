// What `parplan init --config` writes: every key, commented out, with a Vietnamese line on what it
// does. A config of comments only is a valid, empty config.
export const CONFIG_TEMPLATE = `# yaml-language-server: $schema=./config.schema.json
# Cấu hình parplan cho thư mục này và các thư mục con.
# parplan tìm tệp này từ thư mục của kế hoạch lên các thư mục cha (hoặc dùng: --config tệp).
# Tùy chọn ghi trên dòng lệnh luôn được ưu tiên hơn tệp này.
# Đường dẫn trong tệp tính từ thư mục chứa tệp này.
# Bỏ dấu # ở đầu dòng để dùng một khóa. Khóa hoặc giá trị sai được báo lỗi có mã PP7xx.

# Ngôn ngữ thông báo: vi (tiếng Việt) hoặc en (tiếng Anh).
# lang: vi

# Thư mục ghi các văn bản .docx (như tùy chọn -o).
# output: van-ban

# Thư mục mẫu văn bản riêng: chỉ cần các tệp đã sửa của thư mục templates/ của parplan
# (ví dụ partials/noi-nhan.hbs); tệp nào không có thì dùng của parplan.
# templates: mau-van-ban

# Thư mục các mẫu kế hoạch riêng, cho parplan init và parplan presets.
# presets: mau-ke-hoach

# Tài liệu mẫu .docx của tỉnh, lấy kiểu chữ (như tùy chọn --reference-doc; cả render, batch, edit và check --fix).
# reference_doc: tai-lieu-mau.docx
# Lấy theo tài liệu mẫu cả khi ra ngoài mức Nghị định 30 cho phép (như --reference-doc-wins).
# reference_doc_wins: false

# Các tệp .yaml không phải kế hoạch, bỏ qua khi tìm kế hoạch trong thư mục (mẫu tên tệp).
# ignore:
#   - "nhap/**"
#   - "*.cu.yaml"

# Đổi mức của một quy tắc theo mã: off (tắt), warning (cảnh báo), error (lỗi).
# Đổi được các quy tắc PP2xx (kiểm tra kế hoạch), PP6xx (parplan check) và PP513 (tệp .doc
# kiểm tra qua LibreOffice: off nếu nhận .doc, error nếu chỉ nhận .docx).
# rules:
#   PP215: off     # chữ viết tắt dùng trước khi định nghĩa
#   PP206: error   # chỉ tiêu thấp hơn kết quả năm trước

# Các cảnh báo chặn --final (văn bản chính thức). Còn TODO (PP290) thì luôn chặn.
# blocking:
#   - PP208        # dòng cuối nơi nhận không phải "Lưu: VT, …"
`;
