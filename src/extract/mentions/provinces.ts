import { allProvinces, type Province, provinceByName } from "../../domain/gazetteer/provinces.js";
import type { Span } from "../../domain/model.js";

/**
 * Province names as written in the text. A bare name counts only when it is
 * not part of a longer proper name ("Điện Biên Phủ") and not a district or
 * ward of the same name ("huyện Điện Biên").
 */
export interface ProvinceMention extends Span {
  provinceId: string;
  /** True when the words say "tỉnh X" / "thành phố X", not just "X". */
  qualified: boolean;
}

/** How the genre writes the one city whose name keeps its prefix. */
const CITY_SHORT_FORMS = ["thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "TP.HCM", "TP. HCM", "TP HCM", "TPHCM"];
/** Alone, "Hồ Chí Minh" is the person ("tư tưởng Hồ Chí Minh"); after "thành phố"/"TP." it is the city. */
const AFTER_CITY_WORD = ["Hồ Chí Minh", "HCM"];

let namePattern: RegExp | undefined;
let namePatternAt: RegExp | undefined;

function pattern(): RegExp {
  if (!namePattern) {
    const names = new Set<string>(CITY_SHORT_FORMS);
    for (const p of allProvinces()) {
      names.add(p.name);
      if (p.name.includes(" - ")) names.add(p.name.replace(" - ", "-"));
    }
    const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // A lookahead on the names' first letters lets the engine skip most positions before trying ~60 alternatives.
    const firsts = [...new Set([...names].map((n) => n[0] as string))].map(escapeRegExp).join("");
    namePattern = new RegExp(`(?=[${firsts}])(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
    // The same names matched only where asked (sticky), for provinceNameAt; there a bare "Hồ Chí Minh" follows "thành phố".
    const atAlternatives = [...names, ...AFTER_CITY_WORD].sort((a, b) => b.length - a.length).map(escapeRegExp);
    namePatternAt = new RegExp(`(?:${atAlternatives.join("|")})(?![\\p{L}\\p{N}])`, "uy");
  }
  return namePattern;
}

function patternAt(): RegExp {
  pattern();
  return namePatternAt as RegExp;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const LOCAL_UNIT_BEFORE = /(?:huyện|quận|thị xã|xã|phường|thị trấn|thành phố|tp\.?|TP\.?)\s+$/u;
const PROVINCE_WORD_BEFORE = /(?:tỉnh|Tỉnh|TỈNH)\s+$/u;

export function findProvinceMentions(text: string): ProvinceMention[] {
  const found: ProvinceMention[] = [];
  for (const m of text.matchAll(pattern())) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const province = provinceByName(m[0]);
    if (!province) continue;
    // "Điện Biên Phủ", "Nam Định Xanh": part of a longer proper name.
    if (/^ \p{Lu}/u.test(text.slice(end, end + 2)) && !/^ (?:Năm|Tháng|Ngày)\b/u.test(text.slice(end, end + 7))) continue;
    const before = text.slice(Math.max(0, start - 12), start);
    const qualified =
      PROVINCE_WORD_BEFORE.test(before) || (province.type === "thanh-pho" && /(?:thành phố|Thành phố|TP\.?)\s+$/u.test(before));
    if (!qualified && LOCAL_UNIT_BEFORE.test(before)) continue;
    found.push({ start, end, provinceId: province.id, qualified });
  }
  return found;
}

/** A province name starting exactly at `offset` (longest match), as "Lạng Sơn" in "tỉnh Lạng Sơn". */
export function provinceNameAt(text: string, offset: number): { province: Province; end: number } | undefined {
  // Province names are capitalised: most calls end here without running the big pattern.
  if (!/\p{Lu}/u.test(text[offset] ?? "")) return undefined;
  const re = patternAt();
  re.lastIndex = 0;
  const m = re.exec(text.slice(offset, offset + 40));
  const province = m ? provinceByName(m[0]) : undefined;
  return m && province ? { province, end: offset + m[0].length } : undefined;
}
