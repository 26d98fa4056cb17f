import { provinceById } from "../../domain/gazetteer/provinces.js";
import { type OfficialTitle, titleAt } from "../../domain/gazetteer/titles.js";
import type { Span } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import { type OrgMention, organizationAt } from "./organizations.js";

/** "Phó Chủ tịch UBND tỉnh", "Giám đốc Sở TT&TT", "Tỉnh ủy viên": a title and the body it is held in. */
export interface TitleMention extends Span {
  title: string;
  /** The body, when the words name or imply one. */
  org: OrgMention | undefined;
}

const TITLE_START =
  /(?=[bcghpqtvủđ])(?<![\p{L}\p{N}])(?:đảng|phó|chủ|tổng|giám|bí|ủy|tỉnh|thành|thủ|bộ|thứ|trưởng|chánh|cục|vụ|viện|hiệu|phóng|chuyên|viên|quyền|giảng|pct|pgđ|gđ)(?![\p{L}\p{N}])/gu;

export function titlePhraseAt(ctx: ReportContext, offset: number): TitleMention | undefined {
  const { text, lower } = ctx.index;
  const t: OfficialTitle | undefined = titleAt(lower, offset);
  if (!t) return undefined;
  // A title is written with a capital or follows "đồng chí"/a separator; "chủ tịch" in prose is rare but "bộ trưởng" too.
  let end = offset + t.form.length;
  let org: OrgMention | undefined;
  if (t.impliedBody === "PARTY_COMMITTEE_NAMED_BEFORE") {
    // "Đảng ủy viên": the "Đảng ủy" in the title is the committee named before.
    const committee = organizationAt(ctx, offset);
    org = committee?.kind === "PARTY_COMMITTEE" ? { ...committee, end, surface: text.slice(offset, end) } : undefined;
  } else if (t.impliedBody) {
    const p = ctx.provinceId ? provinceById(ctx.provinceId) : undefined;
    const head = t.impliedBody === "CITY_PARTY_COMMITTEE" ? "Thành ủy" : "Tỉnh ủy";
    org = {
      start: offset,
      end,
      name: p ? `${head} ${p.name}` : head,
      kind: "PARTY_COMMITTEE",
      province: ctx.provinceId,
      surface: text.slice(offset, end),
    };
  } else {
    let at = end;
    while (text[at] === " ") at++;
    org = organizationAt(ctx, at);
    // "Trưởng phòng Văn hóa và Thông tin huyện", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng ban Thường trực Ban Chỉ đạo",
    // "Chánh Văn phòng UBND tỉnh": the title's last word ("phòng", "ban", "văn phòng") opens the body's name.
    const headWord = /(?:^| )(văn phòng|phòng|ban|khoa)$/u.exec(t.form);
    if ((!org || headWord?.[1] === "văn phòng") && headWord && /^ \p{Lu}/u.test(text.slice(end, end + 2))) {
      const inner = organizationAt(ctx, end - (headWord[1] as string).length, { lowerHead: true });
      if (inner && inner.end > end) org = inner;
    }
    // "Bộ trưởng Bộ TT&TT" / "Giám đốc Sở": the body follows the title directly.
    if (org) end = org.end;
  }
  return { start: offset, end, title: t.title, org };
}

/** Every title phrase in the text (a title word, then optionally its body). */
export function findTitlePhrases(ctx: ReportContext): TitleMention[] {
  const found: TitleMention[] = [];
  let cursor = 0;
  for (const m of ctx.index.lower.matchAll(TITLE_START)) {
    const at = m.index ?? 0;
    if (at < cursor) continue;
    const phrase = titlePhraseAt(ctx, at);
    if (!phrase) continue;
    // Titles are capitalised in this genre ("Phó Chủ tịch"); a lower-case one must at least name its body.
    if (!/\p{Lu}/u.test(ctx.index.text[at] ?? "") && !phrase.org) continue;
    found.push(phrase);
    cursor = phrase.end;
  }
  return found;
}
