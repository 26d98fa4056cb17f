import { foldVietnamese } from "../text.js";

/**
 * National target programmes (Chương trình mục tiêu quốc gia) under their
 * full names. Reports shorten them ("… đưa thông tin về cơ sở"); a shortened
 * mention is the same programme, so it takes the full name.
 */
export const NATIONAL_TARGET_PROGRAMMES: readonly string[] = [
  "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
  "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
  // The official name (Quyết định 1212/QĐ-TTg) says "biên giới và hải đảo"; some reports write "biên giới, hải đảo".
  // A mention written in full keeps its own wording; a shortened one takes the first.
  "Chương trình mục tiêu quốc gia đưa thông tin về cơ sở miền núi, vùng sâu, vùng xa, biên giới và hải đảo",
  "Chương trình mục tiêu quốc gia đưa thông tin về cơ sở miền núi, vùng sâu, vùng xa, biên giới, hải đảo",
  "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
  "Chương trình mục tiêu quốc gia phát triển văn hóa",
  "Chương trình mục tiêu quốc gia việc làm và dạy nghề",
  "Chương trình mục tiêu quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước",
];

/** Programmes the genre names by an abbreviation. */
export const PROGRAMME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  "chương trình vtci": "Chương trình cung cấp dịch vụ viễn thông công ích",
  "chương trình mtqg": "Chương trình mục tiêu quốc gia",
  // Quyết định 06/QĐ-TTg (2022): the project every province reports on by its number.
  "đề án 06": "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia",
  ctmtqg: "Chương trình mục tiêu quốc gia",
};

const compact = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]/g, "");

/**
 * The full name of a national target programme a (possibly shortened) name
 * refers to; among variants, one the report itself writes in full (`preferred`) wins.
 */
export function nationalProgrammeNamed(name: string, preferred: readonly string[] = []): string | undefined {
  const key = compact(name);
  if (key.length < compact("Chương trình mục tiêu quốc gia").length + 12) return undefined;
  const matches = (full: string) => {
    const k = compact(full);
    return k.startsWith(key) || key.startsWith(k);
  };
  return preferred.find(matches) ?? NATIONAL_TARGET_PROGRAMMES.find(matches);
}
