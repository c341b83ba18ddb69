// Source of schemas/plan.schema.json: run `npm run schema` after editing (CI checks the JSON is up to date).
// Written as a script so that repeated shapes (a text with **bold**, a list of units) are defined once.
const text = (description, examples) => ({ type: 'string', minLength: 1, maxLength: 20000, description, examples });
const units = (description, example) => ({
  description,
  examples: [example],
  anyOf: [
    { type: 'string', minLength: 1, maxLength: 2000 },
    { type: 'array', minItems: 1, maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 2000 } },
  ],
});
const isoOrVnDate = {
  type: 'string',
  pattern: '^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})$',
};

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Kế hoạch (parplan)',
  description:
    'Một Kế hoạch theo thể thức Nghị định 30/2020/NĐ-CP. Viết ở đầu tệp dòng "# yaml-language-server: $schema=../schemas/plan.schema.json" để trình soạn thảo gợi ý các trường.',
  type: 'object',
  additionalProperties: false,
  required: ['co_quan_ban_hanh', 'dia_danh', 'ngay_ban_hanh', 'trich_yeu', 'noi_dung', 'noi_nhan', 'nguoi_ky'],
  properties: {
    loai_van_ban: {
      description: 'Loại văn bản (Phụ lục III Nghị định 30): tên loại và chữ viết tắt dùng trong ký hiệu. Mặc định: KẾ HOẠCH, KH.',
      type: 'object',
      additionalProperties: false,
      properties: {
        ten: text('Tên loại, in hoa.', ['KẾ HOẠCH']),
        viet_tat: { type: 'string', pattern: '^[A-ZĐ]{1,6}$', description: 'Chữ viết tắt tên loại.', examples: ['KH'] },
      },
      examples: [{ ten: 'KẾ HOẠCH', viet_tat: 'KH' }],
    },
    co_quan_chu_quan: {
      description: 'Ô 2: tên cơ quan chủ quản trực tiếp (nếu có), in hoa; mỗi phần tử một dòng. UBND tỉnh không có cơ quan chủ quản.',
      examples: ['UBND TỈNH LÀO CAI', ['UBND TỈNH LẠNG SƠN']],
      anyOf: [
        { type: 'string', minLength: 1, maxLength: 200 },
        { type: 'array', minItems: 1, maxItems: 4, items: { type: 'string', minLength: 1, maxLength: 200 } },
      ],
    },
    co_quan_ban_hanh: {
      description: 'Ô 2: cơ quan ban hành kế hoạch.',
      type: 'object',
      additionalProperties: false,
      required: ['ten', 'viet_tat'],
      properties: {
        ten: {
          description: 'Tên cơ quan ban hành in hoa như trình bày ở đầu văn bản; tên dài có thể chia thành nhiều dòng (danh sách).',
          examples: ['SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', ['ỦY BAN NHÂN DÂN', 'HUYỆN BẢO THẮNG']],
          anyOf: [
            { type: 'string', minLength: 1, maxLength: 200 },
            { type: 'array', minItems: 1, maxItems: 4, items: { type: 'string', minLength: 1, maxLength: 200 } },
          ],
        },
        ten_day_du: text('Tên cơ quan viết thường, dùng trong câu ("của Sở Tài nguyên và Môi trường"). Mặc định: tên in hoa.', [
          'Sở Tài nguyên và Môi trường',
        ]),
        viet_tat: {
          type: 'string',
          pattern: '^[A-ZĐ0-9]{1,12}$',
          description: 'Chữ viết tắt tên cơ quan ban hành, dùng trong ký hiệu văn bản.',
          examples: ['STNMT', 'UBND'],
        },
      },
      examples: [{ ten: 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', ten_day_du: 'Sở Tài nguyên và Môi trường', viet_tat: 'STNMT' }],
    },
    so: {
      description: 'Ô 3: số của văn bản. Bỏ trống (hoặc null) khi chờ văn thư cấp số: "Số:      /KH-STNMT". Số dưới 10 được ghi thêm số 0 phía trước.',
      examples: [60, null],
      type: ['integer', 'null'],
      minimum: 1,
      maximum: 999999,
    },
    ky_hieu: {
      type: 'string',
      pattern: '^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)+$',
      description: 'Ô 3: ký hiệu văn bản. Mặc định: chữ viết tắt tên loại và tên cơ quan ("KH-STNMT").',
      examples: ['KH-STNMT', 'KH-UBND'],
    },
    dia_danh: text('Ô 4: địa danh nơi ban hành.', ['Lào Cai', 'Lạng Sơn']),
    ngay_ban_hanh: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
      description:
        'Ô 4: ngày ban hành, dạng NNNN-TT-NN; hoặc NNNN-TT khi để trống ngày cho người ký ("ngày      tháng 7 năm 2022").',
      examples: ['2020-06-11', '2022-07'],
    },
    khan: {
      enum: ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'],
      description: 'Ô 10b: mức độ khẩn (nếu có).',
      examples: ['KHẨN'],
    },
    luu_hanh: {
      enum: ['LƯU HÀNH NỘI BỘ', 'XEM XONG TRẢ LẠI'],
      description: 'Ô 11: chỉ dẫn về phạm vi lưu hành (nếu có).',
      examples: ['LƯU HÀNH NỘI BỘ'],
    },
    du_thao: text('Dấu "Dự thảo" ở đầu trang (nếu là dự thảo).', ['Dự thảo', 'Dự thảo lần 2']),
    trich_yeu: {
      description: 'Ô 5a: trích yếu nội dung, viết hoa chữ cái đầu. Có thể chia dòng (danh sách) như văn bản gốc; dòng dài tự xuống dòng.',
      examples: ['Nâng cao chỉ số DDCI của Sở Tài nguyên và Môi trường năm 2020', ['Duy trì, cải thiện và nâng cao Chỉ số cải cách hành chính', 'cấp tỉnh (PAR INDEX) năm 2022']],
      anyOf: [
        { type: 'string', minLength: 1, maxLength: 1000 },
        { type: 'array', minItems: 1, maxItems: 6, items: { type: 'string', minLength: 1, maxLength: 1000 } },
      ],
    },
    can_cu: { $ref: '#/$defs/can_cu' },
    mo_dau: {
      description: 'Các đoạn mở đầu sau phần căn cứ: bối cảnh, kết quả năm trước, câu dẫn "… xây dựng Kế hoạch … như sau:".',
      type: 'array',
      maxItems: 50,
      items: { $ref: '#/$defs/van_ban' },
      examples: [['Sở Tài nguyên và Môi trường xây dựng Kế hoạch cải thiện Chỉ số PAR INDEX năm 2022 với những nội dung cụ thể như sau:']],
    },
    chi_so: { $ref: '#/$defs/chi_so' },
    danh_so: {
      description: 'Cách đánh số các cấp đề mục, từ cấp mục lớn (I.) trở xuống. Mặc định: ["I", "1", "1.1", "a"].',
      type: 'array',
      minItems: 1,
      maxItems: 6,
      items: { $ref: '#/$defs/kieu_so' },
      examples: [['I', '1', '1.1', 'a'], ['I', '1', 'a']],
    },
    noi_dung: {
      description: 'Các phần lớn của kế hoạch (I., II., III.), theo thứ tự.',
      type: 'array',
      minItems: 1,
      maxItems: 30,
      items: { $ref: '#/$defs/phan' },
      examples: [[{ tieu_de: 'MỤC ĐÍCH, YÊU CẦU', noi_dung: [{ muc: 'Mục đích:', noi_dung: [{ gach_dau_dong: ['Cải thiện Chỉ số PAR INDEX.'] }] }] }]],
    },
    ket_thuc: text('Câu kết thúc nội dung, kết bằng "./.".', [
      'Trên đây là Kế hoạch cải thiện Chỉ số PAR INDEX năm 2022 của Sở Tài nguyên và Môi trường./.',
    ]),
    noi_nhan: { $ref: '#/$defs/noi_nhan' },
    nguoi_ky: { $ref: '#/$defs/nguoi_ky' },
    phu_luc: {
      description: 'Các phụ lục kèm theo kế hoạch, mỗi phụ lục trên trang riêng.',
      type: 'array',
      maxItems: 10,
      items: { $ref: '#/$defs/phu_luc' },
      examples: [[{ ten: 'PHÂN CÔNG NHIỆM VỤ', nhiem_vu: [{ noi_dung: 'Cập nhật thủ tục hành chính', chu_tri: 'Văn phòng Sở', thoi_han: 'Thường xuyên' }] }]],
    },
  },
  $defs: {
    van_ban: text('Một đoạn văn bản; có thể dùng **in đậm** và *in nghiêng*.', ['Báo cáo **trước ngày 30/11/2022**.']),
    kieu_so: {
      enum: ['I', '1', '1.1', '1.1.1', 'a', '-', 'khong'],
      description: 'Kiểu số đề mục: I (La Mã), 1, 1.1 (theo số mục cha), 1.1.1, a (chữ cái "a)"), - (gạch đầu dòng), khong (không đánh số).',
      examples: ['1.1'],
    },
    ngay: {
      ...isoOrVnDate,
      description: 'Ngày: NNNN-TT-NN (in ra theo Nghị định 30, ví dụ 30/6/2022) hoặc N/T/NNNN (in ra đúng như viết).',
      examples: ['2022-06-30', '7/3/2020'],
    },
    can_cu: {
      description: 'Phần căn cứ ban hành: các văn bản làm căn cứ, với từ dẫn ("Căn cứ", "Thực hiện", "Theo").',
      type: 'object',
      additionalProperties: false,
      required: ['van_ban'],
      properties: {
        loi_dan: text('Từ dẫn đầu phần căn cứ. Mặc định: "Căn cứ".', ['Căn cứ', 'Thực hiện', 'Theo']),
        trinh_bay: {
          enum: ['tung_dong', 'mot_doan'],
          description: 'tung_dong: mỗi văn bản một dòng, mỗi dòng bắt đầu bằng từ dẫn, kết thúc bằng ";" (mặc định); mot_doan: các văn bản nối trong một đoạn, cách nhau bằng "; ".',
          examples: ['tung_dong'],
        },
        ket_thuc: {
          enum: [';', '.'],
          description: 'Dấu kết thúc văn bản căn cứ cuối cùng. Mặc định ";" (khi có đoạn mở đầu tiếp theo).',
          examples: [';'],
        },
        van_ban: {
          type: 'array',
          minItems: 1,
          maxItems: 30,
          items: { $ref: '#/$defs/tham_chieu' },
          description: 'Các văn bản làm căn cứ, theo thứ tự.',
          examples: [[{ loai: 'Kế hoạch', so: 240, ky_hieu: 'KH-UBND', ngay: '2022-06-30', co_quan: 'UBND tỉnh Lào Cai', trich_yeu: 'duy trì, cải thiện và nâng cao Chỉ số PAR INDEX năm 2022' }]],
        },
      },
      examples: [{ loi_dan: 'Căn cứ', van_ban: [{ loai: 'Kế hoạch', so: 240, ky_hieu: 'KH-UBND', ngay: '2022-06-30', co_quan: 'UBND tỉnh Lào Cai', trich_yeu: 'cải thiện Chỉ số PAR INDEX năm 2022' }] }],
    },
    tham_chieu: {
      description:
        'Một văn bản được viện dẫn, in theo mẫu "Kế hoạch số 240/KH-UBND ngày 30/6/2022 của UBND tỉnh Lào Cai về …"; hoặc một câu viết tự do (tu_do).',
      anyOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['loai', 'so', 'ky_hieu', 'ngay', 'co_quan', 'trich_yeu'],
          properties: {
            loai: text('Loại văn bản, viết như trong câu.', ['Kế hoạch', 'Nghị quyết', 'Quyết định', 'Công văn', 'Chỉ thị']),
            so: {
              description: 'Số văn bản; với văn bản quy phạm pháp luật, số kèm năm ("02/2018").',
              examples: [240, '02/2018'],
              anyOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^\\d+(/\\d{4})?$' }],
            },
            ky_hieu: { type: 'string', pattern: '^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$', description: 'Ký hiệu văn bản.', examples: ['KH-UBND', 'NQ-CP', 'UBND-KTTH'] },
            ngay: { $ref: '#/$defs/ngay' },
            co_quan: text('Cơ quan ban hành, viết như trong câu.', ['UBND tỉnh Lào Cai', 'Chính phủ']),
            trich_yeu: text('Nội dung văn bản, in sau chữ "về".', ['duy trì, cải thiện và nâng cao Chỉ số PAR INDEX năm 2022', 'việc tiếp tục thực hiện …']),
            ten_goi_tat: text('Tên gọi tắt dùng lại trong văn bản, in trong ngoặc sau lần viện dẫn đầy đủ.', ['Kế hoạch số 40/KH-UBND']),
          },
          examples: [{ loai: 'Kế hoạch', so: 40, ky_hieu: 'KH-UBND', ngay: '7/3/2020', co_quan: 'UBND tỉnh', trich_yeu: 'thực hiện bộ chỉ số DDCI năm 2020', ten_goi_tat: 'Kế hoạch số 40/KH-UBND' }],
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['tu_do'],
          properties: { tu_do: text('Văn bản căn cứ viết tự do (không có từ dẫn và dấu kết thúc).', ['ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại cuộc họp ngày 15/3/2024']) },
          examples: [{ tu_do: 'ý kiến chỉ đạo của Chủ tịch UBND tỉnh' }],
        },
      ],
    },
    ket_qua: {
      description: 'Kết quả năm trước của một chỉ số (thành phần): điểm trên điểm tối đa, tỷ lệ %, thứ hạng trên tổng số.',
      type: 'object',
      additionalProperties: false,
      properties: {
        nam: { type: 'integer', minimum: 2000, maximum: 2100, description: 'Năm của kết quả.', examples: [2021] },
        diem: { type: 'number', minimum: 0, description: 'Điểm đạt được.', examples: [12.98] },
        diem_toi_da: { type: 'number', exclusiveMinimum: 0, description: 'Điểm tối đa.', examples: [16] },
        ty_le: { type: 'number', minimum: 0, maximum: 100, description: 'Chỉ số (%).', examples: [89.47] },
        xep_hang: { type: 'integer', minimum: 1, description: 'Thứ hạng.', examples: [24] },
        tong_so: { type: 'integer', minimum: 1, description: 'Tổng số đơn vị được xếp hạng.', examples: [63] },
      },
      examples: [{ nam: 2021, diem: 12.98, diem_toi_da: 16, xep_hang: 24, tong_so: 63 }],
    },
    chi_tieu: {
      description: 'Mục tiêu năm nay: điểm, tỷ lệ %, thứ hạng hoặc khoảng thứ hạng; van_ban là câu chỉ tiêu viết sẵn (nếu muốn giữ nguyên cách viết).',
      type: 'object',
      additionalProperties: false,
      properties: {
        diem: { type: 'number', minimum: 0, description: 'Điểm phấn đấu (đạt trên).', examples: [7.8] },
        ty_le: { type: 'number', minimum: 0, maximum: 100, description: 'Chỉ số (%) phấn đấu.', examples: [90] },
        xep_hang_tu: { type: 'integer', minimum: 1, description: 'Thứ hạng phấn đấu (cao nhất, số nhỏ).', examples: [20] },
        xep_hang_den: { type: 'integer', minimum: 1, description: 'Thứ hạng phấn đấu (thấp nhất); bỏ qua nếu là một thứ hạng.', examples: [24] },
        van_ban: text('Câu chỉ tiêu in nguyên văn thay cho câu mặc định.', ['Chỉ tiêu phấn đấu năm 2020: đạt trên 7,80 điểm (Năm 2019 được 6,77 điểm).']),
      },
      examples: [{ diem: 7.8 }],
    },
    chi_so: {
      description: 'Chỉ số mà kế hoạch nhằm cải thiện (PAR INDEX, SIPAS, DDCI, PCI) và các chỉ số thành phần.',
      type: 'object',
      additionalProperties: false,
      required: ['ten', 'thanh_phan'],
      properties: {
        ten: text('Tên chỉ số.', ['PAR INDEX', 'DDCI', 'SIPAS', 'PCI']),
        nam: { type: 'integer', minimum: 2000, maximum: 2100, description: 'Năm kế hoạch. Mặc định: năm ban hành.', examples: [2022] },
        ket_qua: { $ref: '#/$defs/ket_qua' },
        chi_tieu: { $ref: '#/$defs/chi_tieu' },
        thanh_phan: {
          type: 'array',
          minItems: 1,
          maxItems: 30,
          items: { $ref: '#/$defs/thanh_phan' },
          description: 'Các chỉ số thành phần (lĩnh vực), theo thứ tự.',
          examples: [[{ ten: 'Cải cách thủ tục hành chính', chu_tri: 'Văn phòng Sở' }]],
        },
      },
      examples: [{ ten: 'PAR INDEX', thanh_phan: [{ ten: 'Cải cách thủ tục hành chính' }] }],
    },
    thanh_phan: {
      description: 'Một chỉ số thành phần: kết quả năm trước, chỉ tiêu năm nay, nhiệm vụ, đơn vị chủ trì và phối hợp.',
      type: 'object',
      additionalProperties: false,
      required: ['ten'],
      properties: {
        ten: text('Tên chỉ số thành phần, như kế hoạch viết.', ['Cải cách thủ tục hành chính', 'Tính minh bạch và tiếp cận thông tin']),
        tieu_de: text('Đề mục in nguyên văn thay cho đề mục mặc định của mẫu.', ['Chỉ số "Cạnh tranh bình đẳng"']),
        ket_qua: { $ref: '#/$defs/ket_qua' },
        chi_tieu: { $ref: '#/$defs/chi_tieu' },
        chu_tri: units('Đơn vị chủ trì.', 'Văn phòng Sở'),
        phoi_hop: units('Đơn vị phối hợp.', ['Thanh tra Sở', 'Phòng Kế hoạch - Tài chính']),
        nhiem_vu: {
          type: 'array',
          maxItems: 200,
          items: { $ref: '#/$defs/khoi' },
          description: 'Mục tiêu, nhiệm vụ và giải pháp của chỉ số thành phần.',
          examples: [[{ gach_dau_dong: ['Công khai 100% thủ tục hành chính.'] }]],
        },
      },
      examples: [{ ten: 'Cải cách thủ tục hành chính', chu_tri: 'Văn phòng Sở', nhiem_vu: ['Rà soát thủ tục hành chính.'] }],
    },
    phan: {
      description: 'Một phần lớn (I., II. …): tiêu đề in hoa và nội dung; hoặc phần trình bày các chỉ số thành phần (thanh_phan).',
      type: 'object',
      additionalProperties: false,
      required: ['tieu_de'],
      properties: {
        tieu_de: text('Tiêu đề phần, in hoa.', ['MỤC ĐÍCH, YÊU CẦU', 'TỔ CHỨC THỰC HIỆN']),
        noi_dung: {
          type: 'array',
          maxItems: 500,
          items: { $ref: '#/$defs/khoi' },
          description: 'Nội dung của phần (in trước các chỉ số thành phần, nếu có).',
          examples: [['Đoạn văn.', { muc: 'Mục đích:', noi_dung: ['Đoạn văn.'] }]],
        },
        thanh_phan: {
          enum: ['muc_tieu_trach_nhiem', 'chi_tieu_nhiem_vu'],
          description:
            'Trình bày các chỉ số thành phần của chi_so trong phần này: muc_tieu_trach_nhiem ("1.1. Mục tiêu, nhiệm vụ chủ yếu" và "1.2. Trách nhiệm thực hiện"); chi_tieu_nhiem_vu (dòng chỉ tiêu rồi các nhiệm vụ).',
          examples: ['muc_tieu_trach_nhiem'],
        },
        ket: {
          type: 'array',
          maxItems: 50,
          items: { $ref: '#/$defs/khoi' },
          description: 'Nội dung in sau các chỉ số thành phần.',
          examples: [[{ ghi_chu: '(Nội dung chi tiết tại Phụ lục kèm theo)' }]],
        },
      },
      examples: [{ tieu_de: 'TỔ CHỨC THỰC HIỆN', noi_dung: [{ muc: 'Giao Văn phòng Sở làm đầu mối.' }] }],
    },
    khoi: {
      description:
        'Một khối nội dung: một đoạn văn (chuỗi); một mục có đánh số (muc); danh sách gạch đầu dòng (gach_dau_dong); ghi chú in nghiêng (ghi_chu); bảng chỉ tiêu (bang_chi_tieu); bảng (bang).',
      examples: ['Một đoạn văn.', { muc: 'Mục đích:', noi_dung: ['Đoạn văn.'] }, { gach_dau_dong: ['Ý thứ nhất.', { y: 'Ý có ý con:', y_con: ['Ý con.'] }] }],
      anyOf: [
        { $ref: '#/$defs/van_ban' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['muc'],
          properties: {
            muc: text('Đề mục (không ghi số: số được đánh tự động), hoặc cả đoạn văn mở đầu bằng số mục.', ['Mục đích:']),
            kieu_so: { $ref: '#/$defs/kieu_so' },
            noi_dung: { type: 'array', maxItems: 500, items: { $ref: '#/$defs/khoi' }, description: 'Nội dung của mục.', examples: [['Đoạn văn.']] },
          },
          examples: [{ muc: 'Mục đích:', noi_dung: ['Đoạn văn.'] }],
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['gach_dau_dong'],
          properties: {
            gach_dau_dong: {
              type: 'array',
              minItems: 1,
              maxItems: 200,
              description: 'Các ý gạch đầu dòng ("- "); một ý có thể có các ý con ("+ ").',
              items: {
                anyOf: [
                  { $ref: '#/$defs/van_ban' },
                  {
                    type: 'object',
                    additionalProperties: false,
                    required: ['y'],
                    properties: {
                      y: { $ref: '#/$defs/van_ban' },
                      y_con: { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/$defs/van_ban' }, description: 'Các ý con ("+ ").', examples: [['Ý con.']] },
                    },
                    examples: [{ y: 'Phấn đấu hết năm 2022:', y_con: ['100% thủ tục hành chính được cung cấp trực tuyến.'] }],
                  },
                ],
              },
              examples: [['Ý thứ nhất.', 'Ý thứ hai.']],
            },
          },
          examples: [{ gach_dau_dong: ['Ý thứ nhất.'] }],
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['cong'],
          properties: {
            cong: { type: 'array', minItems: 1, maxItems: 200, items: { $ref: '#/$defs/van_ban' }, description: 'Các ý "+ " không nằm dưới một gạch đầu dòng.', examples: [['Ý.']] },
          },
          examples: [{ cong: ['Ý.'] }],
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['ghi_chu'],
          properties: { ghi_chu: { $ref: '#/$defs/van_ban' } },
          examples: [{ ghi_chu: '(Nội dung chi tiết tại Phụ lục kèm theo)' }],
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['bang_chi_tieu'],
          properties: {
            bang_chi_tieu: {
              type: 'object',
              additionalProperties: false,
              description: 'Bảng chỉ tiêu lập từ chi_so: STT, chỉ số thành phần, kết quả năm trước (chỉ số %, thứ hạng), mục tiêu (chỉ số %, thứ hạng), đơn vị chủ trì; dòng tổng và ghi chú.',
              properties: {
                ghi_chu: { type: 'array', maxItems: 20, items: { $ref: '#/$defs/van_ban' }, description: 'Ghi chú dưới bảng.', examples: [['Thứ hạng tính trên 63 tỉnh, thành phố.']] },
              },
              examples: [{ ghi_chu: ['Thứ hạng tính trên 63 tỉnh, thành phố.'] }],
            },
          },
          examples: [{ bang_chi_tieu: {} }],
        },
      ],
    },
    noi_nhan: {
      description: 'Ô 9b: nơi nhận, mỗi nơi một dòng (không ghi dấu "-" và dấu ";" — mẫu tự thêm); dòng cuối "Lưu: VT, <đơn vị soạn thảo>".',
      type: 'object',
      additionalProperties: false,
      required: ['danh_sach'],
      properties: {
        nhan_de: text('Chữ "Nơi nhận:" (chỉ ghi khi khác mặc định).', ['Nơi nhận:']),
        danh_sach: {
          type: 'array',
          minItems: 1,
          maxItems: 60,
          items: text('Một nơi nhận; ghi chú trong ngoặc như "(b/c)" được phép.', ['Sở Nội vụ', 'UBND tỉnh (b/c)', 'Lưu: VT, VP']),
          description: 'Các nơi nhận theo thứ tự; dòng cuối là "Lưu: VT, …".',
          examples: [['Sở Nội vụ', 'Lãnh đạo Sở', 'Lưu: VT, VP']],
        },
        nguoi_soan: text('Ô 12: ký hiệu người soạn thảo và số lượng bản (nếu có).', ['TH.(20)']),
      },
      examples: [{ danh_sach: ['Sở Nội vụ', 'Lãnh đạo Sở', 'Lưu: VT, VP'] }],
    },
    nguoi_ky: {
      description: 'Ô 7: thẩm quyền, chức vụ và họ tên người ký.',
      type: 'object',
      additionalProperties: false,
      required: ['ho_ten'],
      properties: {
        tham_quyen: {
          description: 'Các dòng thẩm quyền ký: TM. (thay mặt tập thể), KT. (ký thay người đứng đầu), Q. (quyền), TL. (thừa lệnh), TUQ. (thừa ủy quyền), kèm tập thể hoặc chức vụ được ký thay.',
          type: 'array',
          minItems: 1,
          maxItems: 3,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['quyen', 'cho'],
            properties: {
              quyen: { enum: ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'], description: 'Thẩm quyền.', examples: ['KT.'] },
              cho: text('Tập thể hoặc chức vụ người đứng đầu, in hoa.', ['GIÁM ĐỐC', 'ỦY BAN NHÂN DÂN']),
            },
            examples: [{ quyen: 'KT.', cho: 'GIÁM ĐỐC' }],
          },
          examples: [[{ quyen: 'KT.', cho: 'GIÁM ĐỐC' }], [{ quyen: 'TM.', cho: 'ỦY BAN NHÂN DÂN' }, { quyen: 'KT.', cho: 'CHỦ TỊCH' }]],
        },
        chuc_vu: text('Chức vụ người ký, in hoa (bỏ qua khi dòng thẩm quyền đã đủ, ví dụ "Q. CHỦ TỊCH").', ['PHÓ GIÁM ĐỐC', 'GIÁM ĐỐC']),
        ho_ten: text('Họ tên người ký (không ghi học hàm, học vị).', ['Phạm Bình Minh']),
      },
      examples: [{ tham_quyen: [{ quyen: 'KT.', cho: 'GIÁM ĐỐC' }], chuc_vu: 'PHÓ GIÁM ĐỐC', ho_ten: 'Phạm Bình Minh' }],
    },
    phu_luc: {
      description: 'Một phụ lục: bảng phân công nhiệm vụ (nhiệm vụ, chủ trì, phối hợp, thời hạn, sản phẩm), trên trang riêng.',
      type: 'object',
      additionalProperties: false,
      required: ['ten', 'nhiem_vu'],
      properties: {
        so_hieu: text('Số hiệu phụ lục ("I", "II"); bỏ trống khi chỉ có một phụ lục ("PHỤ LỤC").', ['I']),
        ten: text('Tên phụ lục, in hoa.', ['PHÂN CÔNG NHIỆM VỤ CẢI THIỆN CHỈ SỐ DDCI NĂM 2020']),
        huong: { enum: ['ngang', 'doc'], description: 'Hướng trang: ngang (mặc định, cho bảng rộng) hoặc dọc.', examples: ['ngang'] },
        nhiem_vu: {
          type: 'array',
          minItems: 1,
          maxItems: 1000,
          description: 'Các dòng của bảng; một nhóm (nhom) là dòng tiêu đề nhóm kèm các nhiệm vụ của nó.',
          items: { anyOf: [{ $ref: '#/$defs/nhiem_vu' }, { $ref: '#/$defs/nhom_nhiem_vu' }] },
          examples: [[{ noi_dung: 'Cập nhật thủ tục hành chính', chu_tri: 'Văn phòng Sở', thoi_han: 'Thường xuyên' }]],
        },
        ghi_chu: { type: 'array', maxItems: 20, items: { $ref: '#/$defs/van_ban' }, description: 'Ghi chú dưới bảng.', examples: [['Thời hạn báo cáo: trước ngày 15/12/2020.']] },
      },
      examples: [{ ten: 'PHÂN CÔNG NHIỆM VỤ', nhiem_vu: [{ noi_dung: 'Cập nhật thủ tục hành chính', chu_tri: 'Văn phòng Sở', thoi_han: 'Thường xuyên' }] }],
    },
    nhom_nhiem_vu: {
      type: 'object',
      additionalProperties: false,
      required: ['nhom', 'nhiem_vu'],
      description: 'Một nhóm nhiệm vụ (theo chỉ số thành phần hoặc lĩnh vực).',
      properties: {
        nhom: text('Tên nhóm, in đậm trên một dòng của bảng.', ['Chỉ số "Tính minh bạch và tiếp cận thông tin"']),
        nhiem_vu: { type: 'array', minItems: 1, maxItems: 500, items: { $ref: '#/$defs/nhiem_vu' }, description: 'Nhiệm vụ của nhóm.', examples: [[{ noi_dung: 'Công khai quy hoạch', chu_tri: 'Văn phòng Sở' }]] },
      },
      examples: [{ nhom: 'Chỉ số "Chi phí thời gian"', nhiem_vu: [{ noi_dung: 'Rà soát thủ tục hành chính', chu_tri: 'Văn phòng Sở' }] }],
    },
    nhiem_vu: {
      type: 'object',
      additionalProperties: false,
      required: ['noi_dung', 'chu_tri'],
      description: 'Một nhiệm vụ trong bảng phân công.',
      properties: {
        noi_dung: { $ref: '#/$defs/van_ban' },
        chu_tri: units('Đơn vị chủ trì.', 'Văn phòng Sở'),
        phoi_hop: units('Đơn vị phối hợp.', 'Các phòng, đơn vị thuộc Sở'),
        thoi_han: text('Thời hạn hoàn thành.', ['Thường xuyên', 'Trước 30/11/2022', 'Quý III/2024']),
        san_pham: text('Sản phẩm, kết quả đầu ra.', ['Báo cáo', 'Kế hoạch được ban hành']),
      },
      examples: [{ noi_dung: 'Rà soát thủ tục hành chính', chu_tri: 'Văn phòng Sở', phoi_hop: 'Các phòng chuyên môn', thoi_han: 'Quý II/2022', san_pham: 'Báo cáo rà soát' }],
    },
  },
};

export default schema;
