import { expandAbbreviations } from "../../domain/gazetteer/abbreviations.js";
import { districtsNamed, provinceOfDistrict } from "../../domain/gazetteer/districts.js";
import {
  DEPARTMENTS,
  ENTERPRISE_BRANDS,
  MINISTRIES,
  NATIONAL_BODIES,
  type NamedBody,
  PROVINCIAL_BODIES,
} from "../../domain/gazetteer/organizations.js";
import { provinceById, provinceQualifier } from "../../domain/gazetteer/provinces.js";
import type { OrganizationKind, Span } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import { councilList, districtTypeOf, localUnitsAfter } from "./council-lists.js";
import { personNameAt } from "./person-names.js";
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
  /** The body whose unit this is, named inside its name ("Phòng A Sở B"). */
  parent?: OrgMention;
  /** A unit of the report's department written with a bare "Sở" ("Văn phòng Sở"): named after that department. */
  ofBareDepartment?: boolean;
  /** "Đảng ủy Sở Khoa học và Công nghệ": the body named inside, itself mentioned there. */
  inner?: OrgMention;
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
      // "UBND thành phố Lê Thị Hoàng Yến" in a city's report: "thành phố" is the city itself; a name follows.
      const own = ctx.provinceId ? provinceById(ctx.provinceId) : undefined;
      if (own?.type === "thanh-pho" && m[1] === "thành phố")
        return { end: i + m[0].length, province: own.id, explicit: true, span: { start: i, end: i + m[0].length } };
    }
  }
  if (/^tỉnh(?![\p{L}])/u.test(rest)) return { end: i + 4, province: ctx.provinceId, explicit: false };
  if (/^của tỉnh(?![\p{L}])/u.test(rest)) return { end: i + 8, province: ctx.provinceId, explicit: false };
  if (/^cấp tỉnh(?![\p{L}])/u.test(rest)) return { end: i + 8, province: ctx.provinceId, explicit: false };
  m = /^(huyện|quận|thị xã)(?=\s)/u.exec(rest);
  if (m) {
    const d = districtAt(ctx, i + m[0].length, m[1] as string);
    if (d) return d;
    const bare = bareDistrictAt(ctx, i);
    if (bare) return bare;
    return { end: i + m[0].length, province: null, generic: true, explicit: false };
  }
  const bareDistrict = bareDistrictAt(ctx, i);
  if (bareDistrict) return bareDistrict;
  // "Công an phường Rạch Giá", "Ủy ban Mặt trận Tổ quốc Việt Nam phường": a commune's body.
  const commune =
    i > 0 && text[i - 1] === " " && /^(?:xã|phường|thị trấn|đặc khu)(?![\p{L}])/u.test(rest) ? communeAt(ctx, i - 1) : undefined;
  if (commune)
    return {
      end: commune.end,
      province: ctx.provinceId,
      district: { label: commune.label, province: ctx.provinceId },
      explicit: true,
      span: { start: i, end: commune.end },
    };
  if (/^(?:các|cấp|xã|phường|thị trấn|huyện|quận|những|mỗi)(?![\p{L}])/u.test(rest))
    return { end: i, province: null, generic: true, explicit: false };
  const bare = provinceNameAt(text, i);
  if (bare) return { end: bare.end, province: bare.province.id, explicit: true, span: { start: i, end: bare.end } };
  return { end: from, province: ctx.provinceId, explicit: false };
}

function districtAt(ctx: ReportContext, at: number, unit: string): Scope | undefined {
  const { text } = ctx.index;
  const start = skipSpaces(text, at);
  // "Phan Rang - Tháp Chàm": a dash may join the parts of a district's name.
  const m = /^\p{Lu}[\p{L}']*(?:(?: - | )\p{Lu}[\p{L}']*){0,3}/u.exec(text.slice(start, start + 40));
  if (!m) return undefined;
  const name = m[0];
  const type = districtTypeOf(unit) ?? "thanh-pho";
  // "UBND thành phố Lê Thị Hoàng Yến": a capitalised run the registry does not know as a district is the next name.
  if (districtsNamed(name).length === 0 && mainDistrict(ctx)?.name !== name) return undefined;
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

function provincialName(head: string, province: string | null, asWritten = false): string {
  const p = province ? provinceById(province) : undefined;
  if (!p) return head;
  // "Ban Tuyên giáo Tỉnh ủy Sóc Trăng", "Tỉnh Đoàn Phú Thọ", "Đài Phát thanh - Truyền hình Bình Phước": no second "tỉnh".
  if (asWritten || /(?:Tỉnh ủy|Thành ủy|Tỉnh Đoàn|Thành Đoàn)$/u.test(head)) return `${head} ${p.name}`;
  return `${head} ${provinceQualifier(p)}`;
}

/**
 * The district a report is about when it names one ("huyện Mường Tè"): a bare
 * "UBND huyện", "Huyện ủy", "Phòng … huyện" then means that district's body.
 * Only when the text names exactly one district.
 */
const districtCache = new WeakMap<object, { name: string; province: string | null } | null>();
/** "huyện Pác Nặm": the name's words are on one line (a footer's next line is not part of it). */
const DISTRICT_NAMED = /(?<![\p{L}])huyện +(\p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']*){0,3})/gu;

export function mainDistrict(ctx: ReportContext): { name: string; province: string | null } | null {
  const cached = districtCache.get(ctx.index);
  if (cached !== undefined) return cached;
  const names = new Map<string, number>();
  for (const m of ctx.index.text.matchAll(DISTRICT_NAMED)) {
    const name = m[1] as string;
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  const only = names.size === 1 ? ([...names.keys()][0] as string) : null;
  const found = only ? { name: only, province: provinceOfDistrict(only, "huyen") ?? ctx.provinceId } : null;
  districtCache.set(ctx.index, found);
  return found;
}

/** A bare "huyện" that stands for the report's one district (not "huyện, thị xã", "các huyện"). */
function bareDistrictAt(ctx: ReportContext, at: number): Scope | undefined {
  const { lower } = ctx.index;
  if (!lower.startsWith("huyện", at) || /[\p{L}]/u.test(lower[at + 5] ?? "")) return undefined;
  if (/^\s+\p{Lu}/u.test(ctx.index.text.slice(at + 5, at + 7))) return undefined;
  // "huyện, thị xã", "huyện/thành phố", "huyện và thành phố": every district, not one.
  // ("huyện, Huyện đoàn": the next body of a list.)
  if (
    /^\s*(?:,\s*|\/\s*|\s+và\s+|\s+)(?:thị xã|thành phố|quận|huyện)(?![\p{L}])(?! (?:đoàn|ủy)(?![\p{L}]))/u.test(
      lower.slice(at + 5, at + 24),
    )
  )
    return undefined;
  const d = mainDistrict(ctx);
  if (!d) return undefined;
  return {
    end: at + 5,
    province: d.province,
    district: { label: `huyện ${d.name}`, province: d.province },
    explicit: true,
    span: { start: at, end: at + 5 },
  };
}

function partyCommitteeName(province: string | null, city: boolean): string {
  const p = province ? provinceById(province) : undefined;
  const head = city || p?.type === "thanh-pho" ? "Thành ủy" : "Tỉnh ủy";
  return p ? `${head} ${p.name}` : head;
}

/** The organisation named at `offset`, if one starts there. */
export function organizationAt(ctx: ReportContext, offset: number, options: { lowerHead?: boolean } = {}): OrgMention | undefined {
  const found = bodyAt(ctx, offset, options);
  return found && ctx.renamedProvince ? asRenamed(found, ctx.renamedProvince) : found;
}

function bodyAt(ctx: ReportContext, offset: number, options: { lowerHead?: boolean }): OrgMention | undefined {
  const { text, lower } = ctx.index;
  if (!startsWordAt(lower, offset)) return undefined;
  // "86/KH-UBND", "QĐ-UBND": the issuer's code inside a document number is not a mention of it.
  if (/[-/]/u.test(text[offset - 1] ?? "")) return undefined;
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
    const deptAt = skipSpaces(text, offset + 2);
    const dept = formAt(lower, deptAt, DEPARTMENTS);
    // "Sở xây dựng kế hoạch …": a department's name is capitalised; in lower case the words are a verb.
    const verbNotName =
      dept !== undefined && /^\p{Ll}/u.test(text[deptAt] ?? "") && /^(?:xây dựng|tài chính|du lịch)$/u.test(dept.body.forms[0] ?? "");
    if (dept && !verbNotName) {
      // "Sở Thông tin và Truyền thông (TT&TT) tỉnh Lâm Đồng": the short form in brackets comes before the place.
      const short = /^\s*\((?:[A-ZĐ&.-]{2,12})\)/u.exec(text.slice(dept.end, dept.end + 20));
      if (short) dept.end += short[0].length;
      const scope = parseScope(ctx, dept.end);
      if (scope.generic) return undefined;
      const end = scope.explicit ? scope.end : dept.end;
      const tail = !scope.explicit && /^ tỉnh(?![\p{L}])/u.test(lower.slice(dept.end, dept.end + 6)) ? dept.end + 5 : end;
      return make(tail, provincialName(`Sở ${dept.body.name}`, scope.province), "DEPARTMENT", scope.province, scopeSpan(scope));
    }
    // A bare "Sở" (capital S, not "sở, ban, ngành") stands for the department in context.
    if (text[offset] === "S" && !/^sở\s*(?:,\s*(?:ban|ngành)|ban|ngành|và|\/)/u.test(lower.slice(offset, offset + 10)))
      return make(offset + 2, "Sở", "DEPARTMENT", ctx.provinceId, { bareDepartment: true });
    return undefined;
  }

  // Ủy ban nhân dân / UBND, Hội đồng nhân dân / HĐND [scope]
  const council = /^(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)(?![\p{L}])/u.exec(lower.slice(offset, offset + 20));
  if (council) {
    const committee = council[0] === "ubnd" || council[0].startsWith("ủy");
    const headEnd = offset + council[0].length;
    // "UBND xã Giao Thiện", "UBND phường Vũng Tàu", a bare "UBND phường" in a ward's report: a commune's body.
    const commune = communeAt(ctx, headEnd);
    if (commune) {
      const head = committee ? "Ủy ban nhân dân" : "Hội đồng nhân dân";
      const kind: OrganizationKind = committee ? "PEOPLES_COMMITTEE" : "PEOPLES_COUNCIL";
      return make(commune.end, `${head} ${commune.label}`, kind, ctx.provinceId);
    }
    const scope = parseScope(ctx, headEnd);
    if (scope.generic) return undefined;
    const head = committee ? "Ủy ban nhân dân" : "Hội đồng nhân dân";
    const kind: OrganizationKind = committee ? "PEOPLES_COMMITTEE" : "PEOPLES_COUNCIL";
    if (scope.district) return make(scope.end, `${head} ${scope.district.label}`, kind, scope.district.province, scopeSpan(scope));
    const end = scope.explicit ? scope.end : /^ tỉnh(?![\p{L}])/u.test(lower.slice(headEnd, headEnd + 6)) ? headEnd + 5 : headEnd;
    return make(end, provincialName(head, scope.province), kind, scope.province, scopeSpan(scope));
  }

  // Huyện ủy [X]: the district named after it, else the report's one district.
  if (text.startsWith("Huyện ủy", offset) && wordEndsAt(lower, offset + 8)) {
    const headEnd = offset + 8;
    const written = /^ (\p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']*){0,3})/u.exec(text.slice(headEnd, headEnd + 40));
    // "Bí thư Huyện ủy Lỳ Xá Hừ": a name after it that is no district is the secretary's.
    const named = written && districtsNamed(written[1] as string).length > 0 ? written : null;
    const district = named
      ? { name: named[1] as string, province: provinceOfDistrict(named[1] as string, "huyen") ?? ctx.provinceId }
      : mainDistrict(ctx);
    if (!district) return undefined;
    const end = named ? headEnd + named[0].length : headEnd;
    return make(end, `Huyện ủy ${district.name}`, "PARTY_COMMITTEE", district.province);
  }

  // "Văn phòng Đảng ủy phường": the office of a Party committee.
  if (text.startsWith("Văn phòng Đảng ủy", offset)) {
    const committee = organizationAt(ctx, offset + "Văn phòng ".length);
    if (committee?.kind === "PARTY_COMMITTEE") return make(committee.end, `Văn phòng ${committee.name}`, "OTHER", committee.province);
  }
  // "Công đoàn Sở", "Công đoàn Sở Thông tin và Truyền thông tỉnh X": a body's trade union.
  if (text.startsWith("Công đoàn Sở", offset)) {
    const body = organizationAt(ctx, offset + "Công đoàn ".length);
    if (body?.bareDepartment) return make(body.end, "Công đoàn", "OTHER", ctx.provinceId, { ofBareDepartment: true });
    if (body?.kind === "DEPARTMENT") return make(body.end, `Công đoàn ${body.name}`, "OTHER", body.province, { inner: body });
  }
  // "Đảng ủy Khối các cơ quan tỉnh": the Party committee of the province's agencies.
  const bloc =
    ch === "đ"
      ? /^Đảng ủy Khối (?:các cơ quan|cơ quan và doanh nghiệp|doanh nghiệp)(?![\p{L}])/u.exec(text.slice(offset, offset + 50))
      : null;
  if (bloc) {
    const scope = parseScope(ctx, offset + bloc[0].length);
    if (scope.generic || scope.district) return undefined;
    const end = scope.explicit ? scope.end : tailAfterBareTinh(lower, offset + bloc[0].length);
    return make(end, provincialName(bloc[0], scope.province), "PARTY_COMMITTEE", scope.province, scopeSpan(scope));
  }
  // "Đảng ủy Sở Khoa học và Công nghệ", "Đảng bộ Sở …", "Ban Chấp hành Đảng bộ Sở …": the Party body of the body named
  // after it; "Đảng ủy phường Rạch Giá": of a commune. A bare "Đảng ủy" ("Bí thư Đảng ủy, Giám đốc Sở") is the one named before.
  // (A province's own — "Ban Chấp hành Đảng bộ tỉnh", "Đảng bộ tỉnh" — is read below with the Tỉnh ủy.)
  const partyOf =
    ch === "đ" || ch === "b"
      ? /^(Ban Chấp hành Đảng bộ|Đảng ủy|Đảng bộ)(?![\p{L}])(?! (?:tỉnh|thành phố|[Tt]rung ương|các|cơ sở)(?![\p{L}]))/u.exec(
          text.slice(offset, offset + 40),
        )
      : null;
  if (partyOf) {
    const head = partyOf[1] as string;
    const headEnd = offset + head.length;
    const commune = communeAt(ctx, headEnd);
    if (commune) return make(commune.end, `${head} ${commune.label}`, "PARTY_COMMITTEE", ctx.provinceId);
    const body = text[headEnd] === " " ? organizationAt(ctx, headEnd + 1) : undefined;
    // "Đảng bộ Sở": the report's department's, named with it once it is known.
    if (body?.bareDepartment) return make(body.end, head, "PARTY_COMMITTEE", ctx.provinceId, { ofBareDepartment: true });
    if (body && body.kind !== "PARTY_COMMITTEE")
      return make(body.end, `${head} ${body.name}`, "PARTY_COMMITTEE", body.province, { inner: body });
    const named = partyBodyNamedBefore(ctx, offset, head);
    return named ? make(headEnd, named.name, named.kind, named.province, { ofBareDepartment: named.ofBareDepartment }) : undefined;
  }

  // "Văn phòng Sở" (a byline's desk), "Văn phòng Sở TT&TT": the department's office, named after it.
  if (text.startsWith("Văn phòng Sở", offset) && !/[\p{L}\p{N}]/u.test(text[offset + 12] ?? "")) {
    const department = organizationAt(ctx, offset + 10);
    if (department?.bareDepartment) return make(department.end, "Văn phòng", "OTHER", ctx.provinceId, { ofBareDepartment: true });
    if (department?.kind === "DEPARTMENT") return make(department.end, `Văn phòng ${department.name}`, "OTHER", department.province);
  }

  // Phòng <X> huyện [Y] / Phòng <X> (a district's office): "Phòng Văn hóa và Thông tin huyện";
  // Phòng <X>[,] Sở <Y>: a department's unit, named with its department ("Phòng Công nghệ thông tin Sở TT&TT tỉnh X").
  if (lower.startsWith("phòng ", offset)) {
    let nameEnd = readNameWords(text, lower, offset + 6, false);
    // "tham luận của phòng Văn hóa - Thông tin huyện Văn Chấn": in lower case, only a district's office named in full.
    const lowerHead = text[offset] !== "P" && !options.lowerHead;
    // ("phòng Văn hóa và Thông tin cấp huyện" is every district's office, not one.)
    const named = /^\p{Lu}/u.test(text[offset + 6] ?? "") && !/(?:^| )cấp$/u.test(lower.slice(offset + 6, nameEnd));
    if (lowerHead && !(named && parseScope(ctx, nameEnd).district)) return undefined;
    // "Phòng Bưu chính, Viễn thông và Công nghệ thông tin": a comma between capitalised parts of the name.
    while (
      /^, \p{Lu}/u.test(text.slice(nameEnd, nameEnd + 3)) &&
      !/^, (?:Sở|UBND|Ủy ban|(?:Huyện|Tỉnh|Thành) [Đđ]oàn|Bưu điện|Đài|Báo|Ban|Trung tâm)(?![\p{L}])/u.test(
        text.slice(nameEnd, nameEnd + 14),
      )
    ) {
      const more = readNameWords(text, lower, nameEnd + 2, false);
      if (more <= nameEnd + 2) break;
      nameEnd = more;
    }
    if (nameEnd > offset + 6) {
      const scope = parseScope(ctx, nameEnd);
      const head = text.slice(offset + 6, nameEnd);
      const full = `Phòng ${expandAbbreviations(head)}`;
      if (scope.district) return make(scope.end, `${full} ${scope.district.label}`, "OTHER", scope.district.province, scopeSpan(scope));
      // "Phòng A (thuộc Sở)": the report's department, named once the report's department is known.
      const underSo = /^\s*\((?:trực )?thuộc (Sở)\)/u.exec(text.slice(nameEnd, nameEnd + 20));
      // "Phòng A (thuộc Sở Thông tin và Truyền thông)": the department named in full.
      const underNamed = underSo ? null : /^\s*\((?:trực )?thuộc (?=Sở )/u.exec(text.slice(nameEnd, nameEnd + 20));
      const namedDepartment = underNamed ? organizationAt(ctx, nameEnd + underNamed[0].length) : undefined;
      if (namedDepartment?.kind === "DEPARTMENT" && !namedDepartment.bareDepartment)
        return make(nameEnd, `${full} ${namedDepartment.name}`, "OTHER", namedDepartment.province, { parent: namedDepartment });
      if (underSo) {
        const at = nameEnd + underSo[0].indexOf("Sở");
        const bare: OrgMention = {
          start: at,
          end: at + 2,
          name: "Sở",
          kind: "DEPARTMENT",
          province: ctx.provinceId,
          surface: "Sở",
          bareDepartment: true,
        };
        return make(nameEnd, full, "OTHER", ctx.provinceId, { parent: bare });
      }
      // Named with its department, the unit is not said to belong to it the way "(thuộc Sở …)" says so.
      const sep = /^(?:,\s*|\s+[-–]\s+|\s+)(?=Sở\s)/u.exec(text.slice(nameEnd, nameEnd + 8));
      const department = sep ? organizationAt(ctx, nameEnd + sep[0].length) : undefined;
      if (department && department.kind === "DEPARTMENT" && !department.bareDepartment)
        return make(department.end, `${full} ${department.name}`, "OTHER", department.province);
    }
  }

  // "Ban Thường vụ Tỉnh ủy [X]" (not "Ủy viên Ban Thường vụ Tỉnh ủy", a title in the Tỉnh ủy): the standing committee.
  const standing = /^ban thường vụ (tỉnh ủy|thành ủy)(?![\p{L}])/u.exec(lower.slice(offset, offset + 30));
  if (standing && text[offset] === "B" && !/ủy viên\s+$/u.test(lower.slice(Math.max(0, offset - 10), offset))) {
    const headEnd = offset + standing[0].length;
    const named = provinceNameAt(text, skipSpaces(text, headEnd));
    const province = named?.province.id ?? ctx.provinceId;
    const committee = partyCommitteeName(province, standing[1] === "thành ủy");
    return make(named?.end ?? headEnd, `Ban Thường vụ ${committee}`, "PARTY_COMMITTEE", province);
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
    // "Ban Chấp hành Đảng bộ tỉnh X" keeps the name it is given (the body that passes the congress's resolutions).
    const p = province ? provinceById(province) : undefined;
    const executive = party[0].startsWith("ban") && p ? `Ban Chấp hành Đảng bộ ${provinceQualifier(p)}` : null;
    return make(
      end,
      executive ?? partyCommitteeName(province, party[0].includes("thành")),
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

  // "Trưởng Ban Văn hóa - Xã hội": a council committee named before in full ("… HĐND tỉnh").
  const committee =
    ch === "b"
      ? /^Ban (?:Văn hóa - Xã hội|Kinh tế - Ngân sách|Pháp chế|Dân tộc|Đô thị)(?![\p{L}])(?! (?:HĐND|Hội đồng))/u.exec(
          text.slice(offset, offset + 30),
        )
      : null;
  if (committee) {
    const named = namedBefore(ctx, offset, committee[0]);
    if (named && /Hội đồng nhân dân/u.test(named.name)) return make(offset + committee[0].length, named.name, named.kind, named.province);
  }
  // Provincial bodies: Cổng thông tin điện tử, Đài Phát thanh - Truyền hình, …
  const provincial = formAt(lower, offset, PROVINCIAL_BODIES);
  if (provincial) {
    const body = provincial.body as (typeof PROVINCIAL_BODIES)[number];
    if (!/\p{Lu}/u.test(text[offset] ?? "") && body.name !== "Cổng thông tin điện tử" && !options.lowerHead) return undefined;
    const before = lower.slice(Math.max(0, offset - 5), offset);
    if (/(?:các|những|\/)\s*$/u.test(before)) return undefined;
    const scope = parseScope(ctx, provincial.end);
    if (scope.generic) return undefined;
    // "Văn phòng HĐND và UBND huyện Phú Quý": the district's own office.
    if (scope.district) {
      // A commune's police and front ("Công an phường", "Ủy ban MTTQ Việt Nam xã X") are its own bodies; so are a
      // district's ("Công an huyện Krông Nô").
      const commune = /^(?:xã|phường|thị trấn|đặc khu) /u.test(scope.district.label);
      if (!/^(?:Văn phòng|Đài Truyền thanh|Công an|Ủy ban Mặt trận|Bảo hiểm xã hội|Kho bạc|Hội |Liên đoàn)/u.test(body.name) && !commune)
        return undefined;
      return make(scope.end, `${body.name} ${scope.district.label}`, body.kind, scope.district.province, scopeSpan(scope));
    }
    if (body.name === "Cổng thông tin điện tử" && !scope.explicit && !/\p{Lu}/u.test(text[offset] ?? "")) {
      if (!/^ (?:của )?tỉnh(?![\p{L}])/u.test(lower.slice(provincial.end, provincial.end + 9))) return undefined;
    }
    const tail = !scope.explicit ? tailAfterBareTinh(lower, provincial.end) : scope.end;
    const bareProvince =
      scope.explicit && scope.span !== undefined && !/^(?:tỉnh|thành phố|tp)/u.test(lower.slice(scope.span.start, scope.span.end));
    return make(tail, provincialName(body.name, scope.province, bareProvince), body.kind, scope.province, scopeSpan(scope));
  }

  // Enterprises: "Chi nhánh Viettel Thái Nguyên", "Viễn thông Thái Nguyên", "Bưu điện tỉnh X"
  const branchPrefix = /^chi nhánh /u.exec(lower.slice(offset, offset + 10));
  const brandAt = offset + (branchPrefix ? branchPrefix[0].length : 0);
  const brand = formAt(lower, brandAt, ENTERPRISE_BRANDS);
  if (brand && /\p{Lu}/u.test(text[brandAt] ?? "")) {
    // "Bưu điện thành phố Hải Phòng", "Viettel tỉnh X": the province may come with its unit word.
    const unitWord = /^ (?:tỉnh|thành phố|TP\.?) (?=\p{Lu})/u.exec(text.slice(brand.end, brand.end + 14));
    const afterBrand = unitWord ? brand.end + unitWord[0].length : skipSpaces(text, brand.end);
    const named = provinceNameAt(text, afterBrand);
    if (named) {
      // "VNPT Kon Tum" is the province's telecom unit, "Viễn thông Kon Tum".
      const brandName = brand.body.name === "VNPT" ? "Viễn thông" : brand.body.name;
      // The post office is named with its unit word ("Bưu điện tỉnh X", "Bưu điện thành phố Hải Phòng").
      const full = brandName.startsWith("Bưu điện")
        ? `Bưu điện ${provinceQualifier(named.province)}`
        : `${brandName} ${named.province.name}`;
      return make(named.end, full, "ENTERPRISE", named.province.id, {
        provinceSpan: { start: skipSpaces(text, brand.end), end: named.end },
      });
    }
    // A district unit: "Viettel Mường Tè", "Bưu điện huyện Mường Tè".
    const unit = /^ (huyện )?(\p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']*){0,3})/u.exec(text.slice(brand.end, brand.end + 40));
    const district = unit ? provinceOfDistrict(unit[2] as string, "huyen") : null;
    if (unit && district) {
      const end = brand.end + unit[0].length;
      const brandName = brand.body.name === "VNPT" ? "Viễn thông" : brand.body.name === "Bưu điện tỉnh" ? "Bưu điện" : brand.body.name;
      return make(end, `${brandName} ${unit[1] ?? ""}${unit[2]}`, "ENTERPRISE", district);
    }
    // "Bưu điện huyện" with no name after it: the post office of the report's one district.
    if (brand.body.name === "Bưu điện tỉnh" && /^ huyện(?![\p{L}])/u.test(lower.slice(brand.end, brand.end + 7))) {
      const own = bareDistrictAt(ctx, brand.end + 1);
      if (own?.district) return make(own.end, `Bưu điện ${own.district.label}`, "ENTERPRISE", own.district.province);
    }
    // "Bưu điện tỉnh" with no name after it: the report's province's post office.
    if (brand.body.name === "Bưu điện tỉnh" && lower.startsWith("bưu điện tỉnh", brandAt) && ctx.provinceId) {
      const p = provinceById(ctx.provinceId);
      if (p) return make(brandAt + 13, `Bưu điện tỉnh ${p.name}`, "ENTERPRISE", p.id);
    }
    // A bare "VNPT", "Viettel", "MobiFone" is the group itself, named in full.
    const group = !branchPrefix && BRAND_GROUPS[text.slice(brandAt, brand.end)];
    if (group && !/^\s*(?:tỉnh|huyện|thành phố)(?![\p{L}])/u.test(lower.slice(brand.end, brand.end + 12)))
      return make(brand.end, group, "ENTERPRISE", null);
    return undefined;
  }

  // Báo <Name> (a newspaper): capitalised "Báo" followed by a capitalised word.
  if (ch === "b" && text.startsWith("Báo ", offset)) {
    const m = /^Báo (?:điện tử )?(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,4})/u.exec(text.slice(offset, offset + 60));
    // "Báo Bà Rịa - Vũng Tàu": a province's name with a dash is the paper's whole name.
    const place = m ? provinceNameAt(text, offset + m[0].length - (m[1]?.length ?? 0)) : undefined;
    if (m && place && place.end > offset + m[0].length) return make(place.end, text.slice(offset, place.end), "MEDIA", place.province.id);
    if (m)
      return make(
        offset + m[0].length,
        m[0],
        "MEDIA",
        provinceNameAt(text, offset + m[0].length - (m[1]?.length ?? 0))?.province.id ?? null,
      );
  }

  // Schools ("Trường THPT Hùng Vương", "Trường Đại học Tân Trào"): named, placed nowhere the text does not say.
  const school = /^Trường (?:Đại học|Cao đẳng|Trung cấp|THPT|THCS|Trung học phổ thông|Trung học cơ sở|Tiểu học|Phổ thông) /u.exec(
    text.slice(offset, offset + 40),
  );
  if (school) {
    const nameStart = offset + school[0].length;
    // "Trường Đại học Hàng hải Việt Nam", "… Bách khoa": lower-case words inside, up to a verb or a place.
    let end = readNameWords(text, lower, nameStart, false);
    // "Trường Đại học Hải Phòng đào tạo …": a name that is only a place is complete there.
    const place = provinceNameAt(text, nameStart);
    if (place && place.end < end && /^ \p{Ll}/u.test(text.slice(place.end, place.end + 2))) end = place.end;
    if (end > nameStart) {
      const lastWord = text.slice(nameStart, end).split(" ").pop() ?? "";
      return make(end, withProvinceWrittenOut(expandAbbreviations(text.slice(offset, end)), lastWord), "OTHER", null);
    }
    return undefined;
  }
  // "Huyện Đoàn Thanh Sơn": the youth union of a district.
  const districtUnion = /^(?:Huyện|Thị|Thành) [Đđ]oàn (?=\p{Lu})/u.exec(text.slice(offset, offset + 16));
  if (districtUnion) {
    const nameStart = offset + districtUnion[0].length;
    const end = readNameWords(text, lower, nameStart, false);
    if (end > nameStart) {
      const label = text.slice(nameStart, end);
      const province = provinceOfDistrict(label, "huyen") ?? ctx.provinceId;
      return make(end, text.slice(offset, end), "OTHER", province);
    }
  }
  // A bare "Huyện đoàn" is the youth union of the report's one district, as a bare "Huyện ủy" is its Party committee.
  const bareUnion = /^Huyện [Đđ]oàn(?![\p{L}])(?! \p{Lu})/u.exec(text.slice(offset, offset + 14));
  const unionDistrict = bareUnion ? mainDistrict(ctx) : null;
  if (bareUnion && unionDistrict)
    return make(offset + bareUnion[0].length, `${bareUnion[0]} ${unionDistrict.name}`, "OTHER", unionDistrict.province);

  // Ban Quản lý dự án <X>, Ban Chỉ đạo <X>, Trung tâm <X>, Cục <X>, Tập đoàn/Tổng công ty/Công ty <X>: capitalised names.
  const headMatch =
    /^([Bb]an [Qq]uản lý dự án|[Bb]an [Cc]hỉ đạo|Tổ công tác|Trung tâm|Cục|Tập đoàn|Tổng [Cc]ông ty|Công ty(?: [Cc]ổ phần| TNHH)?|Hiệp hội|Hội|Quỹ|Hợp tác xã|Liên minh Hợp tác xã|Học viện|Viện|Ngân hàng|Vụ|Khoa) /u.exec(
      text.slice(offset, offset + 40),
    );
  if (headMatch && text[offset] === "b" && !options.lowerHead) return undefined;
  // "Phó Tổng Giám đốc Tập đoàn", "Thay mặt Tập đoàn,": a bare "Tập đoàn" is the group the report named before.
  if (/^Tập đoàn(?![\p{L}])(?!\s+\p{Lu})/u.test(text.slice(offset, offset + 12))) {
    const group = groupNamedBefore(ctx, offset);
    return group ? make(offset + "Tập đoàn".length, group.name, group.kind, group.province) : undefined;
  }
  if (headMatch && !/thành\s+$/u.test(lower.slice(Math.max(0, offset - 6), offset))) {
    const head = headMatch[1] as string;
    const steering = /^(?:[Bb]an [Cc]hỉ đạo|Tổ công tác)/u.test(head);
    const nameStart = offset + headMatch[0].length;
    if (steering) {
      const owned = ownedSteeringCommittee(ctx, offset, nameStart);
      if (owned) return make(owned.end, owned.name, "OTHER", owned.province);
    }
    let end = readNameWords(text, lower, nameStart, steering);
    // "Trung tâm Văn hóa, Truyền thông và Thể thao huyện X": a list "A, B và C" inside the name.
    if (head === "Trung tâm" && NAME_LIST_TAIL.test(text.slice(end, end + 60))) {
      for (let more = end; /^, \p{Lu}/u.test(text.slice(end, end + 3)); end = more) {
        more = readNameWords(text, lower, end + 2, false);
        if (more <= end + 2) break;
      }
    }
    // "các thành viên Ban Chỉ đạo quán triệt …", "trình Ban Chỉ đạo trước ngày …": a verb, not a committee's topic.
    if (
      steering &&
      end > nameStart &&
      /^\p{Ll}/u.test(text.slice(nameStart, nameStart + 1)) &&
      !STEERING_TOPIC.test(lower.slice(nameStart, end))
    )
      end = nameStart;
    if (steering && end <= nameStart) {
      // A bare "Ban Chỉ đạo" is the steering committee the report named in full.
      const full = steeringCommittee(ctx, /^Tổ/u.test(head) ? "Tổ công tác" : "Ban Chỉ đạo");
      if (full && full.start < offset) return make(offset + head.length, full.name, full.kind, full.province);
      return undefined;
    }
    // "Ông A, Giám đốc Trung tâm cho biết": a bare "Trung tâm" is the centre named before.
    if (end <= nameStart && head === "Trung tâm" && text[offset] === "T") {
      const centre = namedBefore(ctx, offset, "Trung tâm");
      return centre ? make(offset + head.length, centre.name, centre.kind, centre.province) : undefined;
    }
    if (end <= nameStart) return undefined;
    // "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, …": the committee's topic is part of its name.
    if (steering && /^ về \p{Ll}/u.test(text.slice(end, end + 6))) {
      const topicStart = end + 4;
      const length = topicLength(text.slice(topicStart, topicStart + 140));
      if (length > 0) end = topicStart + length;
    }
    if (head === "Hội" && !/^Hội (?:Nhà báo|Tin học|Truyền thông)/u.test(text.slice(offset, end))) return undefined;
    if (steering && /thành lập\s+$/u.test(lower.slice(Math.max(0, offset - 12), offset))) return undefined;
    let surfaceName = expandAbbreviations(text.slice(offset, end));
    // "Tập đoàn Viettel", "Tập đoàn VNPT": the group under its full name.
    const group = head === "Tập đoàn" ? BRAND_GROUPS[text.slice(nameStart, end)] : undefined;
    if (group) return make(end, group, "ENTERPRISE", null);
    const telecom = /(?:Viễn thông|Bưu điện|Bưu chính|Viettel|VNPT)/u.test(surfaceName);
    const kind: OrganizationKind =
      /^(Tập đoàn|Tổng|Công ty|Hợp tác xã|Ngân hàng)/u.test(head) || (telecom && head === "Trung tâm") ? "ENTERPRISE" : "OTHER";
    // The name may end in a province ("Trung tâm CNTT&TT Quảng Nam") or a district ("Trung tâm Viễn thông Mường Tè").
    const words = text.slice(nameStart, end).split(" ");
    let province: string | null = null;
    for (let k = Math.max(0, words.length - 3); k < words.length && province === null; k++) {
      const tailWords = words.slice(k).join(" ");
      const named = provinceNameAt(tailWords, 0);
      province = named?.end === tailWords.length ? named.province.id : null;
      if (province !== null) surfaceName = withProvinceWrittenOut(surfaceName, tailWords);
      if (province === null && words.length - k <= 3 && k > 0) province = provinceOfDistrict(tailWords, "huyen");
    }
    // "Trung tâm Giám sát, điều hành đô thị thông minh tỉnh X", "Vụ Đánh giá, thẩm định và giám định công nghệ (Bộ …)":
    // commas inside a name that runs on to its place, a bracket or the end of a list item.
    const commaTail = province === null ? COMMA_TAIL.exec(text.slice(end, end + 120)) : null;
    if (commaTail && !commaTail[0].split(/[\s,]+/u).some((w) => w !== "và" && NAME_STOP_WORDS.has(w))) {
      const after = end + commaTail[0].length;
      const scope = parseScope(ctx, after);
      if ((scope.explicit && scope.province) || /^\s*(?:[(;]|tỉnh(?![\p{L}]))/u.test(text.slice(after, after + 8))) {
        surfaceName = expandAbbreviations(text.slice(offset, after));
        end = after;
      }
    }
    if (province === null) {
      // "Trung tâm Hành chính công tỉnh", "… tỉnh Quảng Ninh"; a provincial centre named alone is the report's province's.
      const scope = parseScope(ctx, end);
      if (scope.district && (head === "Trung tâm" || steering || / chi nhánh$/u.test(surfaceName))) {
        // "Trung tâm Văn hóa - Thông tin huyện Sông Hinh", "Tổ công tác triển khai Đề án 06 huyện X": a district's.
        province = scope.district.province;
        end = scope.end;
        surfaceName = `${surfaceName} ${scope.district.label}`;
      } else if (scope.explicit && !scope.district && scope.province) {
        province = scope.province;
        end = scope.end;
        surfaceName = provincialName(surfaceName, province);
      } else if (/^ (?:của )?tỉnh(?![\p{L}])/u.test(lower.slice(end, end + 9)) && ctx.provinceId) {
        province = ctx.provinceId;
        end = tailAfterBareTinh(lower, end);
        surfaceName = provincialName(surfaceName, province);
      } else if (
        (head === "Trung tâm" || steering) &&
        ctx.provinceId &&
        !/(?:Việt Nam|[Qq]uốc gia|Trung ương)(?: về .*)?$/u.test(surfaceName)
      ) {
        province = ctx.provinceId;
        surfaceName = provincialName(surfaceName, province);
      }
    }
    return make(end, surfaceName, kind, province);
  }
  return undefined;
}

/** Where a committee's topic ends: a bracket, a stop, or the verb of its sentence. */
const TOPIC_END = /\s*[(.;:\n]|\s+(?:tổ chức|họp|đã|vừa|sẽ|dự|ban hành|chủ trì|quyết định|có|gồm|do|tại|ngày|năm \d)(?![\p{L}])/u;

/**
 * The length of a committee's topic at the start of `rest`: up to a bracket, a stop or a verb, and after its
 * list's "và" up to the next comma ("khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, tỉnh đã …"); 0 when
 * nothing ends it.
 */
function topicLength(rest: string): number {
  const stop = TOPIC_END.exec(rest);
  let end = stop ? stop.index : 0;
  const joined = / và /u.exec(rest);
  if (joined) {
    const comma = rest.indexOf(",", joined.index);
    if (comma >= 0 && (end === 0 || comma < end)) end = comma;
  }
  return end;
}

/**
 * "Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số": a committee
 * named by the body it belongs to and its topic. The owner is written out with its place ("… của Tỉnh ủy Đắk Lắk về …").
 */
function ownedSteeringCommittee(
  ctx: ReportContext,
  offset: number,
  nameStart: number,
): { end: number; name: string; province: string | null } | undefined {
  const { text } = ctx.index;
  if (!text.startsWith("của ", nameStart)) return undefined;
  const owner = organizationAt(ctx, nameStart + 4);
  if (!owner || owner.bareDepartment || !/^(?:PARTY_COMMITTEE|PEOPLES_COMMITTEE|PEOPLES_COUNCIL)$/u.test(owner.kind)) return undefined;
  const head = text.slice(offset, nameStart).trim();
  const about = /^ về /u.exec(text.slice(owner.end, owner.end + 4));
  if (!about) return { end: owner.end, name: `${head} của ${owner.name}`, province: owner.province };
  const topicStart = owner.end + about[0].length;
  const topic = text.slice(topicStart, topicStart + topicLength(text.slice(topicStart, topicStart + 140)));
  if (topic.split(" ").length < 2) return { end: owner.end, name: `${head} của ${owner.name}`, province: owner.province };
  return { end: topicStart + topic.length, name: `${head} của ${owner.name} về ${topic}`, province: owner.province };
}

/** "Hội Tin học TPHCM" → "Hội Tin học Thành phố Hồ Chí Minh": a province abbreviated at the end of a body's name is written out. */
function withProvinceWrittenOut(name: string, tail: string): string {
  if (!name.endsWith(tail) || /\p{Ll}/u.test(tail.replace(/^TP\.?/u, ""))) return name;
  const named = provinceNameAt(tail, 0);
  return named?.end === tail.length ? `${name.slice(0, name.length - tail.length)}${named.province.name}` : name;
}

/** ", Truyền thông và Thể thao": capitalised parts of one name listed with commas and a last "và". */
const NAME_LIST_TAIL = /^(?:, \p{Lu}\p{Ll}*(?: \p{Ll}+)*)+ và \p{Lu}/u;

/** " xã Giao Thiện", " phường Vũng Tàu", " thị trấn Phố Lu". */
const COMMUNE_AFTER = /^\s+(xã|phường|thị trấn|đặc khu)\s+(\p{Lu}[\p{L}']*(?:\s\p{Lu}[\p{L}']*){0,3})/u;

/**
 * The commune or ward named after a body's head (" phường Rạch Giá"), or a bare " phường" that stands for the
 * report's one commune, as a bare "huyện" stands for its one district.
 */
function communeAt(ctx: ReportContext, at: number): { end: number; label: string } | undefined {
  const { text } = ctx.index;
  const named = COMMUNE_AFTER.exec(text.slice(at, at + 50));
  if (named) {
    // "UBND phường Vũng Tàu Mai Thị Kiều Oanh": the place ends where a person's name begins.
    const words = (named[2] as string).split(" ");
    const placeStart = at + named[0].length - (named[2] as string).length;
    let kept = words.length;
    for (let k = 1, i = placeStart + (words[0] as string).length + 1; k < words.length; i += (words[k] as string).length + 1, k++)
      if (personNameAt(text, i)) {
        kept = k;
        break;
      }
    const place = words.slice(0, kept).join(" ");
    return { end: placeStart + place.length, label: `${named[1]} ${place}` };
  }
  const bare = /^ (xã|phường|thị trấn)(?![\p{L}])(?! +\p{Lu})/u.exec(text.slice(at, at + 14));
  const own = bare ? mainCommune(ctx) : null;
  if (!bare || !own || own.unit !== bare[1]) return undefined;
  return { end: at + bare[0].length, label: `${own.unit} ${own.name}` };
}

/** "phường Rạch Giá", "Xã Sính Phình": a commune's name, its words on one line. */
const COMMUNE_NAMED = /(?<![\p{L}])([Xx]ã|[Pp]hường|[Tt]hị trấn) +(\p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']*){0,3})/gu;
const communeCache = new WeakMap<object, { unit: string; name: string } | null>();

/** The commune a report is about: the only one it names (a report on several communes has none). */
function mainCommune(ctx: ReportContext): { unit: string; name: string } | null {
  const cached = communeCache.get(ctx.index);
  if (cached !== undefined) return cached;
  const names = new Map<string, { unit: string; name: string }>();
  for (const m of ctx.index.text.matchAll(COMMUNE_NAMED)) {
    const unit = (m[1] as string).toLowerCase();
    names.set(`${unit} ${m[2]}`, { unit, name: m[2] as string });
  }
  const only = names.size === 1 ? ([...names.values()][0] ?? null) : null;
  communeCache.set(ctx.index, only);
  return only;
}
/** Telecom groups as their brand alone names them. */
const BRAND_GROUPS: Readonly<Record<string, string>> = {
  VNPT: "Tập đoàn Bưu chính Viễn thông Việt Nam",
  Viettel: "Tập đoàn Công nghiệp - Viễn thông Quân đội",
  MobiFone: "Tổng công ty Viễn thông MobiFone",
};

/** ", thẩm định và giám định công nghệ": lower-case words after commas, up to a place, a bracket or a semicolon. */
const COMMA_TAIL =
  /^(?:,\s+(?!(?:tỉnh|huyện|quận)(?![\p{L}]))\p{Ll}[\p{L}]*(?:\s+(?!(?:tỉnh|huyện|quận)(?![\p{L}]))\p{Ll}[\p{L}]*){0,9})+(?=\s+(?:tỉnh|thành phố|huyện|thị xã|quận)(?![\p{L}])|\s*[(;])/u;

/** Lower-case words that end a body's name (verbs and function words). */
const NAME_STOP_WORDS = new Set(
  (
    "tổ chức đã có về với tại cho của là được và trong theo trên để năm ngày thuộc phối cùng đến từ sẽ đang vừa tiếp làm ký " +
    "tỉnh thành huyện nhằm như do các những giới bố phát trình báo cam nâng mở đưa chủ tham hỗ cung đề yêu " +
    "nhận trao tặng gửi biết sớm hoàn khắc rà đẩy tăng ưu đảm duy xử tiến hướng lắp kiểm " +
    "xây cử nghiên đánh đặt kiến bày nêu chia khẳng nhấn ghi cảm thúc xem"
  ).split(" "),
);

/** First syllables that end a name only as part of a verb ("thực hiện"; "Cục Chứng thực số …" goes on). */
const VERB_FIRST_SYLLABLE: Readonly<Record<string, RegExp>> = {
  thực: /^ hiện(?![\p{L}])/u,
  // "khẩn trương" ends a name; "Trung tâm Ứng cứu khẩn cấp không gian mạng" goes on.
  khẩn: /^ trương(?![\p{L}])/u,
  // "Trung tâm … - Truyền thông bảo đảm …": "bảo đảm", "bảo vệ", "bảo trì" are verbs after a name.
  bảo: /^ (?:đảm|vệ|trì)(?![\p{L}])/u,
  // "triển khai" ends a name; "Trung tâm Hội chợ triển lãm quốc tế Cần Thơ" goes on.
  triển: /^ khai(?![\p{L}])/u,
};

/**
 * Reads the words of a body's name from `from`: capitalised words and codes,
 * "và" or " - " joining two capitalised parts, and lower-case words inside a
 * name ("Cục Ứng dụng công nghệ thông tin"), which stop after a code
 * ("… FPT giới thiệu") and at verbs and function words. `lowerFirst` lets the
 * name open with a lower-case word ("Ban Chỉ đạo xây dựng Chính quyền điện tử").
 */
/** The capitalised words at the end of `name` are a district or province ("… Viễn thông Hướng Hóa"). */
function endsWithPlace(name: string): boolean {
  const words = name.split(" ");
  for (let n = 1; n <= 3 && n <= words.length - 1; n++) {
    const tail = words.slice(-n);
    if (!tail.every((w) => /^\p{Lu}/u.test(w))) break;
    const place = tail.join(" ");
    if (districtsNamed(place).length > 0 || provinceNameAt(place, 0)?.end === place.length) return true;
  }
  return false;
}

function readNameWords(text: string, lower: string, from: number, lowerFirst: boolean): number {
  let end = from;
  let cursor = from;
  let count = 0;
  let prevCode = false;
  for (;;) {
    const m = /^[\p{L}\d][\p{L}\d&'’.-]*/u.exec(text.slice(cursor, cursor + 40));
    if (!m) break;
    const word = (m[0] as string).replace(/\.$/u, "");
    const capital = /^[\p{Lu}\d]/u.test(word);
    // "Phó Cục trưởng Cục An toàn thông tin Tạ Quang Vinh": the name of a person ends the body's name;
    // "Phòng Bưu chính - Viễn thông Sở TT&TT": so does the head of another body.
    if (capital && count > 0 && (personNameAt(text, cursor) || PARENT_HEAD.test(text.slice(cursor, cursor + 12)))) break;
    if (!capital) {
      const w = word.toLowerCase();
      if (w === "và") {
        // "… Thông tin và Truyền thông": a join, unless another body starts after it.
        if (!/^ \p{Lu}/u.test(text.slice(cursor + 2, cursor + 4))) break;
        if (BODY_START.test(text.slice(cursor + 3, cursor + 40))) break;
      } else if (NAME_STOP_WORDS.has(w) && !(lowerFirst && count === 0) && !(lowerFirst && count === 1)) break;
      else if (!(lowerFirst && count <= 1) && VERB_FIRST_SYLLABLE[w]?.test(text.slice(cursor + word.length, cursor + word.length + 8)))
        break;
      else if (prevCode || (count === 0 && !lowerFirst)) break;
      // "Trung tâm Viễn thông Hướng Hóa chỉnh trang …": a name that has reached its place is complete.
      else if (endsWithPlace(text.slice(from, end))) break;
    }
    cursor += word.length;
    if (capital || word.toLowerCase() !== "và") end = cursor;
    count++;
    prevCode = /^[\p{Lu}\d&-]{2,}$/u.test(word) && /\p{Lu}{2}/u.test(word);
    const sep = /^(?: - | )/u.exec(text.slice(cursor, cursor + 3));
    if (!sep) break;
    if (sep[0] === " - " && !/^\p{Lu}/u.test(text.slice(cursor + 3, cursor + 4))) break;
    cursor += sep[0].length;
  }
  return trimTrailingJoin(lower, from, end);
}

function trimTrailingJoin(lower: string, from: number, end: number): number {
  let e = end;
  while (e > from && / (?:và|-)$/u.test(lower.slice(from, e))) e = lower.lastIndexOf(" ", e - 1);
  return e;
}

/** Heads of the bodies a unit belongs to ("… Sở X", "… UBND tỉnh"): where a unit's own name ends. */
const PARENT_HEAD = /^(?:Sở|UBND|Ủy ban|Bộ|Tỉnh ủy|Huyện ủy)(?![\p{L}])/u;

/** Words that open another body, so a "và" before them joins two bodies, not two words of one name. */
const BODY_START =
  /^(?:Sở|Ủy ban|UBND|HĐND|Tỉnh ủy|Huyện ủy|Ban|Bộ|Cục|Vụ|Khoa|Trung tâm|Quỹ|Hợp tác xã|Viện|Học viện|Ngân hàng|Liên minh|Viettel|VNPT|Viễn thông|Bưu điện|Báo|Đài|Cổng|Công an|Công ty|Tổng công ty|Tập đoàn|Hội|Văn phòng|Phòng|Chi nhánh|FPT|MobiFone|Trường|(?:Huyện|Tỉnh|Thành) [Đđ]oàn|Liên đoàn|Liên hiệp|Công đoàn|Bảo hiểm xã hội|Kho bạc|Đảng ủy)(?![\p{L}])/u;

/** How a steering committee's name opens when its topic is in lower case ("Ban Chỉ đạo chuyển đổi số tỉnh …"). */
const STEERING_TOPIC =
  /^(?:xây dựng|chuyển đổi|phát triển|ứng cứu|ứng dụng|công tác|của|về|triển khai|thực hiện|cải cách|an toàn|an ninh|phòng|chống|bảo vệ|chương trình|đề án|dự án|thông tin|công nghệ|chính quyền|chính phủ|kinh tế|quốc gia|phổ cập|các chương trình|điều phối|đổi mới|tổng điều tra|cải tiến|hỗ trợ|giảm nghèo|nông thôn|đô thị|du lịch|dân số|văn hóa|bầu cử)(?![\p{L}])/u;

/** The steering committee or working group ("Ban Chỉ đạo …", "Tổ công tác …") the report names in full, for a later bare one. */
const steeringCache = new WeakMap<object, Map<string, OrgMention | null>>();
function steeringCommittee(ctx: ReportContext, head: "Ban Chỉ đạo" | "Tổ công tác"): OrgMention | null {
  let cache = steeringCache.get(ctx.index);
  if (!cache) {
    cache = new Map();
    steeringCache.set(ctx.index, cache);
  }
  const cached = cache.get(head);
  if (cached !== undefined) return cached;
  cache.set(head, null);
  let found: OrgMention | null = null;
  const named = head === "Ban Chỉ đạo" ? /Ban [Cc]hỉ đạo \p{Ll}/gu : /Tổ công tác \p{Ll}/gu;
  for (const m of ctx.index.text.matchAll(named)) {
    const o = organizationAt(ctx, m.index ?? 0);
    if (o && o.name !== head) {
      found = o;
      break;
    }
  }
  cache.set(head, found);
  return found;
}

/** The last group ("Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)") named in full before `at`. */
/** The Party body of this kind ("Đảng ủy", "Đảng bộ") the report named in full before `at`. */
function partyBodyNamedBefore(ctx: ReportContext, at: number, head: string): OrgMention | undefined {
  let last: OrgMention | undefined;
  // ("Đảng ủy phường Rạch Giá": a lower-case unit word may follow the head.)
  // A bloc's committee ("Đảng ủy Khối các cơ quan tỉnh") is always written in full.
  for (const o of bodiesNamedBefore(ctx, at, head, /^\p{L}/u))
    if (o.kind === "PARTY_COMMITTEE" && o.end > o.start + head.length + 2 && o.name.startsWith(head) && !o.name.startsWith("Đảng ủy Khối"))
      last = o;
  // "Bí thư Đảng ủy" in a report on "Đảng bộ Sở X": the committee of that Party organisation.
  if (!last && head === "Đảng ủy") {
    const branch = partyBodyNamedBefore(ctx, at, "Đảng bộ");
    if (branch) return { ...branch, name: branch.name.replace(/^Đảng bộ/u, "Đảng ủy") };
  }
  return last;
}

function groupNamedBefore(ctx: ReportContext, at: number): OrgMention | undefined {
  const group = namedBefore(ctx, at, "Tập đoàn");
  return group?.kind === "ENTERPRISE" ? group : undefined;
}

/**
 * The last body named in full with this head ("Tập đoàn Viettel", "Trung tâm CNTT&TT tỉnh X") before `at`; one
 * written with its place ("… tỉnh Quảng Trị") is named more fully than a later short form.
 */
function namedBefore(ctx: ReportContext, at: number, head: string): OrgMention | undefined {
  let last: OrgMention | undefined;
  let lastPlaced: OrgMention | undefined;
  for (const o of bodiesNamedBefore(ctx, at, head, /^\p{Lu}/u)) {
    if (!o.name.startsWith(head) || o.name.length <= head.length) continue;
    last = o;
    if (o.provinceSpan || endsWithPlace(o.surface)) lastPlaced = o;
  }
  return lastPlaced ?? last;
}

/** The bodies read where `head` and a space start before `at`, the next word opening as `next` says. */
function* bodiesNamedBefore(ctx: ReportContext, at: number, head: string, next: RegExp): Generator<OrgMention> {
  const text = ctx.index.text;
  for (let i = text.indexOf(`${head} `); i >= 0 && i < at; i = text.indexOf(`${head} `, i + 1)) {
    if (!next.test(text[i + head.length + 1] ?? "")) continue;
    const o = organizationAt(ctx, i);
    if (o) yield o;
  }
}

/** "Cổng thông tin điện tử tỉnh" with nothing after: the words "tỉnh" belong to the mention. */
function tailAfterBareTinh(lower: string, end: number): number {
  const m = /^ (?:của )?tỉnh(?![\p{L}])/u.exec(lower.slice(end, end + 10));
  return m ? end + m[0].length : end;
}

function scopeSpan(scope: Scope): Partial<OrgMention> {
  return scope.span ? { provinceSpan: scope.span } : {};
}

/**
 * "lãnh đạo các sở: Nội vụ, Tài chính, Kế hoạch và Đầu tư", "các Sở Y tế, Tư pháp và Xây dựng": one head for
 * several departments of the report's province, each named by its item ("Sở Nội vụ" where the head is attached).
 */
function departmentList(ctx: ReportContext, start: number): OrgMention[] {
  const { text, lower } = ctx.index;
  if (!lower.startsWith("sở", start) || !/(?<![\p{L}])các\s+$/u.test(lower.slice(Math.max(0, start - 5), start))) return [];
  const colon = /^sở\s*:\s*/u.exec(lower.slice(start, start + 6));
  let at = colon ? start + colon[0].length : skipSpaces(text, start + 2);
  const items: Array<{ start: number; end: number; name: string }> = [];
  for (;;) {
    const dept = formAt(lower, at, DEPARTMENTS);
    if (!dept || !/^\p{Lu}/u.test(text[at] ?? "")) break;
    items.push({ start: at, end: dept.end, name: dept.body.name });
    const join = /^(?:\s*,\s*(?:và\s+)?|\s+và\s+)/u.exec(text.slice(dept.end, dept.end + 8));
    if (!join) break;
    at = dept.end + join[0].length;
  }
  if (items.length < 2) return [];
  return items.map((item, n) => {
    const from = n === 0 && !colon ? start : item.start;
    return {
      start: from,
      end: item.end,
      name: provincialName(`Sở ${item.name}`, ctx.provinceId),
      kind: "DEPARTMENT" as const,
      province: ctx.provinceId,
      surface: text.slice(from, item.end),
    };
  });
}

/** (The lookahead on first letters lets the engine skip most positions before trying the alternatives.) */
const HEADS =
  /(?=[bcfhklmnpqstuvđủ])(?<![\p{L}\p{N}])(?:sở|ủy ban|ubnd|hội đồng nhân dân|hđnd|tỉnh ủy|thành ủy|ban|bộ|chính phủ|thủ tướng|văn phòng|quốc hội|thông tấn|đài|cổng|cttđt|chi nhánh|viettel|vnpt|viễn thông|fpt|mobifone|vietnamobile|bưu điện|báo|trung tâm|cục|tập đoàn|tổng công ty|công ty|công an|hội nhà báo|hiệp hội|hội|liên đoàn|ttxvn|huyện ủy|phòng|tỉnh đoàn|huyện đoàn|thành đoàn|thị đoàn|trường|quỹ|hợp tác xã|liên minh|học viện|viện|ngân hàng|kiểm toán|vụ|khoa|tổ công tác|bảo hiểm xã hội|bhxh|kho bạc|đảng ủy|đảng bộ|điện lực|liên hiệp|công đoàn|đoàn đại biểu|đoàn đbqh)(?![\p{L}\p{N}])/gu;

/** Every organisation named in the text, left to right, without overlaps. */
export function findOrganizations(ctx: ReportContext): OrgMention[] {
  const found: OrgMention[] = [];
  let cursor = 0;
  for (const m of ctx.index.lower.matchAll(HEADS)) {
    const start = m.index ?? 0;
    if (start < cursor) continue;
    const listed = councilList(ctx, start).concat(departmentList(ctx, start));
    if (listed.length > 0) {
      found.push(...listed);
      cursor = (listed[listed.length - 1] as OrgMention).end;
      continue;
    }
    const org = organizationAt(ctx, start);
    if (!org) continue;
    found.push(org);
    if (org.inner) found.push(org.inner);
    cursor = org.end;
    // "UBND thành phố Biên Hòa, thị xã Long Khánh và các huyện Tân Phú, Xuân Lộc": the head serves every place listed.
    if (org.kind === "PEOPLES_COMMITTEE" || org.kind === "PEOPLES_COUNCIL") {
      const more = localUnitsAfter(ctx, org);
      found.push(...more);
      if (more.length > 0) cursor = (more[more.length - 1] as OrgMention).end;
    }
  }
  const renamed = ctx.renamedProvince;
  return renamed ? found.map((o) => asRenamed(o, renamed)) : found;
}

/** A body of a province the report's date renames, under the new name ("Sở X tỉnh Thừa Thiên Huế" → "Sở X thành phố Huế"). */
function asRenamed(o: OrgMention, renamed: { from: string; to: string }): OrgMention {
  const parent = o.parent ? asRenamed(o.parent, renamed) : undefined;
  const from = provinceById(renamed.from);
  const to = provinceById(renamed.to);
  if (o.province !== renamed.from || !from || !to) return parent ? { ...o, parent } : o;
  // "Viettel Thừa Thiên Huế" is named after the province alone, with no unit word.
  const name = o.name.endsWith(provinceQualifier(from))
    ? o.name.slice(0, o.name.length - provinceQualifier(from).length) + provinceQualifier(to)
    : o.name.endsWith(` ${from.name}`)
      ? o.name.slice(0, o.name.length - from.name.length) + to.name
      : o.name;
  return { ...o, name, province: to.id, ...(parent ? { parent } : {}) };
}
