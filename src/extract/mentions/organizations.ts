import { provinceOfDistrict } from "../../domain/gazetteer/districts.js";
import {
  DEPARTMENTS,
  ENTERPRISE_BRANDS,
  MINISTRIES,
  NATIONAL_BODIES,
  type NamedBody,
  PROVINCIAL_BODIES,
} from "../../domain/gazetteer/organizations.js";
import { provinceById } from "../../domain/gazetteer/provinces.js";
import type { OrganizationKind, Span } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import { provinceNameAt } from "./provinces.js";

/**
 * An organisation named in the text, resolved to its full name. `province`
 * is where the words place it: "tỉnh X", a bare province name, or "tỉnh"
 * alone / no qualifier for a provincial body (then the report's province).
 */
export interface OrgMention extends Span {
  name: string;
  kind: OrganizationKind;
  province: string | null;
  /** The words as written, kept as an alias when they differ from `name`. */
  surface: string;
  /** Span of the words naming the province ("tỉnh Lạng Sơn"), when present. */
  provinceSpan?: Span;
  /** A bare "Sở" standing for the department in context. */
  bareDepartment?: boolean;
}

interface Scope {
  end: number;
  province: string | null;
  /** District-level body ("UBND huyện Lương Sơn"): its name carries the district. */
  district?: { label: string; province: string | null };
  /** "các huyện", "cấp xã": not one body. */
  generic?: boolean;
  explicit: boolean;
  span?: Span;
}

const WORD_END = /[^\p{L}\p{N}&]/u;

function wordEndsAt(lower: string, end: number): boolean {
  const ch = lower[end];
  return ch === undefined || WORD_END.test(ch);
}

function startsWordAt(lower: string, offset: number): boolean {
  const ch = offset > 0 ? lower[offset - 1] : undefined;
  return ch === undefined || WORD_END.test(ch);
}

function formAt(lower: string, offset: number, bodies: readonly NamedBody[]): { body: NamedBody; end: number } | undefined {
  let best: { body: NamedBody; end: number } | undefined;
  for (const body of bodies)
    for (const form of body.forms)
      if (lower.startsWith(form, offset) && wordEndsAt(lower, offset + form.length))
        if (!best || offset + form.length > best.end) best = { body, end: offset + form.length };
  return best;
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (text[j] === " ") j++;
  return j;
}

/** What follows a body's head: "tỉnh Lạng Sơn", "tỉnh", "Nghệ An", "huyện Lương Sơn", "các huyện", nothing. */
export function parseScope(ctx: ReportContext, from: number): Scope {
  const { text, lower } = ctx.index;
  const i = skipSpaces(text, from);
  const rest = lower.slice(i, i + 24);
  const named = (at: number) => provinceNameAt(text, skipSpaces(text, at));
  let m = /^(tỉnh|thành phố|tp\.?)(?=\s)/u.exec(rest);
  if (m) {
    const p = named(i + m[0].length);
    if (p && (m[1] === "tỉnh" || p.province.type === "thanh-pho"))
      return { end: p.end, province: p.province.id, explicit: true, span: { start: i, end: p.end } };
    if (m[1] !== "tỉnh") {
      const d = districtAt(ctx, i + m[0].length, m[1] as string);
      if (d) return d;
    }
  }
  if (/^tỉnh(?![\p{L}])/u.test(rest)) return { end: i + 4, province: ctx.provinceId, explicit: false };
  if (/^của tỉnh(?![\p{L}])/u.test(rest)) return { end: i + 8, province: ctx.provinceId, explicit: false };
  if (/^cấp tỉnh(?![\p{L}])/u.test(rest)) return { end: i + 8, province: ctx.provinceId, explicit: false };
  m = /^(huyện|quận|thị xã)(?=\s)/u.exec(rest);
  if (m) {
    const d = districtAt(ctx, i + m[0].length, m[1] as string);
    if (d) return d;
    return { end: i + m[0].length, province: null, generic: true, explicit: false };
  }
  if (/^(?:các|cấp|xã|phường|thị trấn|huyện|quận|những|mỗi)(?![\p{L}])/u.test(rest))
    return { end: i, province: null, generic: true, explicit: false };
  const bare = provinceNameAt(text, i);
  if (bare) return { end: bare.end, province: bare.province.id, explicit: true, span: { start: i, end: bare.end } };
  return { end: from, province: ctx.provinceId, explicit: false };
}

function districtAt(ctx: ReportContext, at: number, unit: string): Scope | undefined {
  const { text } = ctx.index;
  const start = skipSpaces(text, at);
  const m = /^\p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']*){0,3}/u.exec(text.slice(start, start + 40));
  if (!m) return undefined;
  const name = m[0];
  const type = unit === "huyện" ? "huyen" : unit === "quận" ? "quan" : unit === "thị xã" ? "thi-xa" : "thanh-pho";
  const province = provinceOfDistrict(name, type) ?? ctx.provinceId;
  const label = `${unit === "tp." || unit === "tp" ? "thành phố" : unit} ${name}`;
  return {
    end: start + name.length,
    province,
    district: { label, province },
    explicit: true,
    span: { start: at, end: start + name.length },
  };
}

function provincialName(head: string, province: string | null): string {
  const p = province ? provinceById(province) : undefined;
  if (!p) return head;
  return `${head} ${p.type === "thanh-pho" ? "thành phố" : "tỉnh"} ${p.name}`;
}

function partyCommitteeName(province: string | null, city: boolean): string {
  const p = province ? provinceById(province) : undefined;
  const head = city || p?.type === "thanh-pho" ? "Thành ủy" : "Tỉnh ủy";
  return p ? `${head} ${p.name}` : head;
}

/** The organisation named at `offset`, if one starts there. */
export function organizationAt(ctx: ReportContext, offset: number): OrgMention | undefined {
  const { text, lower } = ctx.index;
  if (!startsWordAt(lower, offset)) return undefined;
  const ch = lower[offset];
  const make = (
    end: number,
    name: string,
    kind: OrganizationKind,
    province: string | null,
    extra: Partial<OrgMention> = {},
  ): OrgMention => ({
    start: offset,
    end,
    name,
    kind,
    province,
    surface: text.slice(offset, end),
    ...extra,
  });

  // Sở <department> [scope]
  if (lower.startsWith("sở", offset) && wordEndsAt(lower, offset + 2)) {
    const dept = formAt(lower, skipSpaces(text, offset + 2), DEPARTMENTS);
    if (dept) {
      const scope = parseScope(ctx, dept.end);
      if (scope.generic) return undefined;
      const end = scope.explicit ? scope.end : dept.end;
      const tail = !scope.explicit && /^ tỉnh(?![\p{L}])/u.test(lower.slice(dept.end, dept.end + 6)) ? dept.end + 5 : end;
      return make(tail, provincialName(`Sở ${dept.body.name}`, scope.province), "DEPARTMENT", scope.province, scopeSpan(scope));
    }
    // A bare "Sở" (capital S, not "sở, ban, ngành") stands for the department in context.
    if (text[offset] === "S" && !/^sở\s*(?:,|ban|ngành|và|\/)/u.test(lower.slice(offset, offset + 10)))
      return make(offset + 2, "Sở", "DEPARTMENT", ctx.provinceId, { bareDepartment: true });
    return undefined;
  }

  // Ủy ban nhân dân / UBND, Hội đồng nhân dân / HĐND [scope]
  const council = /^(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)(?![\p{L}])/u.exec(lower.slice(offset, offset + 20));
  if (council) {
    const committee = council[0] === "ubnd" || council[0].startsWith("ủy");
    const headEnd = offset + council[0].length;
    const scope = parseScope(ctx, headEnd);
    if (scope.generic) return undefined;
    const head = committee ? "Ủy ban nhân dân" : "Hội đồng nhân dân";
    const kind: OrganizationKind = committee ? "PEOPLES_COMMITTEE" : "PEOPLES_COUNCIL";
    if (scope.district) return make(scope.end, `${head} ${scope.district.label}`, kind, scope.district.province, scopeSpan(scope));
    const end = scope.explicit ? scope.end : /^ tỉnh(?![\p{L}])/u.test(lower.slice(headEnd, headEnd + 6)) ? headEnd + 5 : headEnd;
    return make(end, provincialName(head, scope.province), kind, scope.province, scopeSpan(scope));
  }

  // Tỉnh ủy [X], Thành ủy [X], Ban Chấp hành Đảng bộ tỉnh [X]
  const party = /^(?:tỉnh ủy|thành ủy|ban chấp hành đảng bộ tỉnh|ban chấp hành đảng bộ thành phố)(?![\p{L}])/u.exec(
    lower.slice(offset, offset + 40),
  );
  if (party && !/^ viên/u.test(lower.slice(offset + party[0].length, offset + party[0].length + 5))) {
    if (party[0].startsWith("tỉnh ủy") && text[offset] !== "T") return undefined;
    const headEnd = offset + party[0].length;
    const named = provinceNameAt(text, skipSpaces(text, headEnd));
    const province = named?.province.id ?? ctx.provinceId;
    const end = named?.end ?? headEnd;
    return make(
      end,
      partyCommitteeName(province, party[0].includes("thành")),
      "PARTY_COMMITTEE",
      province,
      named ? { provinceSpan: { start: skipSpaces(text, headEnd), end: named.end } } : {},
    );
  }

  // Bộ <ministry>
  if (lower.startsWith("bộ ", offset) && text[offset] === "B") {
    const ministry = formAt(lower, offset + 3, MINISTRIES);
    if (ministry) return make(ministry.end, `Bộ ${ministry.body.name}`, "MINISTRY", null);
  }

  // National bodies (capitalised, or they are common nouns: "chính phủ điện tử")
  const national = formAt(lower, offset, NATIONAL_BODIES);
  if (national && /\p{Lu}/u.test(text[offset] ?? "")) {
    const body = national.body as (typeof NATIONAL_BODIES)[number];
    if (
      body.name === "Chính phủ" &&
      (/^ (?:điện tử|số)(?![\p{L}])/u.test(lower.slice(national.end, national.end + 8)) || text[offset + 6] !== "p")
    )
      return undefined;
    return make(national.end, body.name, body.kind, null);
  }

  // Provincial bodies: Cổng thông tin điện tử, Đài Phát thanh - Truyền hình, …
  const provincial = formAt(lower, offset, PROVINCIAL_BODIES);
  if (provincial) {
    const body = provincial.body as (typeof PROVINCIAL_BODIES)[number];
    if (!/\p{Lu}/u.test(text[offset] ?? "") && body.name !== "Cổng thông tin điện tử") return undefined;
    const before = lower.slice(Math.max(0, offset - 5), offset);
    if (/(?:các|những|\/)\s*$/u.test(before)) return undefined;
    const scope = parseScope(ctx, provincial.end);
    if (scope.generic || scope.district) return undefined;
    if (body.name === "Cổng thông tin điện tử" && !scope.explicit && !/\p{Lu}/u.test(text[offset] ?? "")) {
      if (!/^ (?:của )?tỉnh(?![\p{L}])/u.test(lower.slice(provincial.end, provincial.end + 9))) return undefined;
    }
    const tail = !scope.explicit ? tailAfterBareTinh(lower, provincial.end) : scope.end;
    return make(tail, provincialName(body.name, scope.province), body.kind, scope.province, scopeSpan(scope));
  }

  // Enterprises: "Chi nhánh Viettel Thái Nguyên", "Viễn thông Thái Nguyên", "Bưu điện tỉnh X"
  const branchPrefix = /^chi nhánh /u.exec(lower.slice(offset, offset + 10));
  const brandAt = offset + (branchPrefix ? branchPrefix[0].length : 0);
  const brand = formAt(lower, brandAt, ENTERPRISE_BRANDS);
  if (brand && /\p{Lu}/u.test(text[brandAt] ?? "")) {
    const named = provinceNameAt(text, skipSpaces(text, brand.end));
    if (named) {
      const brandName = brand.body.name === "Bưu điện tỉnh" ? "Bưu điện tỉnh" : brand.body.name;
      return make(named.end, `${brandName} ${named.province.name}`, "ENTERPRISE", named.province.id, {
        provinceSpan: { start: skipSpaces(text, brand.end), end: named.end },
      });
    }
    return undefined;
  }

  // Báo <Name> (a newspaper): capitalised "Báo" followed by a capitalised word.
  if (ch === "b" && text.startsWith("Báo ", offset)) {
    const m = /^Báo (?:điện tử )?(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,4})/u.exec(text.slice(offset, offset + 60));
    if (m)
      return make(
        offset + m[0].length,
        m[0],
        "MEDIA",
        provinceNameAt(text, offset + m[0].length - (m[1]?.length ?? 0))?.province.id ?? null,
      );
  }

  // Ban Quản lý dự án <X>, Trung tâm <X>, Cục <X>, Tập đoàn/Tổng công ty/Công ty <X>: capitalised names.
  const named =
    /^(Ban [Qq]uản lý dự án|Ban Chỉ đạo|Trung tâm|Cục|Tập đoàn|Tổng [Cc]ông ty|Công ty(?: [Cc]ổ phần| TNHH)?|Hiệp hội|Hội) ((?:[\p{Lu}\d][\p{L}\d&'-]*)(?:(?: | - )(?:[\p{Lu}\d][\p{L}\d&'-]*|và(?= [\p{Lu}])|(?!(?:tổ|chức|đã|có|về|với|tại|cho|của|là|được|và|trong|theo|trên|để|năm|ngày|thuộc|phối|cùng|đến|từ|sẽ|đang|vừa|tiếp|làm|ký|tỉnh|thành|huyện|nhằm|như|do|các|những)(?![\p{L}]))\p{Ll}+))*)/u.exec(
      text.slice(offset, offset + 160),
    );
  if (named && !/thành\s+$/u.test(lower.slice(Math.max(0, offset - 6), offset))) {
    const head = named[1] as string;
    const kind: OrganizationKind = /^(Tập đoàn|Tổng|Công ty)/u.test(head) ? "ENTERPRISE" : "OTHER";
    if (head === "Hội" && !/^Hội (?:Nhà báo|Tin học|Truyền thông)/u.test(named[0])) return undefined;
    let end = offset + named[0].length;
    // "và" or a lower-case word cannot end a name.
    const words = named[0].split(" ");
    while (words.length > 2 && /^(?:và|-|của|các)$/u.test(words[words.length - 1] as string)) {
      end -= (words.pop() as string).length + 1;
    }
    const p = provinceNameAt(text, end - (named[2]?.length ?? 0));
    return make(end, text.slice(offset, end), kind, p?.province.id ?? null);
  }
  return undefined;
}

/** "Cổng thông tin điện tử tỉnh" with nothing after: the words "tỉnh" belong to the mention. */
function tailAfterBareTinh(lower: string, end: number): number {
  const m = /^ (?:của )?tỉnh(?![\p{L}])/u.exec(lower.slice(end, end + 10));
  return m ? end + m[0].length : end;
}

function scopeSpan(scope: Scope): Partial<OrgMention> {
  return scope.span ? { provinceSpan: scope.span } : {};
}

const HEADS =
  /(?<![\p{L}\p{N}])(?:sở|ủy ban|ubnd|hội đồng nhân dân|hđnd|tỉnh ủy|thành ủy|ban|bộ|chính phủ|thủ tướng|văn phòng|quốc hội|thông tấn|đài|cổng|cttđt|chi nhánh|viettel|vnpt|viễn thông|fpt|mobifone|vietnamobile|bưu điện|báo|trung tâm|cục|tập đoàn|tổng công ty|công ty|công an|hội nhà báo|hiệp hội|hội|ttxvn)(?![\p{L}\p{N}])/gu;

/** Every organisation named in the text, left to right, without overlaps. */
export function findOrganizations(ctx: ReportContext): OrgMention[] {
  const found: OrgMention[] = [];
  let cursor = 0;
  for (const m of ctx.index.lower.matchAll(HEADS)) {
    const start = m.index ?? 0;
    if (start < cursor) continue;
    const org = organizationAt(ctx, start);
    if (!org) continue;
    found.push(org);
    cursor = org.end;
  }
  return found;
}
