import type { OrganizationKind } from "../model.js";

/**
 * The names of bodies the genre refers to, spelt in full, with the short forms
 * a report may use. Matching is on lower-cased text, so entries are lower case;
 * `name` is how a reader writes the body in full.
 */
export interface NamedBody {
  /** Lower-case spellings, longest first where one extends another. */
  forms: readonly string[];
  name: string;
}

/** Departments of a provincial People's Committee ("Sở …"), before and after the 2025 mergers. */
export const DEPARTMENTS: readonly NamedBody[] = [
  {
    name: "Thông tin và Truyền thông",
    forms: ["thông tin và truyền thông", "thông tin - truyền thông", "tt&tt", "tt & tt", "tt-tt", "tttt", "tt&t", "tt và tt"],
  },
  { name: "Khoa học và Công nghệ", forms: ["khoa học và công nghệ", "khoa học - công nghệ", "kh&cn", "khcn"] },
  { name: "Kế hoạch và Đầu tư", forms: ["kế hoạch và đầu tư", "kh&đt", "khđt"] },
  { name: "Tài chính", forms: ["tài chính"] },
  { name: "Nội vụ", forms: ["nội vụ"] },
  { name: "Tư pháp", forms: ["tư pháp"] },
  { name: "Công Thương", forms: ["công thương"] },
  { name: "Xây dựng", forms: ["xây dựng"] },
  { name: "Y tế", forms: ["y tế"] },
  { name: "Ngoại vụ", forms: ["ngoại vụ"] },
  { name: "Giáo dục và Đào tạo", forms: ["giáo dục và đào tạo", "gd&đt", "gdđt"] },
  { name: "Giao thông vận tải", forms: ["giao thông vận tải", "giao thông - vận tải", "gtvt"] },
  { name: "Tài nguyên và Môi trường", forms: ["tài nguyên và môi trường", "tn&mt", "tnmt"] },
  { name: "Nông nghiệp và Phát triển nông thôn", forms: ["nông nghiệp và phát triển nông thôn", "nn&ptnt", "nnptnt"] },
  { name: "Nông nghiệp và Môi trường", forms: ["nông nghiệp và môi trường", "nn&mt"] },
  {
    name: "Lao động - Thương binh và Xã hội",
    forms: ["lao động - thương binh và xã hội", "lao động, thương binh và xã hội", "lđ-tb&xh", "lđtbxh"],
  },
  {
    name: "Văn hóa, Thể thao và Du lịch",
    forms: ["văn hóa, thể thao và du lịch", "văn hóa - thể thao và du lịch", "vh-tt&dl", "vhttdl", "vh,tt&dl"],
  },
  { name: "Văn hóa và Thể thao", forms: ["văn hóa và thể thao"] },
  { name: "Du lịch", forms: ["du lịch"] },
  { name: "Dân tộc và Tôn giáo", forms: ["dân tộc và tôn giáo"] },
  // Before the 2007–2008 reorganisation that created the Sở Thông tin và Truyền thông.
  { name: "Bưu chính, Viễn thông", forms: ["bưu chính, viễn thông", "bưu chính viễn thông", "bưu chính - viễn thông", "bc-vt", "bcvt"] },
  { name: "Văn hóa - Thông tin", forms: ["văn hóa - thông tin", "văn hóa, thông tin", "văn hóa thông tin", "văn hóa-thông tin"] },
];

/** Ministries ("Bộ …"). */
export const MINISTRIES: readonly NamedBody[] = [
  { name: "Thông tin và Truyền thông", forms: ["thông tin và truyền thông", "tt&tt", "tt & tt", "tttt", "tt-tt"] },
  { name: "Khoa học và Công nghệ", forms: ["khoa học và công nghệ", "kh&cn"] },
  { name: "Kế hoạch và Đầu tư", forms: ["kế hoạch và đầu tư", "kh&đt"] },
  { name: "Tài chính", forms: ["tài chính"] },
  { name: "Nội vụ", forms: ["nội vụ"] },
  { name: "Tư pháp", forms: ["tư pháp"] },
  { name: "Công an", forms: ["công an"] },
  { name: "Quốc phòng", forms: ["quốc phòng"] },
  { name: "Ngoại giao", forms: ["ngoại giao"] },
  { name: "Công Thương", forms: ["công thương"] },
  { name: "Xây dựng", forms: ["xây dựng"] },
  { name: "Y tế", forms: ["y tế"] },
  { name: "Giáo dục và Đào tạo", forms: ["giáo dục và đào tạo", "gd&đt"] },
  { name: "Giao thông vận tải", forms: ["giao thông vận tải", "gtvt"] },
  { name: "Tài nguyên và Môi trường", forms: ["tài nguyên và môi trường", "tn&mt"] },
  { name: "Nông nghiệp và Phát triển nông thôn", forms: ["nông nghiệp và phát triển nông thôn", "nn&ptnt"] },
  { name: "Nông nghiệp và Môi trường", forms: ["nông nghiệp và môi trường"] },
  { name: "Lao động - Thương binh và Xã hội", forms: ["lao động - thương binh và xã hội", "lao động, thương binh và xã hội", "lđ-tb&xh"] },
  { name: "Văn hóa, Thể thao và Du lịch", forms: ["văn hóa, thể thao và du lịch", "vh-tt&dl", "vhttdl"] },
  { name: "Dân tộc và Tôn giáo", forms: ["dân tộc và tôn giáo"] },
  { name: "Bưu chính, Viễn thông", forms: ["bưu chính, viễn thông", "bưu chính viễn thông", "bưu chính - viễn thông"] },
];

/** National bodies named without a province. Capitalisation is checked by the matcher. */
export const NATIONAL_BODIES: ReadonlyArray<NamedBody & { kind: OrganizationKind }> = [
  { name: "Thủ tướng Chính phủ", forms: ["thủ tướng chính phủ"], kind: "GOVERNMENT" },
  { name: "Văn phòng Chính phủ", forms: ["văn phòng chính phủ"], kind: "GOVERNMENT" },
  { name: "Chính phủ", forms: ["chính phủ"], kind: "GOVERNMENT" },
  { name: "Bộ Chính trị", forms: ["bộ chính trị"], kind: "PARTY_COMMITTEE" },
  { name: "Ban Bí thư", forms: ["ban bí thư"], kind: "PARTY_COMMITTEE" },
  {
    name: "Ban Chấp hành Trung ương Đảng",
    forms: ["ban chấp hành trung ương đảng", "ban chấp hành trung ương", "bch trung ương đảng", "bch trung ương"],
    kind: "PARTY_COMMITTEE",
  },
  { name: "Ban Cơ yếu Chính phủ", forms: ["ban cơ yếu chính phủ"], kind: "OTHER" },
  { name: "Ban Tuyên giáo Trung ương", forms: ["ban tuyên giáo trung ương"], kind: "OTHER" },
  { name: "Ban Tuyên giáo và Dân vận Trung ương", forms: ["ban tuyên giáo và dân vận trung ương"], kind: "OTHER" },
  { name: "Ủy ban Quốc gia về chuyển đổi số", forms: ["ủy ban quốc gia về chuyển đổi số"], kind: "OTHER" },
  { name: "Ngân hàng Nhà nước Việt Nam", forms: ["ngân hàng nhà nước việt nam"], kind: "OTHER" },
  { name: "Kiểm toán Nhà nước", forms: ["kiểm toán nhà nước"], kind: "OTHER" },
  { name: "Liên minh Hợp tác xã Việt Nam", forms: ["liên minh hợp tác xã việt nam"], kind: "OTHER" },
  { name: "Ủy ban Thường vụ Quốc hội", forms: ["ủy ban thường vụ quốc hội"], kind: "OTHER" },
  { name: "Quốc hội", forms: ["quốc hội"], kind: "OTHER" },
  { name: "Thông tấn xã Việt Nam", forms: ["thông tấn xã việt nam", "ttxvn"], kind: "MEDIA" },
  { name: "Đài Truyền hình Việt Nam", forms: ["đài truyền hình việt nam"], kind: "MEDIA" },
  { name: "Đài Tiếng nói Việt Nam", forms: ["đài tiếng nói việt nam"], kind: "MEDIA" },
];

/**
 * Telecom and IT enterprises whose provincial branches are named
 * "<brand> <province>" ("Viễn thông Thái Nguyên", "Chi nhánh Viettel Thái Nguyên").
 */
export const ENTERPRISE_BRANDS: readonly NamedBody[] = [
  { name: "Viettel", forms: ["viettel"] },
  { name: "VNPT", forms: ["vnpt"] },
  { name: "Viễn thông", forms: ["viễn thông"] },
  { name: "FPT", forms: ["fpt"] },
  { name: "MobiFone", forms: ["mobifone"] },
  { name: "Vietnamobile", forms: ["vietnamobile"] },
  { name: "Bưu điện tỉnh", forms: ["bưu điện tỉnh", "bưu điện"] },
  // The province's power company ("Điện lực Hà Nam"), whose poles carry the telecom cables.
  { name: "Điện lực", forms: ["điện lực"] },
];

/** Provincial bodies named "<head> tỉnh <province>" besides the Sở, UBND and HĐND. */
export const PROVINCIAL_BODIES: ReadonlyArray<NamedBody & { kind: OrganizationKind }> = [
  { name: "Cổng thông tin điện tử", forms: ["cổng thông tin điện tử", "cổng ttđt", "cttđt"], kind: "MEDIA" },
  // Written out with "và", the station keeps its "và" ("Đài Phát thanh và Truyền hình tỉnh Sóc Trăng").
  { name: "Đài Phát thanh và Truyền hình", forms: ["đài phát thanh và truyền hình"], kind: "MEDIA" },
  // The provincial newspaper and station merged in 2025 ("Báo và Phát thanh, Truyền hình Lâm Đồng").
  {
    name: "Báo và Phát thanh, Truyền hình",
    forms: ["báo và phát thanh, truyền hình", "báo và phát thanh - truyền hình", "báo và phát thanh truyền hình"],
    kind: "MEDIA",
  },
  // A district's station ("Đài Truyền thanh - Truyền hình huyện X").
  {
    name: "Đài Truyền thanh - Truyền hình",
    forms: ["đài truyền thanh - truyền hình", "đài truyền thanh – truyền hình", "đài truyền thanh-truyền hình"],
    kind: "MEDIA",
  },
  { name: "Đài Truyền thanh", forms: ["đài truyền thanh"], kind: "MEDIA" },
  {
    name: "Đài Phát thanh - Truyền hình",
    forms: [
      "đài phát thanh - truyền hình",
      "đài phát thanh – truyền hình",
      "đài phát thanh truyền hình",
      "đài pt-th",
      "đài pt&th",
      "đài pt - th",
    ],
    kind: "MEDIA",
  },
  {
    name: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
    forms: ["văn phòng hội đồng nhân dân và ủy ban nhân dân", "văn phòng hđnd và ubnd", "văn phòng hđnd - ubnd", "văn phòng hđnd-ubnd"],
    kind: "OTHER",
  },
  { name: "Văn phòng Ủy ban nhân dân", forms: ["văn phòng ủy ban nhân dân", "văn phòng ubnd"], kind: "OTHER" },
  {
    name: "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân",
    forms: [
      "văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân",
      "văn phòng đoàn đại biểu quốc hội và hđnd",
      "văn phòng đoàn đbqh và hđnd",
    ],
    kind: "OTHER",
  },
  // The province's delegation to the National Assembly, which meets voters.
  { name: "Đoàn đại biểu Quốc hội", forms: ["đoàn đại biểu quốc hội", "đoàn đbqh"], kind: "OTHER" },
  // The council's standing committees ("Ban Văn hóa - Xã hội HĐND tỉnh").
  ...["Văn hóa - Xã hội", "Kinh tế - Ngân sách", "Pháp chế", "Dân tộc", "Đô thị"].map((topic) => ({
    name: `Ban ${topic} Hội đồng nhân dân`,
    forms: [`ban ${topic.toLowerCase()} hội đồng nhân dân`, `ban ${topic.toLowerCase()} hđnd`],
    kind: "OTHER" as const,
  })),
  { name: "Ban Dân tộc và Tôn giáo", forms: ["ban dân tộc và tôn giáo"], kind: "OTHER" },
  { name: "Ban Dân tộc", forms: ["ban dân tộc"], kind: "OTHER" },
  { name: "Văn phòng Tỉnh ủy", forms: ["văn phòng tỉnh ủy"], kind: "PARTY_COMMITTEE" },
  // A Ban of the Tỉnh ủy is named after it ("Ban Tuyên giáo Tỉnh ủy Sóc Trăng", no second "tỉnh").
  { name: "Ban Tuyên giáo Tỉnh ủy", forms: ["ban tuyên giáo tỉnh ủy"], kind: "OTHER" },
  // A centrally governed city's Party committee is its Thành ủy ("Ban Tuyên giáo Thành ủy Cần Thơ").
  { name: "Ban Tuyên giáo Thành ủy", forms: ["ban tuyên giáo thành ủy"], kind: "OTHER" },
  { name: "Ban Dân vận Thành ủy", forms: ["ban dân vận thành ủy"], kind: "OTHER" },
  { name: "Ban Tuyên giáo và Dân vận Thành ủy", forms: ["ban tuyên giáo và dân vận thành ủy"], kind: "OTHER" },
  { name: "Ban Dân vận Tỉnh ủy", forms: ["ban dân vận tỉnh ủy"], kind: "OTHER" },
  // Merged in 2025 from the two above.
  { name: "Ban Tuyên giáo và Dân vận Tỉnh ủy", forms: ["ban tuyên giáo và dân vận tỉnh ủy"], kind: "OTHER" },
  { name: "Ban Nội chính Tỉnh ủy", forms: ["ban nội chính tỉnh ủy"], kind: "OTHER" },
  { name: "Ủy ban Kiểm tra Tỉnh ủy", forms: ["ủy ban kiểm tra tỉnh ủy"], kind: "OTHER" },
  { name: "Ban Tổ chức Tỉnh ủy", forms: ["ban tổ chức tỉnh ủy"], kind: "OTHER" },
  {
    name: "Ủy ban Mặt trận Tổ quốc Việt Nam",
    forms: ["ủy ban mặt trận tổ quốc việt nam", "ủy ban mttq việt nam", "ủy ban mttq", "ubmttq"],
    kind: "OTHER",
  },
  { name: "Công an", forms: ["công an"], kind: "OTHER" },
  { name: "Bảo hiểm xã hội", forms: ["bảo hiểm xã hội", "bhxh"], kind: "OTHER" },
  { name: "Kho bạc Nhà nước", forms: ["kho bạc nhà nước"], kind: "OTHER" },
  // The province's emulation and awards board (under the Sở Nội vụ), present at every award ceremony.
  {
    name: "Ban Thi đua - Khen thưởng",
    forms: ["ban thi đua - khen thưởng", "ban thi đua – khen thưởng", "ban thi đua, khen thưởng", "ban thi đua khen thưởng"],
    kind: "OTHER",
  },
  { name: "Bộ Chỉ huy Quân sự", forms: ["bộ chỉ huy quân sự"], kind: "OTHER" },
  { name: "Hội Nhà báo", forms: ["hội nhà báo"], kind: "OTHER" },
  {
    name: "Liên hiệp các Hội Khoa học và Kỹ thuật",
    forms: ["liên hiệp các hội khoa học và kỹ thuật", "liên hiệp các hội khoa học kỹ thuật"],
    kind: "OTHER",
  },
  { name: "Hội Nông dân", forms: ["hội nông dân"], kind: "OTHER" },
  { name: "Hội Liên hiệp Phụ nữ", forms: ["hội liên hiệp phụ nữ", "hội lhpn"], kind: "OTHER" },
  { name: "Hội Cựu chiến binh", forms: ["hội cựu chiến binh"], kind: "OTHER" },
  { name: "Liên đoàn Lao động", forms: ["liên đoàn lao động"], kind: "OTHER" },
  // The province's cooperative alliance ("Liên minh Hợp tác xã tỉnh X").
  { name: "Liên minh Hợp tác xã", forms: ["liên minh hợp tác xã", "liên minh htx"], kind: "OTHER" },
  // The provincial union of public employees, above a department's own union ("Công đoàn Sở …").
  { name: "Công đoàn Viên chức", forms: ["công đoàn viên chức"], kind: "OTHER" },
  { name: "Tỉnh Đoàn", forms: ["tỉnh đoàn"], kind: "OTHER" },
  // A centrally governed city's youth union ("Thành đoàn Huế").
  { name: "Thành Đoàn", forms: ["thành đoàn"], kind: "OTHER" },
];
