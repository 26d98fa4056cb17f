import { DATELINES, OUTLET_ABBREVIATIONS } from "../domain/gazetteer/abbreviations.js";
import { DEPARTMENTS } from "../domain/gazetteer/organizations.js";
import { allProvinces } from "../domain/gazetteer/provinces.js";
import type { Span } from "../domain/model.js";
import { completeDate, findDates } from "./dates.js";
import { displayName } from "./mentions/person-names.js";
import type { TextIndex } from "./text-index.js";

/** Title, publication date, publisher and byline: what a page says about the report itself. */
export interface ReportMetadata {
  title: string;
  titleLine: Span | undefined;
  publishedOn: string | null;
  publisher: string | null;
  byline: Byline | null;
  /** Dateline code ("ĐBP", "LSO") with its span, when present. */
  dateline: { code: string; span: Span } | null;
}

export interface Byline {
  /** The author's name as the entity names it. */
  name: string;
  /** As written ("TRANG VÂN"). */
  surface: string;
  nameSpan: Span;
  /** Co-authors after the first ("Bích Ngọc - Quang Huy"). */
  coAuthors: Array<{ name: string; span: Span }>;
  /** The whole byline as written, for `report.author`. */
  written: string;
  /** The whole byline line (evidence for AUTHORED). */
  line: Span;
  /** What follows the name: a title ("Giám đốc sở TT&T") or an outlet ("Sở TTTT Nghệ An", "(CTTĐT)"). */
  rest: Span | null;
}

const DATE_LINE =
  /^(?:(?:\d{1,2}:\d{2}\s*(?:[-|,]\s*)?)?(?:(?:Thứ\s+\p{L}+|Chủ nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:GMT|\(GMT[^)]*\)))?)\s*$/iu;
const LABELLED_DATE = /^(?:Ngày đăng|Ngày cập nhật|Cập nhật(?: lúc)?|Đăng lúc|Ngày xuất bản|Thời gian đăng)\s*:?\s*/iu;

/**
 * A page's date line in its looser shapes: "Thứ Năm, 12/11/2020, 20:41 [GMT+7]",
 * "Thứ Ba, 18/06/2019 | 17:32 |", "(25/05/2012)", "Ngày 29/12/2014",
 * "Cập nhật lúc: 10:15 22/09/2016 |" (counters and share buttons already
 * blanked). What is left once the date, times, weekday and separators are
 * removed must be nothing.
 */
function isLooseDateLine(content: string): boolean {
  if (content.length > 80 || !/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u.test(content)) return false;
  const rest = content
    .replace(LABELLED_DATE, "")
    .replace(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/gu, "")
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/gu, "")
    .replace(/\(?\[?GMT\s*[+-]?\s*\d*\]?\)?/gu, "")
    .replace(/(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|\d)|Chủ nhật|Ngày|ngày)/gu, "")
    .replace(/[\s|,()[\]\-–—/]+/gu, "");
  return rest === "";
}

/**
 * A short line of page furniture that carries the article's date: "12/07/2019
 * 16:05 Cỡ chữ: A- A+ In trang", "18/01/2025 - 09:10 | Kinh tế", "Thứ ba,
 * 26/12/2023 | 17:20 |", "BÁO X ĐIỆN TỬ | Chính trị | Thứ Bảy, 19/03/2022 -
 * 07:30". Once the date, times, weekday, counters and buttons are removed,
 * only a few words (a section or site name) are left.
 */
function isChromeDateLine(content: string): boolean {
  if (content.length > 150 || !/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u.test(content)) return false;
  const rest = content
    .replace(/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/gu, " ")
    .replace(/\d{1,2}:\d{2}(?::\d{2})?/gu, " ")
    .replace(/\(?\[?GMT\s*[+-]?\s*\d*\]?\)?/giu, " ")
    .replace(/(?<![\p{L}])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật)(?![\p{L}])/giu, " ")
    .replace(/(?<![\p{L}])(?:cỡ chữ|in trang|in bài|lượt xem|lượt đọc|bình luận|chia sẻ)\s*:?\s*(?:\d+|a-\s*a\+)?/giu, " ")
    .replace(/(?<![\p{L}])a-\s*a\+/giu, " ");
  const pieces = rest.split(/\s*[|·•»>–—,-]\s*|\s{2,}/u).filter((x) => x.trim() !== "");
  return pieces.every((x) => x.trim().split(/\s+/u).length <= 6);
}

/** A line of the page head that only dates the page, in any of the shapes above. */
export function isPageDateLine(content: string): boolean {
  const line = content.trim();
  return DATE_LINE.test(line) || isLooseDateLine(line) || isChromeDateLine(line);
}

/** A breadcrumb or section path ("Báo X điện tử - Kinh tế - Công nghệ", "A > B > C"): short pieces between separators. */
function isBreadcrumb(content: string): boolean {
  const pieces = content.split(/\s+[|·•»>–—/-]\s+/u);
  const short = pieces.every((x) => x.split(/\s+/u).length <= 5 && !/[.:!?]$/u.test(x));
  // "Trang chủ / Tin tức": a path from the home page may have only two steps; so may a section path with a
  // separator no headline uses ("Chính trị | Kỳ họp HĐND tỉnh").
  const twoSteps = pieces.length === 2 && (/^(?:trang chủ|home)$/iu.test(pieces[0]?.trim() ?? "") || /\s[|»>]\s/u.test(content));
  return short && (pieces.length >= 3 || twoSteps);
}

/** The site's own name above the headline ("Cổng thông tin điện tử tỉnh Lâm Đồng"), not a headline. */
const SITE_NAME = /^(?:Cổng thông tin điện tử|Trang thông tin điện tử|Cổng Thông tin điện tử|Báo điện tử|Cổng TTĐT)(?:\s+\S+){0,6}$/iu;

const PORTAL_NAMED = /(?:^|\s[-–|]\s)(?:Cổng|Trang) [Tt]hông tin điện tử(?![\p{L}])/u;

/** Whether the page's date line comes right after line `i` of the head. */
function dateLineAfter(index: TextIndex, head: Span[], i: number): boolean {
  const after = head.slice(i + 1).find((l) => index.text.slice(l.start, l.end).trim() !== "");
  if (!after) return false;
  const content = index.text.slice(after.start, after.end).trim();
  return DATE_LINE.test(content) || LABELLED_DATE.test(content) || isLooseDateLine(content) || isChromeDateLine(content);
}

/** "BÌNH DƯƠNG ONLINE - Báo Bình Dương điện tử": a site's name beside its brand in capitals. */
function isBrandedSiteName(content: string): boolean {
  const pieces = content.split(/\s+[-–|]\s+/u);
  if (pieces.length < 2) return false;
  const named = (x: string) => SITE_NAME.test(x) || /^Báo(?:\s+\S+){1,4}\s+điện tử$/iu.test(x);
  return pieces.some(named) && pieces.every((x) => named(x) || (x === x.toUpperCase() && /\p{Lu}/u.test(x)));
}

/** A newspaper's masthead with its motto ("BÁO X ĐIỆN TỬ - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh X"). */
const MASTHEAD_MOTTO = /\s[-–|]\s+(?:Cơ quan (?:ngôn luận |chủ quản )?của|Tiếng nói của)\s/u;

/**
 * A site's masthead or section label in capitals ("BÁO QUẢNG TRỊ ĐIỆN TỬ"), not a headline. A headline in
 * capitals is a clause after a colon ("SƠN LA: SƠ KẾT CÔNG TÁC …"), or a long line the date line follows.
 */
function isMasthead(content: string, dateFollows: boolean): boolean {
  if (!/\p{Lu}/u.test(content) || content !== content.toUpperCase() || content.length >= 90) return false;
  if (/:\s*\S/u.test(content)) return false;
  return content.split(/\s+/u).length <= 6 || !dateFollows || /^(?:BÁO|CỔNG|TRANG|ĐÀI|TẠP CHÍ|SỞ|ỦY BAN|UBND)\s/u.test(content);
}

export function readMetadata(index: TextIndex, raw: string, url?: string): ReportMetadata {
  const { text, lines } = index;
  const head = lines.slice(0, 8);
  let titleLine: Span | undefined;
  let title = "";
  let publishedOn: string | null = null;
  // A date in the masthead above the title: the article's only when none follows the title.
  let dateAbove: string | null = null;
  for (let i = 0; i < head.length; i++) {
    const line = head[i] as Span;
    const content = text.slice(line.start, line.end).trim();
    // "Ngày 8 tháng 1 năm 2013": the date in words reads as the same line in figures.
    const numeric = content.replace(/(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu, "$1/$2/$3");
    const isDate = DATE_LINE.test(numeric) || LABELLED_DATE.test(content) || isLooseDateLine(numeric);
    if (isDate) {
      // A date above the title is the site's clock; below it (or labelled) it is the article's.
      if ((titleLine || LABELLED_DATE.test(content)) && publishedOn === null) publishedOn = dateOf(content);
      else if (!titleLine) dateAbove ??= dateOf(content);
      continue;
    }
    if (isChromeDateLine(content)) {
      if (titleLine && publishedOn === null) publishedOn = dateOf(content);
      else if (!titleLine) dateAbove ??= dateOf(content);
      continue;
    }
    if (titleLine) break;
    const next = head.slice(i + 1).find((l) => text.slice(l.start, l.end).trim() !== "");
    const nextText = next ? text.slice(next.start, next.end).trim() : "";
    const dateFollows = DATE_LINE.test(nextText) || isLooseDateLine(nextText) || isChromeDateLine(nextText);
    if (
      (isMasthead(content, dateFollows) || SITE_NAME.test(content) || MASTHEAD_MOTTO.test(content) || isBrandedSiteName(content)) &&
      i + 1 < head.length
    )
      continue;
    if (isBreadcrumb(content)) continue;
    // "Cổng thông tin điện tử Sở … Hưng Yên", "Sở … Thái Nguyên - Cổng thông tin điện tử" over the headline the date
    // line follows: the portal's name, however long.
    if (!dateFollows && PORTAL_NAMED.test(content) && next && dateLineAfter(index, head, head.indexOf(next))) continue;
    // "Thành phố Đà Nẵng" over "Trang chủ » …": the site's name, since a breadcrumb never follows a headline.
    if (!dateFollows && isBreadcrumb(nextText)) continue;
    const words = content.split(/\s+/u).length;
    if (content.endsWith(":") && words <= 12 && head[i + 1]) {
      const next = nextContentLine(index, head, i + 1);
      if (next) {
        titleLine = { start: line.start, end: next.end };
        title = `${content} ${text.slice(next.start, next.end).trim()}`;
        i = head.indexOf(next);
        continue;
      }
    }
    if (words < 4) continue;
    // A section label ("Chính trị - Xã hội") sits above the headline, which the date line follows.
    if (words <= 5 && isSectionLabel(index, head, i)) continue;
    titleLine = line;
    title = content;
  }
  publishedOn ??= titleLine ? dateAbove : null;
  // "Ngày 12/8/2025: UBND tỉnh … ký kết …": a headline that opens with the day it reports.
  const headlineDay = /^(?:Ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[:,-]/u.exec(title);
  if (publishedOn === null && headlineDay) publishedOn = dateOf(headlineDay[0]);
  const dateline = findDateline(text);
  const byline = findByline(index);
  const publisher = findPublisher(text, raw, dateline?.code ?? null, byline, url);
  return { title: title || fallbackTitle(text), titleLine, publishedOn, publisher, byline, dateline };
}

function isSectionLabel(index: TextIndex, head: Span[], i: number): boolean {
  const next = head[i + 1];
  const after = head[i + 2];
  if (!next || !after) return false;
  const nextText = index.text.slice(next.start, next.end).trim();
  const afterText = index.text.slice(after.start, after.end).trim();
  const isDate = (c: string) => DATE_LINE.test(c) || LABELLED_DATE.test(c) || isLooseDateLine(c);
  return (
    !isDate(nextText) &&
    !isChromeDateLine(nextText) &&
    nextText.split(/\s+/u).length >= 6 &&
    (isDate(afterText) || isChromeDateLine(afterText))
  );
}

function nextContentLine(index: TextIndex, head: Span[], from: number): Span | undefined {
  for (let j = from; j < head.length; j++) {
    const l = head[j] as Span;
    const c = index.text.slice(l.start, l.end).trim();
    if (c && !DATE_LINE.test(c)) return l;
  }
  return undefined;
}

function fallbackTitle(text: string): string {
  const first = text.split("\n").find((l) => l.trim() !== "") ?? "Untitled report";
  return first.trim().slice(0, 200);
}

function dateOf(line: string): string | null {
  const d = findDates(line).find((x) => x.year !== null);
  return d ? completeDate(d, null) : null;
}

let datelinePattern: { re: RegExp; rank: Map<string, number> } | undefined;

/** One pattern for every dateline code, compiled once (the codes' order still decides between two matches). */
function datelineCodes(): { re: RegExp; rank: Map<string, number> } {
  if (!datelinePattern) {
    const codes = Object.keys(DATELINES);
    const escaped = [...codes].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
    datelinePattern = {
      re: new RegExp(`(?:^|\\n)\\s*\\(?(${escaped.join("|")})\\)?\\s*[-–—]`, "gu"),
      rank: new Map(codes.map((c, i) => [c, i])),
    };
  }
  return datelinePattern;
}

function findDateline(text: string): { code: string; span: Span } | null {
  const opening = text.slice(0, 600);
  const { re, rank } = datelineCodes();
  let best: { code: string; span: Span; rank: number } | null = null;
  for (const m of opening.matchAll(re)) {
    const code = m[1] as string;
    const r = rank.get(code) ?? Number.MAX_SAFE_INTEGER;
    if (best && best.rank <= r) continue;
    const start = (m.index ?? 0) + m[0].indexOf(code);
    best = { code, span: { start, end: start + code.length }, rank: r };
  }
  return best ? { code: best.code, span: best.span } : null;
}

/** A byline is the last line of the report: a short name, maybe with a title or outlet after it. */
/** What follows a byline's dash when it is a title or an outlet, not a second name. */
const BODY_SIGNATURE = /^(?:Phòng|Văn phòng|Trung tâm|Ban|Sở|Ủy ban|UBND|Cục|Vụ|Bộ|Hội|Báo|Đài|Cổng)(?![\p{L}])/u;
const NOT_A_CO_AUTHOR = /^(?:Phó|Giám|Chủ|Trưởng|Sở|Trung|Báo|Đài|Cổng|Ban|Phòng|Văn|Bí|Tổng|Thông|TTXVN|Cục|Bộ|UBND|Ủy)(?![\p{L}])/u;

function findByline(index: TextIndex): Byline | null {
  const { text, lines } = index;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--) {
    const line = lines[i] as Span;
    const content = text.slice(line.start, line.end);
    const m =
      /^\s*(?:(?:Bài(?:, ảnh)?|Tin(?:, ảnh)?|Ảnh|Theo|PV|Nhóm PV|Phóng viên|Tác giả)\s*:\s*)?((?:\p{Lu}\.\s?)?\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,3}|\p{Lu}\.\s?\p{Lu}[\p{L}]*)(?=\s*(?:[-–—(,]|$))/u.exec(
        content,
      );
    if (!m) continue;
    const nameText = m[1] as string;
    // "Thứ Sáu, 26/12/2025 - 10:00": a weekday in a date line, not a writer.
    if (/^(?:Thứ\s|Chủ nhật)/u.test(nameText) || isLooseDateLine(content) || isChromeDateLine(content)) continue;
    // "Phòng CNTT - Sở TT&TT": a unit signs the item, not a person.
    if (BODY_SIGNATURE.test(nameText)) continue;
    if (content.length > 90 || (/[.!?]$/u.test(content.trim()) && !/\)\s*$/u.test(content))) continue;
    const words = nameText.split(/\s+/u);
    if (words.length > 4) continue;
    if (words.length === 1 && !/\./u.test(nameText)) continue;
    const nameStart = line.start + (m.index ?? 0) + m[0].indexOf(nameText);
    const nameEnd = nameStart + nameText.length;
    // "Bích Ngọc - Quang Huy": more names after dashes (not a title: "– Giám đốc Sở").
    const coAuthors: Array<{ name: string; span: Span }> = [];
    let cursor = nameEnd;
    for (;;) {
      const more = /^\s*[-–,]\s*(\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){1,3})\s*(?=[-–,]|$)/u.exec(text.slice(cursor, line.end));
      if (!more || NOT_A_CO_AUTHOR.test(more[1] as string)) break;
      const start = cursor + more[0].indexOf(more[1] as string);
      coAuthors.push({ name: displayName(more[1] as string), span: { start, end: start + (more[1] as string).length } });
      cursor = start + (more[1] as string).length;
    }
    const restText = text.slice(cursor, line.end).replace(/^\s*[-–—,]?\s*/u, "");
    const rest = restText ? { start: line.end - restText.length, end: line.end } : null;
    const written = text.slice(nameStart, cursor);
    return { name: displayName(nameText), surface: nameText, nameSpan: { start: nameStart, end: nameEnd }, coAuthors, written, line, rest };
  }
  return null;
}

/** Known outlets by web address. */
const OUTLET_HOSTS: Readonly<Record<string, string>> = {
  "mic.gov.vn": "Cổng Thông tin điện tử Bộ Thông tin và Truyền thông",
  "chinhphu.vn": "Cổng Thông tin điện tử Chính phủ",
  "baochinhphu.vn": "Báo Điện tử Chính phủ",
  "vietnamplus.vn": "VietnamPlus",
};

function findPublisher(text: string, raw: string, dateline: string | null, byline: Byline | null, url?: string): string | null {
  if (dateline) return DATELINES[dateline]?.publisher ?? null;
  const source = /^\s*\(([A-Za-z0-9.-]+\.(?:vn|com|net|org))\)/mu.exec(text.slice(0, 600));
  if (source) {
    const host = (source[1] as string).toLowerCase();
    return OUTLET_HOSTS[host] ?? source[1] ?? null;
  }
  if (byline?.rest) {
    const outlet = /^\(([^)]+)\)$/u.exec(text.slice(byline.rest.start, byline.rest.end).trim());
    if (outlet) return OUTLET_ABBREVIATIONS[outlet[1] as string] ?? outlet[1] ?? null;
  }
  // The site's name, in capitals in a footer the normaliser removed: "TRANG THÔNG TIN ĐIỆN TỬ SỞ …".
  const footer = /^(TRANG THÔNG TIN ĐIỆN TỬ|CỔNG THÔNG TIN ĐIỆN TỬ|BÁO ĐIỆN TỬ)\s+(.{3,120})$/mu.exec(raw);
  if (footer) return sentenceCase(`${footer[1]} ${footer[2]}`.trim());
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^www\./u, "");
      return OUTLET_HOSTS[host] ?? host;
    } catch {
      return null;
    }
  }
  return null;
}

/** "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THÁI NGUYÊN" → "Sở Thông tin và Truyền thông tỉnh Thái Nguyên". */
let properNames: Array<[RegExp, string]> | undefined;

/** Department and province names to restore after lower-casing, each pattern compiled once. */
function properNamePatterns(): Array<[RegExp, string]> {
  properNames ??= [
    ...DEPARTMENTS.map((d): [RegExp, string] => [new RegExp(`sở ${d.forms[0]}`, "u"), `Sở ${d.name}`]),
    ...allProvinces().map((p): [RegExp, string] => [new RegExp(`(?<![\\p{L}])${p.name.toLowerCase()}(?![\\p{L}])`, "gu"), p.name]),
  ];
  return properNames;
}

function sentenceCase(upper: string): string {
  let out = upper.toLowerCase();
  out = (out[0]?.toUpperCase() ?? "") + out.slice(1);
  for (const [re, name] of properNamePatterns()) out = out.replace(re, name);
  return out;
}
