/**
 * Official titles, lower case, longest first so that "phó chủ tịch thường trực"
 * wins over "phó chủ tịch" and "chủ tịch". `title` is the bare title written
 * in full as `HOLDS_POSITION.title` carries it; `impliedBody` names the body a
 * title carries inside itself ("Tỉnh ủy viên" is a member of the Tỉnh ủy).
 */
export interface OfficialTitle {
  form: string;
  title: string;
  impliedBody?: "PROVINCIAL_PARTY_COMMITTEE" | "CITY_PARTY_COMMITTEE" | "PARTY_COMMITTEE_NAMED_BEFORE";
}

const TITLES: readonly OfficialTitle[] = [
  { form: "phó chủ tịch thường trực", title: "Phó Chủ tịch Thường trực" },
  { form: "phó chủ tịch", title: "Phó Chủ tịch" },
  { form: "chủ tịch", title: "Chủ tịch" },
  { form: "phó tổng giám đốc", title: "Phó Tổng Giám đốc" },
  { form: "tổng giám đốc", title: "Tổng Giám đốc" },
  { form: "phó giám đốc phụ trách", title: "Phó Giám đốc" },
  { form: "phó giám đốc", title: "Phó Giám đốc" },
  { form: "giám đốc", title: "Giám đốc" },
  { form: "phó bí thư thường trực", title: "Phó Bí thư Thường trực" },
  { form: "phó bí thư", title: "Phó Bí thư" },
  { form: "bí thư", title: "Bí thư" },
  { form: "ủy viên ban thường vụ", title: "Ủy viên Ban Thường vụ" },
  { form: "ủy viên ban chấp hành", title: "Ủy viên Ban Chấp hành" },
  { form: "tỉnh ủy viên", title: "Tỉnh ủy viên", impliedBody: "PROVINCIAL_PARTY_COMMITTEE" },
  { form: "thành ủy viên", title: "Thành ủy viên", impliedBody: "CITY_PARTY_COMMITTEE" },
  // A member of the Party committee the report is about ("Đảng ủy Sở …", "Đảng ủy phường …").
  { form: "đảng ủy viên", title: "Đảng ủy viên", impliedBody: "PARTY_COMMITTEE_NAMED_BEFORE" },
  { form: "phó thủ tướng", title: "Phó Thủ tướng" },
  { form: "thủ tướng", title: "Thủ tướng" },
  { form: "bộ trưởng", title: "Bộ trưởng" },
  { form: "thứ trưởng", title: "Thứ trưởng" },
  { form: "phó trưởng ban thường trực", title: "Phó Trưởng ban Thường trực" },
  { form: "phó trưởng ban", title: "Phó Trưởng ban" },
  { form: "trưởng ban", title: "Trưởng ban" },
  { form: "phó chánh văn phòng", title: "Phó Chánh Văn phòng" },
  { form: "chánh văn phòng", title: "Chánh Văn phòng" },
  { form: "phó chánh thanh tra", title: "Phó Chánh Thanh tra" },
  { form: "chánh thanh tra", title: "Chánh Thanh tra" },
  { form: "phó tổng biên tập", title: "Phó Tổng Biên tập" },
  { form: "tổng biên tập", title: "Tổng Biên tập" },
  { form: "phó cục trưởng", title: "Phó Cục trưởng" },
  { form: "cục trưởng", title: "Cục trưởng" },
  { form: "phó vụ trưởng", title: "Phó Vụ trưởng" },
  { form: "vụ trưởng", title: "Vụ trưởng" },
  { form: "quyền giám đốc", title: "Quyền Giám đốc" },
  { form: "quyền chủ tịch", title: "Quyền Chủ tịch" },
  { form: "giảng viên cao cấp", title: "Giảng viên cao cấp" },
  { form: "giảng viên", title: "Giảng viên" },
  { form: "phó trưởng khoa", title: "Phó Trưởng khoa" },
  { form: "trưởng khoa", title: "Trưởng khoa" },
  { form: "chuyên viên", title: "Chuyên viên" },
  { form: "viên chức", title: "Viên chức" },
  { form: "phó trưởng phòng", title: "Phó Trưởng phòng" },
  { form: "trưởng phòng", title: "Trưởng phòng" },
  { form: "phó chủ nhiệm", title: "Phó Chủ nhiệm" },
  { form: "chủ nhiệm", title: "Chủ nhiệm" },
  { form: "phó viện trưởng", title: "Phó Viện trưởng" },
  { form: "viện trưởng", title: "Viện trưởng" },
  { form: "phó hiệu trưởng", title: "Phó Hiệu trưởng" },
  { form: "hiệu trưởng", title: "Hiệu trưởng" },
  { form: "phóng viên", title: "Phóng viên" },
  // Abbreviations the genre writes in headlines and captions ("PCT UBND tỉnh", "GĐ Sở").
  { form: "pct", title: "Phó Chủ tịch" },
  { form: "pgđ", title: "Phó Giám đốc" },
  { form: "gđ", title: "Giám đốc" },
];

export function officialTitles(): readonly OfficialTitle[] {
  return TITLES;
}

/** The title written at `offset` of lower-cased text (whole words only), longest first. */
export function titleAt(lower: string, offset: number): OfficialTitle | undefined {
  for (const t of TITLES) {
    if (!lower.startsWith(t.form, offset)) continue;
    const after = lower[offset + t.form.length];
    const before = offset > 0 ? lower[offset - 1] : undefined;
    if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue;
    if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) continue;
    return t;
  }
  return undefined;
}
