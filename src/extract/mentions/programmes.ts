import { expandAbbreviations } from "../../domain/gazetteer/abbreviations.js";
import { NATIONAL_TARGET_PROGRAMMES, nationalProgrammeNamed, PROGRAMME_ABBREVIATIONS } from "../../domain/gazetteer/programmes.js";
import { provinceById, provinceQualifier } from "../../domain/gazetteer/provinces.js";
import type { ProgrammeKind, Span } from "../../domain/model.js";
import { foldVietnamese } from "../../domain/text.js";
import type { ReportContext } from "../context.js";

/**
 * A named programme, project or plan ("Chương trình mục tiêu quốc gia xây
 * dựng nông thôn mới giai đoạn 2016-2020", "đề án số hóa truyền dẫn, phát
 * sóng truyền hình mặt đất", "Kế hoạch thực hiện …"). Generic uses ("kế hoạch
 * năm 2018", "các quy hoạch, kế hoạch, đề án") are not programmes.
 */
export interface ProgrammeMention extends Span {
  name: string;
  kind: ProgrammeKind;
  period: string | null;
  /** Inside another programme's name ("kế hoạch triển khai đề án …"). */
  nested: boolean;
  /** Preceded by "thuộc": part of something else, not implemented by the clause's subject. */
  partOf: boolean;
  /** Preceded by "phê duyệt", "ban hành": the object of a document, which is what gets carried out. */
  approved: boolean;
}

const KEYWORD =
  /(?=[cđdkq])(?<![\p{L}\p{N}])(chương trình mục tiêu quốc gia|chương trình|chiến lược|đề án|dự án|kế hoạch|quy hoạch)(?![\p{L}\p{N}])/gu;

const KIND: Readonly<Record<string, ProgrammeKind>> = {
  "chương trình mục tiêu quốc gia": "NATIONAL_TARGET_PROGRAMME",
  "chương trình": "PROGRAMME",
  "chiến lược": "OTHER",
  "đề án": "PROJECT",
  "dự án": "PROJECT",
  "kế hoạch": "PLAN",
  "quy hoạch": "PLAN",
};

/** First words that make a "kế hoạch"/"dự án" generic rather than named. */
const GENERIC_FIRST =
  /^(?:năm|công tác|đề ra|đã|của|và|được|này|đó|trên|lớn|trọng|cụ thể|số(?!\s+hóa)|các|những|nhiệm vụ|chỉ tiêu|giao|vốn|đầu tư|sử dụng|phát triển,|thì|là|với|như|hoặc|hay)(?![\p{L}])/u;

/** A lower-case name must start like a name: a verbal noun or a topic. */
const NAME_START =
  /^(?:[“"«]|\p{Lu}|triển khai|xây dựng|thực hiện|số hóa|nâng cao|phát triển|truyền thông|hành động|ứng dụng|chuyển đổi|cung cấp|đưa|hỗ trợ|đào tạo|tuyên truyền|bảo đảm|đảm bảo|cải cách|tăng cường|hiện đại hóa|thông tin|giảm|mục tiêu|về|tổng thể|phổ cập|bồi dưỡng|thúc đẩy|viễn thông|chính quyền điện tử|chính quyền số|chính phủ điện tử|chính phủ số|nông thôn mới|giảm nghèo|đô thị thông minh|kinh tế số|xã hội số|an toàn thông tin|an ninh mạng|chữ ký số|dữ liệu|hạ tầng|công nghệ thông tin|cntt|báo chí|phát thanh|truyền hình|khởi nghiệp|quảng bá|xóa|sắp xếp|quản lý|cấp)/u;

const PERIOD_RANGE = /^\s*,?\s*giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/u;
const UNTIL_YEAR = /^\s*,?\s*(?:định hướng\s+|tầm nhìn\s+)?đến năm\s+\d{4}/u;
const TRAILING_YEAR = /^\s+năm\s+(\d{4})(?=\s*(?:[.;:!?\n…,)]|$))/u;
const HARD_STOP =
  /^(?:\s*[.;:!?\n…()]|\s+và\s+(?:nâng cấp|xây dựng|triển khai|thực hiện|tổ chức|hoàn thành|đẩy mạnh|tăng cường|đưa|mở rộng|phát triển|cung cấp|hỗ trợ|bảo đảm|đảm bảo)(?![\p{L}])|\s+ngày\s+\d|\s+(?:trước|trong) (?:ngày|tháng|quý|năm)(?![\p{L}])|\s+(?:ngay|sớm|chỉ|thành nhiệm vụ|đến (?:các|từng))(?![\p{L}])|\s+(?:ban hành|phê duyệt)(?![\p{L}])|\s+(?:của(?! cơ quan nhà nước)|theo|nhằm|nằm trong|để|đã|được|lĩnh vực|với sự|tại(?! việt nam)|cho(?! (?:đồng bào|người dân|người|cán bộ|doanh nghiệp|hộ|học sinh|thanh niên|phụ nữ))|trong đó|góp phần|đạt|do|bảo đảm|đảm bảo|với tổng|có tổng|gồm|là|sẽ|đang)(?![\p{L}])|\s+và\s+(?:chương trình|đề án|dự án|kế hoạch|quy hoạch|chiến lược|nghị quyết|quyết định|chỉ thị|nghị định|thông tư|luật)(?![\p{L}]))/u;
const INNER_STOP = /^\s+(?:trên địa bàn|thuộc)(?![\p{L}])/u;

export function findProgrammes(ctx: ReportContext, exclude: readonly Span[], titleLine: Span | undefined): ProgrammeMention[] {
  const { lower } = ctx.index;
  const found: ProgrammeMention[] = [];
  /** "kế hoạch chuyển đổi số của đơn vị mình": each body's own plan, not a named one. */
  const OWN = /^[^.;:,\n]{0,60}?\s(?:của (?:đơn vị|cơ quan|địa phương|ngành|sở|huyện)? ?mình|của từng|của mỗi|riêng)(?![\p{L}])/u;
  // National programmes the report writes in full: a shortened mention is one of these when it can be.
  const writtenInFull: string[] = [];
  for (const m of lower.matchAll(/chương trình mục tiêu quốc gia/gu)) {
    const full = nationalAt(ctx, m.index ?? 0);
    if (full && !writtenInFull.includes(full.name)) writtenInFull.push(full.name);
  }
  for (const m of lower.matchAll(KEYWORD)) {
    const start = m.index ?? 0;
    if (titleLine && start < titleLine.end) continue;
    if (exclude.some((s) => s.start <= start && start < s.end)) continue;
    // "chương trình" inside "chương trình mục tiêu quốc gia" is matched by the longer keyword first.
    const keyword = m[1] as string;
    // "chiến lược" is a common word ("mang tính chiến lược"); only "Chiến lược …" names a strategy.
    if (keyword === "chiến lược" && ctx.index.text[start] !== "C") continue;
    // "tiếp tục chương trình Kỳ họp thứ 3": a session's agenda, not a programme.
    if (
      keyword === "chương trình" &&
      /^chương trình\s+(?:kỳ họp|phiên|làm việc|hội nghị|nghị sự)(?![\p{L}])/u.test(lower.slice(start, start + 30))
    )
      continue;
    const before = lower.slice(Math.max(0, start - 12), start);
    if (/(?:các|những|một số|nhiều|\d)[ \t]+$/u.test(before) || /(?:^|\s)để\s+$/u.test(before)) continue;
    const outer = found.find((p) => p.start < start && start < p.end);
    const mention = readName(ctx, start, keyword, outer !== undefined, writtenInFull);
    if (!mention) continue;
    if (ctx.index.text[start] === keyword[0] && OWN.test(lower.slice(start + keyword.length, mention.end + 30))) continue;
    const lead = lower.slice(Math.max(0, start - 24), start);
    found.push({
      ...mention,
      nested: outer !== undefined,
      partOf: /thuộc\s+$/u.test(before),
      approved: /(?:phê duyệt|ban hành)\s+$/u.test(lead),
    });
  }
  return found;
}

function readName(
  ctx: ReportContext,
  start: number,
  keyword: string,
  nested: boolean,
  writtenInFull: readonly string[],
): Omit<ProgrammeMention, "nested" | "partOf" | "approved"> | undefined {
  const { text, lower } = ctx.index;
  const kind = KIND[keyword] ?? "OTHER";
  const national = nationalAt(ctx, start);
  if (national)
    return { start, end: national.end, name: national.name, kind: "NATIONAL_TARGET_PROGRAMME", period: periodAfter(lower, national.end) };

  let cursor = start + keyword.length;
  const afterKeyword = text.slice(cursor, cursor + 80).replace(/^\s+/u, "");
  // "Theo Kế hoạch, …": the word alone refers back; it names nothing.
  if (/^[,.;:]/u.test(afterKeyword)) return undefined;
  const quoted = /^[“"«]([^”"»\n]{3,150})[”"»]/u.exec(afterKeyword);
  const pieces: string[] = [];
  let period: string | null = null;
  let provinceTail = "";
  if (quoted) {
    cursor = text.indexOf(quoted[0], cursor) + quoted[0].length;
    pieces.push(quoted[1] as string);
  } else {
    // A capitalised programme word mid-sentence ("… xây dựng Quy hoạch hạ tầng …") opens a proper name.
    const titled = /\p{Lu}/u.test(text[start] ?? "") && start > 0 && /[\p{Ll}\d,]\s*$/u.test(text.slice(Math.max(0, start - 3), start));
    if ((!NAME_START.test(afterKeyword) && !titled) || GENERIC_FIRST.test(afterKeyword.toLowerCase())) return undefined;
    // "chương trình phát thanh tiếng Thái", "chương trình truyền hình tỉnh": a broadcast, not a programme of work.
    if (keyword === "chương trình" && /^(?:phát thanh|truyền hình)(?![\p{L}])/iu.test(afterKeyword)) return undefined;
    let words = 0;
    // Words since the last programme word inside the name ("kế hoạch triển khai đề án <số hóa truyền dẫn>, …").
    let wordsSinceKeyword = 0;
    for (;;) {
      const rest = text.slice(cursor, cursor + 60);
      const restLower = lower.slice(cursor, cursor + 60);
      const range = PERIOD_RANGE.exec(restLower);
      if (range) {
        period = `${range[1]}-${range[2]}`;
        cursor += range[0].length;
        if (nested) break;
        continue;
      }
      // "… 5 năm 2006-2010": a bare range of years is the period, and the name ends there.
      const bareRange = /^\s+(\d{4})\s*[-–]\s*(\d{4})(?![\d])/u.exec(restLower);
      if (bareRange && words >= 2) {
        period = `${bareRange[1]}-${bareRange[2]}`;
        cursor += bareRange[0].length;
        break;
      }
      const until = UNTIL_YEAR.exec(restLower);
      if (until) {
        cursor += until[0].length;
        if (nested) break;
        continue;
      }
      const year = TRAILING_YEAR.exec(restLower);
      if (year && words >= 2) {
        // "Kế hoạch chuyển đổi số năm 2021": a plan's year is part of its name and its period.
        // After "giai đoạn A-B" the year belongs to that tail, which the name leaves out.
        const afterPeriod = period !== null;
        period = year[1] as string;
        // Only a plan is named for its year: "Dự án X năm 2018" is project X's work that year.
        if (!afterPeriod && keyword === "kế hoạch") pieces.push("năm", year[1] as string);
        cursor += year[0].length;
        break;
      }
      if (/^\s+của tỉnh(?![\p{L}])/u.test(restLower)) {
        provinceTail = provinceWords(ctx);
        cursor += restLower.indexOf("tỉnh") + 4;
        break;
      }
      if (/^\s+tỉnh(?=\s*(?:[.;:!?\n…,)]|$))/u.test(restLower)) {
        provinceTail = provinceWords(ctx);
        cursor += restLower.indexOf("tỉnh") + 4;
        break;
      }
      if (HARD_STOP.test(restLower) || rest === "") break;
      // "thuộc X" ends a title-case name ("Dự án Truyền thông và giảm nghèo về thông tin thuộc Chương trình …").
      if ((nested || /^\p{Lu}/u.test(afterKeyword)) && INNER_STOP.test(restLower) && /^\s+thuộc/u.test(restLower)) break;
      if (nested && INNER_STOP.test(restLower)) break;
      const comma = /^,\s+/u.exec(rest);
      // "Đề án 06, nhất là …", "Đề án 06 và …": a programme named by its number ends there (a period may follow).
      if (pieces.length === 1 && /^\d+[a-z]?$/u.test(pieces[0] as string)) break;
      if (comma) {
        // "số hóa truyền dẫn, phát sóng …": a comma inside the first few words joins two nouns of one name.
        const next = rest.slice(comma[0].length);
        // In a proper name the pair may come later ("Đề án hỗ trợ các địa phương đào tạo, chuyển giao …").
        const pairedNoun = /^(?:chuyển giao|phát sóng|truyền dẫn|đào tạo|bồi dưỡng|quản lý|khai thác|vận hành|ứng dụng)(?![\p{L}])/u.test(
          next,
        );
        // "… dữ liệu về dân cư, định danh và xác thực điện tử …": a list "A, B và C" inside a proper name.
        const listed = period === null && /^\p{Ll}[\p{Ll} ]{0,30}?\svà\s\p{Ll}/u.test(next) && /^\p{Lu}/u.test(text[start] ?? "");
        if (
          (wordsSinceKeyword <= 4 || listed || (wordsSinceKeyword <= 8 && pairedNoun && /^\p{Lu}/u.test(text[start] ?? ""))) &&
          /^\p{Ll}/u.test(next) &&
          !/^(?:theo đó|đặc biệt|góp phần|đồng thời|trong đó|nhằm|tạo|đã|được|tổ chức|trình|báo cáo|gửi|phân công|bám sát)(?![\p{L}])/u.test(
            next,
          )
        ) {
          pieces.push(",");
          cursor += comma[0].length - 1;
          continue;
        }
        break;
      }
      const word = /^\s*([^\s,;:.!?…()]+)/u.exec(rest);
      if (!word) break;
      pieces.push(word[1] as string);
      cursor += word[0].length;
      words++;
      wordsSinceKeyword =
        /^(?:án|hoạch|trình)$/u.test((word[1] as string).toLowerCase()) &&
        /(?:đề|dự|kế|quy|chương)$/u.test((pieces[pieces.length - 2] ?? "").toLowerCase())
          ? 0
          : wordsSinceKeyword + 1;
      if (words > 30) return undefined;
    }
  }
  // "Đề án … Việt Nam và" before a second name: the joining word is not part of the first.
  while (pieces.length > 1 && /^(?:và|hoặc|cùng)$/u.test(pieces[pieces.length - 1] as string)) pieces.pop();
  let body = pieces.join(" ").replace(/ ,/gu, ",").trim();
  // One word is a name only when it is an acronym or, after a capitalised keyword, a number ("Đề án 06", "Chương trình 135").
  const numbered = /^\d{2,4}[a-z]?$/u.test(body) && /^\p{Lu}/u.test(text[start] ?? "");
  if (body.split(/\s+/u).length < 2 && !quoted && !/^\p{Lu}{3,}$/u.test(body) && !numbered) return undefined;
  // "ban hành kế hoạch triển khai.": a verb alone names nothing.
  if (/^(?:triển khai|thực hiện|hành động|tổ chức thực hiện)$/u.test(body) && !/^\p{Lu}/u.test(text[start] ?? "")) return undefined;
  // "kế hoạch của các sở" is generic; a capitalised name may say "các" ("Đề án hỗ trợ các địa phương …").
  if (/(?:^|\s)(?:các|những)\s/u.test(` ${body} `) && !/^\p{Lu}/u.test(text[start] ?? "")) return undefined;
  // "kế hoạch triển khai đề án, báo cáo …": a programme word with no name after it points back, it names nothing.
  if (/(?:^|\s)(?:đề án|dự án|kế hoạch|chương trình|quy hoạch)(?:,|$)/iu.test(body)) return undefined;
  if (provinceTail) body = `${body} ${provinceTail}`;
  body = body.replace(/(?<![\p{L}])tỉnh$/u, provinceWords(ctx) || "tỉnh");
  let name = `${capitalize(keyword)} ${expandAbbreviations(body)}`.replace(/\s+/gu, " ").trim();
  const abbreviated = PROGRAMME_ABBREVIATIONS[name.toLowerCase()];
  if (abbreviated) name = abbreviated;
  const full = kind === "NATIONAL_TARGET_PROGRAMME" ? nationalProgrammeNamed(name, writtenInFull) : undefined;
  return { start, end: trimEnd(text, cursor), name: full ?? name, kind, period };
}

/** A national target programme written in full at `start` (commas and spacing may differ from the list). */
function nationalAt(ctx: ReportContext, start: number): { end: number; name: string } | undefined {
  const { lower } = ctx.index;
  if (!lower.startsWith("chương trình mục tiêu quốc gia", start)) return undefined;
  const window = lower.slice(start, start + 200);
  // Each character folded once (not once per programme tried).
  const folded = [...window].length === window.length ? Array.from(window, (ch) => compactChar(ch)) : null;
  for (const [n, full] of NATIONAL_TARGET_PROGRAMMES.entries()) {
    const target = nationalKeys()[n] ?? compactOf(full);
    let t = 0;
    let i = 0;
    while (i < window.length && t < target.length) {
      const c = folded ? (folded[i] as string) : compactOf(window[i] as string);
      if (c === "") {
        i++;
        continue;
      }
      if (c !== target[t]) break;
      t++;
      i++;
    }
    if (t === target.length && !/[\p{L}\p{N}]/u.test(window[i] ?? " ")) return { end: start + i, name: full };
  }
  return undefined;
}

function compactOf(s: string): string {
  return foldVietnamese(s).replace(/[^a-z0-9]/g, "");
}

const charCache = new Map<string, string>();

/** One character folded and stripped to [a-z0-9] (cached: the text uses few distinct characters). */
function compactChar(ch: string): string {
  let c = charCache.get(ch);
  if (c === undefined) {
    c = compactOf(ch);
    charCache.set(ch, c);
  }
  return c;
}

let nationalKeyList: string[] | undefined;

function nationalKeys(): string[] {
  nationalKeyList ??= NATIONAL_TARGET_PROGRAMMES.map(compactOf);
  return nationalKeyList;
}

function periodAfter(lower: string, end: number): string | null {
  const range = PERIOD_RANGE.exec(lower.slice(end, end + 40));
  return range ? `${range[1]}-${range[2]}` : null;
}

function provinceWords(ctx: ReportContext): string {
  const p = ctx.provinceId ? provinceById(ctx.provinceId) : undefined;
  return p ? provinceQualifier(p) : "";
}

function capitalize(s: string): string {
  return (s[0]?.toUpperCase() ?? "") + s.slice(1);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text[e - 1] as string)) e--;
  return e;
}
