import { provinceById, provinceQualifier } from "../../domain/gazetteer/provinces.js";
import type { DirectiveKind, Span } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import { completeDate, findDates } from "../dates.js";
import { type OrgMention, organizationAt } from "./organizations.js";

/**
 * A legal document referred to by its number ("Nghị định số 49/2017/NĐ-CP
 * ngày 24/4/2017 của Chính phủ", "Quyết định 1819/QĐ-TTg", "Nghị quyết số
 * 26-NQ/TW") or, without one, by its issuer ("Nghị quyết của Ban Chấp hành
 * Trung ương Đảng khóa XII").
 */
export interface DirectiveMention extends Span {
  name: string;
  kind: DirectiveKind;
  number: string | null;
  issuedOn: string | null;
  /** The issuer the words name ("của Chính phủ"), with the span stating it. */
  issuer: OrgMention | undefined;
  issuerEvidence: Span | undefined;
}

const TYPE_WORDS: ReadonlyArray<[RegExp, DirectiveKind, string]> = [
  [/^nghị định$/u, "DECREE", "Nghị định"],
  [/^nghị quyết$/u, "RESOLUTION", "Nghị quyết"],
  [/^quyết định$/u, "DECISION", "Quyết định"],
  [/^chỉ thị$/u, "DIRECTIVE", "Chỉ thị"],
  [/^thông tư(?: liên tịch)?$/u, "CIRCULAR", "Thông tư"],
  [/^kế hoạch$/u, "PLAN", "Kế hoạch"],
  [/^chương trình(?: hành động)?$/u, "PLAN", "Chương trình"],
  [/^luật$/u, "LAW", "Luật"],
];

/** Document codes after the number: "NĐ-CP", "QĐ-TTg", "NQ/TW", "KH-UBND", "CTr/TU". */
const CODE_KIND: ReadonlyArray<[RegExp, DirectiveKind]> = [
  [/^NĐ/u, "DECREE"],
  [/^NQ/u, "RESOLUTION"],
  [/^QĐ/u, "DECISION"],
  [/^CT(?!r)/u, "DIRECTIVE"],
  [/^TTLT|^TT/u, "CIRCULAR"],
  [/^(?:KH|CTr)/u, "PLAN"],
  [/^QH/u, "LAW"],
];

const TYPE = "(nghị định|nghị quyết|quyết định|chỉ thị|thông tư liên tịch|thông tư|kế hoạch|chương trình hành động|chương trình|luật)";
const NUMBER =
  /(?<![\p{L}\p{N}/])(\d{1,5}[a-zđ]?(?:\/\d{4})?\/(?:[A-ZĐ]{1,5}[a-z]{0,2})(?:[-–][A-ZĐ][A-Za-zĐđ]{0,7})+|\d{1,5}[a-zđ]?[-–](?:NQ|CT|CTr|KH|QĐ|KL|HD|TB)\/(?:TW|TƯ|TU|BCSĐ|ĐU|HU|BCS|BCĐTW|BCĐ|[A-ZĐƯ]{2,8})|\d{1,5}\/\d{4}\/QH\d{2}|\d{1,5}\/(?:NQ|QĐ|CT)-[A-ZĐ]+)(?![\p{L}\p{N}])/gu;
const TYPE_BEFORE = new RegExp(`${TYPE}\\s*(?:số\\s*)?:?\\s*$`, "u");
/** Unnumbered documents named by their issuer; an unnumbered "chương trình"/"kế hoạch" is a programme, not one of these. */
const NO_NUMBER_TYPE = "(nghị định|nghị quyết|quyết định|chỉ thị|thông tư liên tịch|thông tư|luật)";
const NO_NUMBER = new RegExp(`(?<![\\p{L}])${NO_NUMBER_TYPE}(?:\\s+số)?(?:\\s+(\\d{1,4}))?\\s+của\\s+`, "gu");

export function findDirectives(ctx: ReportContext): DirectiveMention[] {
  const { text, lower } = ctx.index;
  const found: DirectiveMention[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const numStart = m.index ?? 0;
    const numEnd = numStart + m[0].length;
    const number = m[0].replace(/–/gu, "-");
    const before = lower.slice(Math.max(0, numStart - 40), numStart);
    const typed = TYPE_BEFORE.exec(before);
    const start = typed ? numStart - (before.length - (typed.index ?? 0)) : numStart;
    const code = number.replace(/^[^/-]*[/-](?:\d{4}\/)?/u, "");
    const kind = typed ? typeKind(typed[1] as string) : (CODE_KIND.find(([re]) => re.test(code))?.[1] ?? null);
    if (!kind) continue;
    const typeLabel = typed ? (TYPE_WORDS.find(([re]) => re.test(typed[1] as string))?.[2] ?? "") : labelOf(kind);
    const name = `${typeLabel} số ${number}`;
    const after = afterNumber(ctx, numEnd, start);
    const { issuedOn, end } = after;
    let { issuer, issuerEvidence } = after;
    // "UBND tỉnh đã ban hành Quyết định số …": the issuer before the verb.
    if (!issuer) {
      const before = issuerBefore(ctx, start);
      if (before) {
        issuer = before;
        issuerEvidence = { start: before.start, end: numEnd };
      }
    }
    found.push({
      start,
      end: numEnd,
      name,
      kind,
      number,
      issuedOn,
      issuer,
      issuerEvidence: issuerEvidence ?? (issuer ? { start, end } : undefined),
    });
  }
  for (const m of lower.matchAll(NO_NUMBER)) {
    const start = m.index ?? 0;
    if (found.some((d) => d.start <= start && start < d.end + 40 && d.start >= start - 2)) continue;
    const issuerAt = start + m[0].length;
    const issuer = organizationAt(ctx, issuerAt);
    if (!issuer || !isIssuerKind(issuer)) continue;
    let end = issuer.end;
    const term = /^\s+khóa\s+([IVXLC]+|\d+)(?![\p{L}])/u.exec(text.slice(end, end + 16));
    if (term) end += term[0].length;
    const kind = typeKind(m[1] as string);
    const label = TYPE_WORDS.find(([re]) => re.test(m[1] as string))?.[2] ?? "";
    const numberPart = m[2] ? `${/số/u.test(m[0]) ? " số" : ""} ${m[2]}` : "";
    const name = `${label}${numberPart} của ${issuerWords(issuer)}${term ? ` khóa ${term[1]}` : ""}`;
    found.push({ start, end, name, kind, number: null, issuedOn: null, issuer, issuerEvidence: { start, end } });
  }
  const unnumberedLaws: DirectiveMention[] = [];
  for (const m of text.matchAll(NAMED_LAW)) {
    const start = m.index ?? 0;
    // "Luật Khoa học, công nghệ và đổi mới sáng tạo": a list "A, B và C" inside the title.
    const listed = LAW_TITLE_LIST.exec(text.slice(start + m[0].length, start + m[0].length + 80));
    const title = (m[1] as string) + (listed?.[0] ?? "");
    const titleEnd = start + "Luật ".length + title.length;
    const year = /^ năm (\d{4})(?![\p{N}])/u.exec(text.slice(titleEnd, titleEnd + 10));
    // "Luật Báo chí số 103/2016/QH13": the numbered law found above, named in full.
    const numbered = found.find((d) => d.number !== null && d.start > titleEnd && d.start <= titleEnd + 6);
    if (numbered) {
      if (/^\s+số\s+$/u.test(text.slice(titleEnd, numbered.start)) && numbered.kind === "LAW") {
        numbered.start = start;
        numbered.name = `Luật ${title} số ${numbered.number}`;
      }
      continue;
    }
    if (found.some((d) => d.start <= start && start < d.end)) continue;
    const end = year ? titleEnd + year[0].length : titleEnd;
    const name = year ? `Luật ${title} năm ${year[1]}` : `Luật ${title}`;
    const law: DirectiveMention = {
      start,
      end,
      name,
      kind: "LAW",
      number: null,
      issuedOn: null,
      issuer: undefined,
      issuerEvidence: undefined,
    };
    found.push(law);
    unnumberedLaws.push(law);
  }
  // "triển khai Luật X" in the headline and "Luật X số 93/2025/QH15" in the body: one law, known by its number.
  for (const law of unnumberedLaws) {
    const numbered = found.find((d) => d.number !== null && d.kind === "LAW" && d.name.startsWith(`${law.name} số `));
    if (numbered) Object.assign(law, { name: numbered.name, number: numbered.number, issuedOn: numbered.issuedOn });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A law cited by its title ("Luật Giao dịch điện tử năm 2023", "Luật An toàn
 * thông tin mạng"): a capital "Luật", a capitalised first word, and the title's
 * words up to a function word, a number or punctuation.
 */
const LAW_TITLE_LIST =
  /^(?:, \p{Ll}+(?: \p{Ll}+){0,3})+ và \p{Ll}+(?: (?!(?:và|số|năm|của|ngày|được|có|đã|về|trên|tại|cho|này|các|trong|với|để)(?![\p{L}]))\p{Ll}+){0,4}/u;

const NAMED_LAW =
  /(?<![\p{L}])Luật (\p{Lu}\p{Ll}*(?: (?!(?:số|năm|và(?= (?:Luật|Nghị|Quyết|Thông|Chỉ|Kế))|của|ngày|được|có|đã|đi|quy định|về|sửa đổi|trên|tại|cho|hiện hành|nhằm|này|đó|mới|các|trong|với|để)(?![\p{L}]))[\p{L}][\p{Ll}]*){0,7})(?=[\s,.;:()]|$)/gu;

/** The issuer as the document's name says it: "Ban Chấp hành Đảng bộ tỉnh X" stays that, not "Tỉnh ủy X". */
function issuerWords(issuer: OrgMention): string {
  if (/^ban chấp hành đảng bộ/iu.test(issuer.surface) && issuer.province) {
    const p = provinceById(issuer.province);
    if (p) return `Ban Chấp hành Đảng bộ ${provinceQualifier(p)}`;
  }
  return issuer.name;
}

const ISSUING_VERB = /(?<![\p{L}])(?:đã |vừa |cũng )?ban hành\s+$/u;

/** "… được Thủ tướng Chính phủ phê duyệt tại Quyết định số …": the body before the verb issued it. */
const APPROVED_IN = /(?<![\p{L}])(?:phê duyệt|ban hành)\s+(?:tại|theo)\s+$/u;

function issuerBefore(ctx: ReportContext, start: number): OrgMention | undefined {
  const { lower } = ctx.index;
  const verb =
    ISSUING_VERB.exec(lower.slice(Math.max(0, start - 24), start)) ?? APPROVED_IN.exec(lower.slice(Math.max(0, start - 24), start));
  if (!verb) return undefined;
  const verbAt = start - verb[0].length;
  const passive = !/ban hành\s+$/u.test(verb[0]);
  // The body ends right before the verb: try word starts in the few words before it.
  for (let at = Math.max(0, verbAt - 60); at < verbAt; at++) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(lower[at - 1] as string)) continue;
    const org = organizationAt(ctx, at);
    if (org && org.end === verbAt - 1 && isIssuerKind(org)) {
      if (passive && !/(?:được|do)\s+$/u.test(lower.slice(Math.max(0, org.start - 8), org.start))) return undefined;
      return org;
    }
  }
  return undefined;
}

function isIssuerKind(org: OrgMention): boolean {
  return !org.bareDepartment && org.kind !== "ENTERPRISE";
}

function typeKind(word: string): DirectiveKind {
  return TYPE_WORDS.find(([re]) => re.test(word))?.[1] ?? "DECISION";
}

function labelOf(kind: DirectiveKind): string {
  return TYPE_WORDS.find(([, k]) => k === kind)?.[2] ?? "Văn bản";
}

/** "ngày 24/4/2017 của Chính phủ", "của UBND tỉnh", "do Bộ TT&TT ban hành" after a number. */
function afterNumber(ctx: ReportContext, numEnd: number, start: number) {
  const { text, lower } = ctx.index;
  let cursor = numEnd;
  let issuedOn: string | null = null;
  const dated = /^,?\s*(?:ban hành\s+)?ngày\s+/u.exec(lower.slice(cursor, cursor + 20));
  if (dated) {
    const d = findDates(text.slice(cursor, cursor + 40))[0];
    if (d && d.start <= dated[0].length + 1) {
      issuedOn = completeDate(d, null);
      cursor += d.end;
    }
  }
  let issuer: OrgMention | undefined;
  let issuerEvidence: Span | undefined;
  const by = /^,?\s*(?:của|do)\s+/u.exec(lower.slice(cursor, cursor + 8));
  if (by) {
    const org = organizationAt(ctx, cursor + by[0].length);
    if (org && isIssuerKind(org)) {
      issuer = org;
      issuerEvidence = { start, end: org.end };
      cursor = org.end;
    }
  }
  return { issuedOn, issuer, issuerEvidence, end: cursor };
}
