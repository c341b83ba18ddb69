// The Vietnamese comments `parplan init` writes above each field of a new plan, for the clerk who fills
// it in. Keyed by path: "a.b" for a field of a map, "a[0].b" for the first item of a list only (the
// other items look the same, and one explanation is enough). Placeholders in angle brackets, never
// numbers: an example number in a comment could be copied into a plan as if it were a result.
export const FIELD_NOTES: Record<string, string> = {
  co_quan_chu_quan:
    'Ô 2 (Nghị định 30/2020/NĐ-CP): cơ quan chủ quản trực tiếp, in hoa, ví dụ "UBND TỈNH <TÊN TỈNH>".\n' +
    'Ủy ban nhân dân cấp tỉnh, cấp huyện ban hành văn bản không có dòng này.',
  co_quan_ban_hanh: 'Ô 2: cơ quan ban hành kế hoạch.',
  'co_quan_ban_hanh.ten': 'Tên in hoa như ở đầu văn bản; tên dài có thể chia thành nhiều dòng (một danh sách).',
  'co_quan_ban_hanh.ten_day_du': 'Tên viết thường, dùng trong câu ("của Sở …").',
  'co_quan_ban_hanh.viet_tat': 'Chữ viết tắt tên cơ quan, dùng trong ký hiệu văn bản (chữ in hoa, không dấu cách).',
  so:
    'Ô 3: số văn bản. Để null khi chờ văn thư cấp số: văn bản in "Số:      /KH-…".\n' +
    'Khi đã có số, ghi số (ví dụ so: <số>); số dưới 10 được in thêm số 0 phía trước.',
  ky_hieu: 'Ô 3: ký hiệu văn bản: KH (kế hoạch) - chữ viết tắt tên cơ quan. Sửa nếu đơn vị dùng ký hiệu khác.',
  dia_danh: 'Ô 4: địa danh nơi ban hành (tên tỉnh hoặc huyện, không ghi "tỉnh", "huyện").',
  ngay_ban_hanh:
    'Ô 4: ngày ban hành. Chỉ ghi năm-tháng (NNNN-TT) để trống ngày như các kế hoạch thật\n' +
    '("ngày      tháng 7 năm 2022"): văn thư điền ngày khi người có thẩm quyền ký. Khi đã ký, ghi đủ NNNN-TT-NN.',
  trich_yeu: 'Ô 5a: trích yếu nội dung, viết hoa chữ cái đầu. Muốn tự ngắt dòng, viết thành danh sách các dòng.',
  can_cu:
    'Căn cứ ban hành, mỗi văn bản một dòng. Văn bản đã biết số, ngày nên ghi đủ các trường để parplan trình bày\n' +
    'đúng Nghị định 30: {loai: Kế hoạch, so: <số>, ky_hieu: KH-UBND, ngay: <NNNN-TT-NN>, co_quan: <cơ quan>,\n' +
    'trich_yeu: <nội dung, sau chữ "về">}. tu_do là một căn cứ viết tự do. loi_dan: Căn cứ (mặc định), Thực hiện, Theo.',
  mo_dau: 'Các đoạn mở đầu: kết quả năm trước (điểm, thứ hạng, các chỉ số thành phần còn thấp), rồi câu dẫn "… như sau:".',
  chi_so:
    'Chỉ số cần cải thiện và các chỉ số thành phần (xem tên mẫu và phương pháp ở đầu tệp).\n' +
    'Kết quả năm trước và chỉ tiêu năm nay có thể ghi bằng số, khi đã có kết quả công bố, ví dụ:\n' +
    '  ket_qua: {nam: <năm trước>, diem: <điểm>, diem_toi_da: <điểm tối đa>, xep_hang: <hạng>, tong_so: <số đơn vị>}\n' +
    '  chi_tieu: {diem: <điểm>, xep_hang_tu: <hạng>, xep_hang_den: <hạng>}',
  'chi_so.ten': 'Tên chỉ số.',
  'chi_so.nam': 'Năm của kế hoạch.',
  'chi_so.thanh_phan':
    'Các chỉ số thành phần, theo thứ tự của phương pháp. Tên (ten) là tên chính thức; đơn vị có thể sửa cho đúng\n' +
    'cách viết của mình, hoặc ghi đề mục nguyên văn bằng tieu_de.',
  'chi_so.thanh_phan[0].chi_tieu':
    'Dòng chỉ tiêu in nguyên văn (van_ban); hoặc bằng số: diem, ty_le (%), xep_hang_tu, xep_hang_den.',
  'chi_so.thanh_phan[0].nhiem_vu':
    'Mục tiêu, nhiệm vụ, giải pháp: gạch đầu dòng (gach_dau_dong), đoạn văn (một chuỗi) hoặc mục đánh số (muc).',
  'chi_so.thanh_phan[0].chu_tri': 'Đơn vị chủ trì: một đơn vị, hoặc một danh sách.',
  'chi_so.thanh_phan[0].phoi_hop': 'Đơn vị phối hợp.',
  noi_dung:
    'Các phần lớn I., II., III. (parplan tự đánh số). Một phần có thanh_phan trình bày các chỉ số thành phần của chi_so.\n' +
    'Trong nội dung: một chuỗi là một đoạn văn; muc là mục đánh số tự động; gach_dau_dong là các ý "- ";\n' +
    'cong là các ý "+ "; ghi_chu là ghi chú in nghiêng. **in đậm** và *in nghiêng* dùng được trong mọi đoạn.',
  ket_thuc: 'Câu kết thúc nội dung, kết bằng "./.".',
  noi_nhan:
    'Ô 9b: nơi nhận, mỗi nơi một dòng, không ghi dấu "-" và ";" (parplan tự thêm).\n' +
    'Dòng cuối: "Lưu: VT, <chữ viết tắt đơn vị soạn thảo>".',
  nguoi_ky:
    'Ô 7: thẩm quyền ký (TM. thay mặt tập thể, KT. ký thay người đứng đầu, Q. quyền, TL. thừa lệnh, TUQ. thừa ủy quyền),\n' +
    'chức vụ và họ tên người ký (không ghi học hàm, học vị).',
  phu_luc: 'Các phụ lục (bảng phân công nhiệm vụ), mỗi phụ lục trên một trang riêng.',
};
