/**
 * The genre's abbreviations and the full words a reader would write. Keys are
 * matched case-sensitively on word boundaries; order matters only for
 * readability. Typos seen in the wild ("TT&T") are spelled out deliberately.
 */
export const FIELD_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["TT&TT", "Thông tin và Truyền thông"],
  ["TT & TT", "Thông tin và Truyền thông"],
  ["TTTT", "Thông tin và Truyền thông"],
  ["TT-TT", "Thông tin và Truyền thông"],
  ["TT&T", "Thông tin và Truyền thông"],
  ["TT và TT", "Thông tin và Truyền thông"],
  ["KH&CN", "Khoa học và Công nghệ"],
  ["KHCN", "Khoa học và Công nghệ"],
  ["KH&ĐT", "Kế hoạch và Đầu tư"],
  ["KHĐT", "Kế hoạch và Đầu tư"],
  ["GD&ĐT", "Giáo dục và Đào tạo"],
  ["GDĐT", "Giáo dục và Đào tạo"],
  ["TN&MT", "Tài nguyên và Môi trường"],
  ["TNMT", "Tài nguyên và Môi trường"],
  ["NN&PTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["NNPTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["NN&MT", "Nông nghiệp và Môi trường"],
  ["LĐ-TB&XH", "Lao động - Thương binh và Xã hội"],
  ["LĐTBXH", "Lao động - Thương binh và Xã hội"],
  ["VH-TT&DL", "Văn hóa, Thể thao và Du lịch"],
  ["VHTTDL", "Văn hóa, Thể thao và Du lịch"],
  ["VH,TT&DL", "Văn hóa, Thể thao và Du lịch"],
  ["GTVT", "Giao thông vận tải"],
  // A district's culture and information office ("Phòng VH&TT huyện X").
  ["VH&TT", "Văn hóa và Thông tin"],
  ["VH-TT", "Văn hóa và Thông tin"],
  ["CNTT&TT", "Công nghệ thông tin và Truyền thông"],
  ["CNTT-TT", "công nghệ thông tin và truyền thông"],
  ["CNTT", "công nghệ thông tin"],
];

/** Bodies written as abbreviations. */
export const BODY_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ["UBND", "Ủy ban nhân dân"],
  ["HĐND", "Hội đồng nhân dân"],
  ["MTTQ", "Mặt trận Tổ quốc"],
  ["BCĐ", "Ban Chỉ đạo"],
  ["BCH", "Ban Chấp hành"],
  ["BQL", "Ban Quản lý"],
  ["CTTĐT", "Cổng Thông tin điện tử"],
];

/**
 * Datelines of provincial newspapers ("ĐBP - Ngày 9/1, …", "LSO-Chiều …"):
 * the paper's code names its publisher and province even when the text never
 * names the province.
 */
export const DATELINES: Readonly<Record<string, { province: string; publisher: string }>> = {
  ĐBP: { province: "Điện Biên", publisher: "Báo Điện Biên Phủ" },
  LSO: { province: "Lạng Sơn", publisher: "Báo Lạng Sơn" },
  QBĐT: { province: "Quảng Bình", publisher: "Báo Quảng Bình" },
  YBĐT: { province: "Yên Bái", publisher: "Báo Yên Bái" },
  HBĐT: { province: "Hòa Bình", publisher: "Báo Hòa Bình" },
  BGĐT: { province: "Bắc Giang", publisher: "Báo Bắc Giang" },
  PTĐT: { province: "Phú Thọ", publisher: "Báo Phú Thọ" },
  BHG: { province: "Hà Giang", publisher: "Báo Hà Giang" },
  BQN: { province: "Quảng Ninh", publisher: "Báo Quảng Ninh" },
  BTN: { province: "Tây Ninh", publisher: "Báo Tây Ninh" },
  BPO: { province: "Bình Phước", publisher: "Báo Bình Phước" },
  BBK: { province: "Bắc Kạn", publisher: "Báo Bắc Kạn" },
  TTH: { province: "Thừa Thiên Huế", publisher: "Báo Thừa Thiên Huế" },
  NTO: { province: "Ninh Thuận", publisher: "Báo Ninh Thuận" },
};

/** Outlets named by their short form in a byline or dateline ("Lê Huệ (CTTĐT)", "(Mic.gov.vn)"). */
export const OUTLET_ABBREVIATIONS: Readonly<Record<string, string>> = {
  CTTĐT: "Cổng thông tin điện tử",
  TTXVN: "Thông tấn xã Việt Nam",
  VTV: "Đài Truyền hình Việt Nam",
  VOV: "Đài Tiếng nói Việt Nam",
};

/** Expands every known field abbreviation in a phrase ("Sở TT&TT" → "Sở Thông tin và Truyền thông"). */
let compiled: ReadonlyArray<readonly [string, RegExp, string]> | undefined;

export function expandAbbreviations(phrase: string): string {
  // Compiled once: names are expanded for every organisation and event a report names.
  compiled ??= [...BODY_ABBREVIATIONS, ...FIELD_ABBREVIATIONS].map(([short, full]) => {
    const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return [short, new RegExp(`(?<![\\p{L}\\p{N}&])${escaped}(?![\\p{L}\\p{N}&])`, "gu"), full] as const;
  });
  let out = phrase;
  for (const [short, re, full] of compiled) {
    if (!out.includes(short)) continue;
    out = out.replace(re, full);
  }
  return out;
}
