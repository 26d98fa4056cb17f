import { expandAbbreviations } from "../../domain/gazetteer/abbreviations.js";
import type { Span } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import { completeDate, findDates } from "../dates.js";
import { isPageDateLine } from "../metadata.js";
import { sentenceAt } from "../text-index.js";
import { organizationAt } from "./organizations.js";

/**
 * An organised event the text reports (hội nghị, hội thảo, cuộc họp, buổi làm
 * việc, lễ, tập huấn, …). A defining mention names it ("tổ chức Hội nghị tổng
 * kết …"); a later bare "hội nghị" refers back to it.
 */
export interface ConferenceMention extends Span {
  /** Null for a bare reference ("tại hội nghị"). */
  name: string | null;
  date: string | null;
  year: number | null;
  /** The sentence that defines it (evidence for HELD_IN/ORGANIZED). */
  sentence: Span;
  /** A mention in the headline (it refers to the report's first event). */
  headline?: boolean;
}

const EVENT_NOUN =
  /(?=[bcdghklnptđ])(?<![\p{L}\p{N}])(?:các |những )?(đại hội|hội nghị|hội thảo|hội báo|cuộc họp|phiên chất vấn|phiên giải trình|phiên họp|kỳ họp|buổi làm việc|buổi gặp mặt|buổi tọa đàm|buổi diễn tập|buổi giao ban|buổi họp mặt|buổi họp báo|cuộc diễn tập|buổi kiểm tra|buổi giám sát|buổi lễ|chuyến thăm|hội thi|lễ|lớp tập huấn|lớp bồi dưỡng|tập huấn|diễn đàn|tọa đàm|họp báo|ngày hội|triển lãm|diễn tập|giao ban|họp mặt)(?![\p{L}\p{N}])/gu;

/** A headline that opens with the event as a noun phrase ("Tập huấn …", "Giao ban …", "Trao giải …", "Kỷ niệm …"). */
const HEADLINE_EVENT =
  /^(?:tập huấn|giao ban|diễn tập|tọa đàm|họp mặt|kỷ niệm|trao giải|khai mạc|bế mạc|tổng kết|sơ kết|kiểm tra)(?![\p{L}])/u;

/** Relative days: "sáng nay" is the publication date, "chiều qua" the day before. */
const TODAY = /(?<![\p{L}])(?:sáng|chiều|tối|trưa|hôm|ngày) nay(?![\p{L}])/u;
const YESTERDAY = /(?<![\p{L}])(?:sáng|chiều|tối|trưa|hôm) qua(?![\p{L}])/u;

/** A date that belongs to a document ("số 12/KH-UBND ngày 5/3/2021", "ban hành ngày …"), not to the event. */
const DOCUMENT_DATE = /(?:số|ban hành|ký|nđ-cp|qđ-[\p{L}]+|\d\/[\p{L}\d-]*\p{L}[\p{L}\d-]*|-[\p{L}]+\/[\p{L}]+)\s*(?:,\s*)?(?:ngày\s*)?$/u;

/** Words that end an event's name. */
const NAME_STOP =
  /^\s*,|\s+(?:do|về phía|dành cho|ngày(?= \d)|nhân(?= dịp| kỷ niệm| ngày)|có(?= (?:bà|ông|đồng chí|các|lãnh đạo|đại diện|sự))|với sự|dưới sự|có sự|nhằm|tại|vào (?:sáng|chiều|ngày)|từ ngày|diễn ra|được tổ chức|đã diễn ra|đã được|sẽ|cho (?:cán bộ|các|hơn|gần|\d)|thu hút|qua đó|theo đó)(?![\p{L}])|\s*[,;]\s*(?:với|có|nhằm|đạt|thu hút|qua đó|theo đó|trong đó|đây là|đồng chí|các đồng chí|lãnh đạo|đại diện|ông|bà|tại|vào|dưới|do)(?![\p{L}])|\s*[.;:!?()\n…]|\s+[-–]\s+/u;

/** A document number closing a name so far ("… Quyết định số 79/2010/QĐ-TTg"): its date belongs to the name. */
const CITED_NUMBER = /(?:số\s+)?\d+[\p{L}\d]*(?:\/\d{4})?[/-][\p{L}Đđ]+(?:[/-][\p{L}Đđ]+)*\s*$/u;
const CITED_DATE = /^\s+ngày\s+\d{1,2}\s*([/-])\s*\d{1,2}\s*\1\s*\d{4}/u;

/**
 * Where an event's name ends in the words after its noun. A document the event deploys keeps its date
 * ("Hội nghị triển khai Quyết định số 79/2010/QĐ-TTg ngày 30-11-2010 của Thủ tướng …"): the name runs on.
 */
function nameLength(rest: string): number {
  let from = 0;
  for (;;) {
    const stop = NAME_STOP.exec(rest.slice(from));
    if (!stop) return rest.length;
    const at = from + stop.index;
    const cited = CITED_NUMBER.test(rest.slice(0, at)) ? CITED_DATE.exec(rest.slice(at)) : null;
    if (!cited) return at;
    from = at + cited[0].length;
  }
}

const HABITUAL = /(?<![\p{L}])(?:hằng|hàng) (?:tháng|quý|năm|tuần)|(?<![\p{L}])(?:định kỳ|thường kỳ|thường xuyên)(?![\p{L}])/u;

/** "quý II năm 2019", "tháng 7/2019", "lần thứ 3", "năm 2019": which one of a recurring event. */
const ONE_PERIOD = /(?<![\p{L}])(?:quý\s+(?:[ivx]+|\d)|tháng\s+\d{1,2}|lần thứ|năm\s+\d{4})(?![\p{L}])/u;

/** "… đã diễn ra", "… được tổ chức", "… khai mạc": the event opening the sentence took place. */
const HELD_AFTER = /^\s*(?:đã\s+|vừa\s+|chính thức\s+)?(?:diễn ra|được tổ chức|khai mạc|bế mạc)(?![\p{L}])/u;

/** What follows a bare reference ("Dự Hội nghị có …", "hội nghị này"), never a name. */
const NOT_NAME_START =
  /^(?:có|là|này|đó|được|đã|sẽ|do|của|tại|về|vào|diễn ra|lần này|trên|cho|thì|và|nhằm|đều|cũng|với(?= \d| sự| gần| hơn))(?![\p{L}])/u;

const DEFINING_BEFORE =
  /(?:tổ chức|khai mạc|bế mạc|chủ trì|dự|tham dự|tham gia|diễn ra|mở|phối hợp tổ chức|đồng tổ chức|có|đã có|tiến hành)\s+(?:thành công\s+)?(?:các |những )?$/u;

/** Words before an event in a request ("đề nghị … tổ chức tập huấn"): a planned event, not one the report covers. */
const REQUESTED_BEFORE = /(?<![\p{L}])(?:đề nghị|yêu cầu|giao|(?<!ban )chỉ đạo|đề xuất|kiến nghị)(?![\p{L}])/u;

/** "Sở đặt mục tiêu … tổ chức tập huấn …", "sẽ tổ chức …", "Về nhiệm vụ năm 2011, Sở xác định …": an event still to come, not one the report covers. */
const PLANNED_BEFORE =
  /(?<![\p{L}])(?:sẽ|dự kiến|phấn đấu|đặt mục tiêu|thời gian tới|sắp tới|trong thời gian tới|nhiệm vụ \d+ tháng cuối năm|về nhiệm vụ năm \d{4}|xác định tập trung)(?![\p{L}])/u;

/** "Chiều cùng ngày", "Ngay sau hội nghị": the event shares the previous one's date. */
const SAME_DAY = /(?<![\p{L}])(?:cùng ngày|ngay sau|tiếp đó|sau hội nghị|sau buổi)(?![\p{L}])/iu;

export function findConferences(ctx: ReportContext, titleLine: Span | undefined): ConferenceMention[] {
  const { text, lower } = ctx.index;
  const found: ConferenceMention[] = [];
  const folded = (s: string) => s.toLowerCase().replace(/[“”"]/gu, "").replace(/\s+/gu, " ").trim();
  let headlineSeen = false;
  if (titleLine) leadTitle.set(ctx, titleLine);
  if (titleLine) {
    // "Tập huấn kỹ năng số cho …": the headline names the event without an event noun.
    const head = lower.slice(titleLine.start, titleLine.end);
    const lead = /^\s*/u.exec(head)?.[0].length ?? 0;
    const verb = HEADLINE_EVENT.exec(head.slice(lead));
    if (verb) {
      headlineSeen = true;
      const at = titleLine.start + lead;
      found.push({ start: at, end: at + verb[0].length, name: null, date: null, year: null, sentence: titleLine, headline: true });
    }
  }
  for (const m of lower.matchAll(EVENT_NOUN)) {
    const nounStart = (m.index ?? 0) + (m[0].length - (m[1]?.length ?? 0));
    const nounEnd = nounStart + (m[1]?.length ?? 0);
    if (titleLine && nounStart < titleLine.end) {
      if (!headlineSeen) {
        headlineSeen = true;
        found.push({ start: nounStart, end: nounEnd, name: null, date: null, year: null, sentence: titleLine, headline: true });
      }
      continue;
    }
    // "Kỳ họp thứ 3, HĐND tỉnh khóa IX": a council's session of several days, so it has no single date.
    if (m[1] === "kỳ họp") {
      // "tiếp xúc cử tri trước Kỳ họp thứ 6": a session the event prepares for, not one the report covers.
      if (/(?:trước|sau|chuẩn bị(?: cho)?|chào mừng)\s+$/u.test(lower.slice(Math.max(0, nounStart - 16), nounStart))) continue;
      // "Kỳ họp thứ 6, Quốc hội khóa XIV" (and a later "Kỳ họp thứ 6"): the National Assembly's, not an event here.
      if (assemblySessions(lower).has(/^kỳ họp thứ\s+([^\s,]+)/u.exec(lower.slice(nounStart, nounStart + 30))?.[1] ?? "")) continue;
      const session = councilSession(ctx, nounStart);
      if (session) found.push(session);
      continue;
    }
    // Words inside a name already read ("Lễ họp mặt …", "hội nghị giao ban …") are not a second event.
    const last = found[found.length - 1];
    if (last && nounStart < last.end && !last.headline) continue;
    // "Trung tâm Hội nghị tỉnh", "Nhà Hội nghị": a venue, not an event.
    if (/(?:trung tâm|nhà|cung|hội trường)\s+$/u.test(lower.slice(Math.max(0, nounStart - 12), nounStart))) continue;
    // "11 cuộc hội nghị": a count of meetings, not one event.
    // (On the same line: a date line ending "10:00" above a paragraph is not a count.)
    if (/\d[ \t]*(?:cuộc[ \t]+)?$/u.test(lower.slice(Math.max(0, nounStart - 8), nounStart))) continue;
    // "lễ" is also a word inside others ("ngày lễ lớn", "lễ hội"): require a capital or a defining verb.
    const sentence = sentenceAt(ctx.index, nounStart) ?? { start: nounStart, end: nounEnd };
    const before = lower.slice(Math.max(sentence.start, nounStart - 40), nounStart);
    const rest = text.slice(nounEnd, sentence.end);
    // A quoted title runs to its closing quote, dashes and all ("Hội thảo "A - B"").
    // "hội thảo khoa học "A - B"": a few words may come between the noun and the quoted title.
    const quoted = /^(?:\s+\p{Ll}+){0,3}\s*[“"«][^”"»\n]{2,200}[”"»]/u.exec(rest);
    const skip = quoted ? quoted[0].length : 0;
    let nameEnd = nounEnd + skip + nameLength(rest.slice(skip));
    // "tổ chức chuyến thăm, chúc Tết và tặng quà …": the visit's purposes after a comma are its name.
    if (m[1] === "chuyến thăm" && /^, \p{Ll}/u.test(rest)) nameEnd = nounEnd + 2 + nameLength(rest.slice(2));
    // "đã có buổi giám sát tại Sở A": an inspection is named by the body it visits.
    let visited = false;
    if (/^buổi (?:giám sát|kiểm tra)$/u.test(m[1] as string) && nameEnd === nounEnd && /^ tại /u.test(rest)) {
      const host = organizationAt(ctx, nounEnd + 5);
      visited = host !== undefined && !host.bareDepartment;
      if (host && visited) nameEnd = host.end;
    }
    const tail = text.slice(nounEnd, nameEnd).trim();
    const words = tail === "" ? 0 : tail.split(/\s+/u).length;
    const definedBefore = DEFINING_BEFORE.test(before);
    const tailLower = tail.toLowerCase();
    const defining =
      words >= 2 &&
      // "tọa đàm về …" after a defining verb names its topic.
      (!NOT_NAME_START.test(tailLower) || (definedBefore && /^về\s/u.test(tailLower)) || visited) &&
      (definedBefore ||
        (nounStart !== sentence.start && /^\p{Lu}/u.test(text.slice(nounStart, nounStart + 1))) ||
        /\d,\s*$/u.test(before) ||
        // "Hội nghị tổng kết … đã diễn ra vào sáng 15/3": the sentence opens with the event it reports.
        (nounStart === sentence.start && HELD_AFTER.test(text.slice(nameEnd, nameEnd + 30).toLowerCase())));
    if (m[1] === "lễ" && (!defining || /^(?:lớn|hội|tết)/u.test(tail.toLowerCase()))) continue;
    // "Đại hội": a congress the report covers is one it says is held ("tổ chức Đại hội …"); "chào mừng Đại hội Đảng bộ
    // tỉnh", "Nghị quyết Đại hội XIII", "đại hội cấp trên" are other congresses, and a bare one refers back to it.
    if (m[1] === "đại hội") {
      const held = defining && definedBefore && !/^cấp trên/u.test(tailLower);
      if (!held && !found.some((f) => f.name !== null && /^Đại hội/u.test(f.name))) continue;
      if (!held) {
        found.push({ start: nounStart, end: nounEnd, name: null, date: null, year: null, sentence });
        continue;
      }
    }
    // "tổ chức giao ban báo chí hằng tháng": a recurring activity the year's results list, not one event.
    // ("họp báo định kỳ … quý II năm 2019" names one of them: a period in the name makes it one event.)
    if (defining && HABITUAL.test(tailLower) && !ONE_PERIOD.test(tailLower)) continue;
    const requested =
      defining &&
      (REQUESTED_BEFORE.test(lower.slice(sentence.start, nounStart)) || PLANNED_BEFORE.test(lower.slice(sentence.start, nounStart)));
    if (requested) continue;
    // "Tham dự lễ kỷ niệm có …": the start of a name already defined refers back to it.
    const shortName = folded(text.slice(nounStart, nameEnd));
    const refersBack =
      defining && words <= 3 && found.some((f) => f.name !== null && folded(f.name).startsWith(shortName) && folded(f.name) !== shortName);
    if (!defining || refersBack) {
      found.push({ start: nounStart, end: nounEnd, name: null, date: null, year: null, sentence });
      continue;
    }
    const spanStart = m[0].startsWith("các ") || m[0].startsWith("những ") ? nounStart : (m.index ?? 0);
    const raw = expandAbbreviations(text.slice(nounStart, nameEnd).replace(/\s+/gu, " ").replace(/[“”"]/gu, "").trim());
    const name = (raw[0]?.toUpperCase() ?? "") + raw.slice(1);
    let { date, year } = eventDate(
      ctx,
      sentence,
      nounStart,
      name,
      found.some((f) => f.name !== null),
    );
    const previous = [...found].reverse().find((f) => f.name !== null);
    if (date === null && previous?.date && SAME_DAY.test(text.slice(sentence.start, sentence.end))) {
      date = previous.date;
      year = previous.year;
    }
    found.push({ start: spanStart, end: nameEnd, name, date, year, sentence });
  }
  spreadOverDays(ctx, found);
  promoteQuestionSession(ctx, found);
  if (titleLine && !found.some((f) => f.name !== null)) promoteHeadline(ctx, titleLine, found);
  if (titleLine && !found.some((f) => f.name !== null)) promoteVisit(ctx, titleLine, found);
  if (titleLine && !found.some((f) => f.name !== null)) leadVisit(ctx, titleLine, found);
  return found;
}

/** The numbers of the National Assembly's sessions the text names ("Kỳ họp thứ 6, Quốc hội khóa XIV" → "6"). */
function assemblySessions(lower: string): Set<string> {
  const numbers = new Set<string>();
  for (const m of lower.matchAll(/kỳ họp thứ\s+([^\s,]+)\s*,?\s*(?:của\s+)?quốc hội/gu)) numbers.add(m[1] as string);
  return numbers;
}

/** "… diễn ra trong 3 ngày", "kéo dài hai ngày": an event of several days. */
const SEVERAL_DAYS = /(?<![\p{L}])(?:diễn ra|kéo dài|tổ chức)(?: trong)? (?:[2-9]|\d{2}|hai|ba|bốn|năm|sáu|bảy) ngày(?![\p{L}])/u;

/**
 * "Lớp tập huấn diễn ra trong 3 ngày, từ ngày 9 đến 11/8": a later sentence that opens with a reference to the event
 * and gives it several days makes it a multi-day event, with no single date.
 */
function spreadOverDays(ctx: ReportContext, found: ConferenceMention[]): void {
  const { text, lower } = ctx.index;
  for (const ref of found) {
    if (ref.name !== null || ref.headline || /\p{L}/u.test(text.slice(ref.sentence.start, ref.start))) continue;
    const clause = lower.slice(ref.end, ref.sentence.end);
    const ranged = findDates(text.slice(ref.end, ref.sentence.end)).some((d) => d.range);
    if (!ranged && !SEVERAL_DAYS.test(clause)) continue;
    const event = [...found].reverse().find((f) => f.name !== null && f.start < ref.start);
    const reference = text.slice(ref.start, ref.end).toLowerCase();
    if (event && reference === (event.name ?? "").toLowerCase().slice(0, reference.length)) event.date = null;
  }
}

const SESSION =
  /^Kỳ họp thứ\s+(?:\d+|[IVXLC]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: \p{L}+)?)(?:\s*,?\s*(?:HĐND|Hội đồng nhân dân)(?:\s+(?:tỉnh|thành phố|huyện)(?:\s+\p{Lu}\p{Ll}*){0,3})?(?:\s+khóa\s+[IVXLC]+)?)?/u;

/** A council's numbered session ("Kỳ họp thứ 4, HĐND thành phố khóa XVI"), undated: it runs over several days. */
function councilSession(ctx: ReportContext, at: number): ConferenceMention | undefined {
  const { text } = ctx.index;
  const m = SESSION.exec(text.slice(at, at + 80));
  if (!m) return undefined;
  const sentence = sentenceAt(ctx.index, at) ?? { start: at, end: at + m[0].length };
  const name = expandAbbreviations(m[0].replace(/\s*,\s*/u, " ").replace(/\s+/gu, " "));
  return { start: at, end: at + m[0].length, name, date: null, year: ctx.year, sentence };
}

/**
 * "Đồng chí A chủ trì phiên chất vấn", "Mở đầu phiên chất vấn, …": a question session of the council that the
 * report covers, even when no sentence defines it by name; dated by the report's lead.
 */
function promoteQuestionSession(ctx: ReportContext, found: ConferenceMention[]): void {
  const { text } = ctx.index;
  if (found.some((f) => f.name !== null && /^phiên chất vấn/iu.test(f.name))) return;
  const at = found.findIndex((f) => !f.headline && f.name === null && /^phiên chất vấn/iu.test(text.slice(f.start, f.end)));
  const ref = found[at];
  if (!ref) return;
  const name = "Phiên chất vấn";
  const { date, year } = eventDate(ctx, ref.sentence, ref.start, name, false);
  found[at] = { ...ref, name, date, year };
}

/**
 * An event the headline names and the body only refers to ("Giao ban công tác
 * báo chí quý II" … "chủ trì hội nghị"): the headline defines it, dated by the
 * body's first sentence that refers to it (or its lead).
 */
function promoteHeadline(ctx: ReportContext, titleLine: Span, found: ConferenceMention[]): void {
  const { text } = ctx.index;
  const headline = found.find((f) => f.headline);
  if (!headline) return;
  const rest = text.slice(headline.end, titleLine.end);
  const stop = NAME_STOP.exec(rest);
  const nameEnd = headline.end + (stop ? stop.index : rest.length);
  const raw = expandAbbreviations(text.slice(headline.start, nameEnd).replace(/\s+/gu, " ").replace(/[“”"]/gu, "").trim());
  if (raw.split(" ").length < 2) return;
  const name = (raw[0]?.toUpperCase() ?? "") + raw.slice(1);
  const body = found.find((f) => !f.headline);
  // The first dated sentence of the body (not the page's own date line) dates the event the headline names.
  const first = ctx.index.sentences.find(
    (x) => x.start >= titleLine.end && !isPageDate(ctx, titleLine, x) && findDates(text.slice(x.start, x.end)).length > 0,
  );
  const sentence = body?.sentence ?? first ?? titleLine;
  const lead = first !== undefined && inLead(ctx, first);
  let { date, year } = lead
    ? eventDate(ctx, first, first.end, name, false)
    : eventDate(ctx, sentence, body?.start ?? sentence.end, name, false);
  if (date === null && first && first !== sentence) ({ date, year } = eventDate(ctx, first, first.end, name, false));
  const at = found.indexOf(headline);
  found[at] = { start: headline.start, end: nameEnd, name, date, year, sentence };
}

/** The page's date line: in one of its plain shapes anywhere, or with counters and sections right under the headline. */
function isPageDate(ctx: ReportContext, titleLine: Span, sentence: Span): boolean {
  const { text } = ctx.index;
  const content = text.slice(sentence.start, sentence.end);
  if (PAGE_DATE_LINE.test(content)) return true;
  // "17/08/2018 - 07:45 | 1.036 lượt xem" straight under the headline.
  return text.slice(titleLine.end, sentence.start).trim() === "" && !content.includes("\n") && isPageDateLine(content);
}

/**
 * A page's date line ("Cập nhật: 09/09/2016 07:45", "Thứ Sáu, 16/10/2015", "15/07/2011 -" once its view
 * counter is blanked): when the page was made, not the event.
 */
const PAGE_DATE_LINE =
  /^\s*(?:Cập nhật|Ngày đăng|Đăng lúc|Đăng ngày|Thứ\s+\p{L}+\s*,|Chủ nhật\s*,|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*(?:[-|,]\s*\d{1,2}:\d{2})?[\s|,–-]*$)/u;

/**
 * "Sở TT&TT làm việc với huyện X về …" over a body that only says "buổi làm
 * việc": the visit the headline reports is the event, named from the headline
 * and defined at the body's first reference to it.
 */
function promoteVisit(ctx: ReportContext, titleLine: Span, found: ConferenceMention[]): void {
  const { text } = ctx.index;
  const title = text.slice(titleLine.start, titleLine.end);
  const visit = /làm việc với\s+/u.exec(title);
  const first = found.findIndex((f) => !f.headline && /^buổi làm việc/iu.test(text.slice(f.start, f.end)));
  if (!visit || first < 0) return;
  const rest = title.slice((visit.index ?? 0) + visit[0].length);
  const stop = NAME_STOP.exec(rest);
  const topic = expandAbbreviations(
    rest
      .slice(0, stop ? stop.index : rest.length)
      .replace(/\s+/gu, " ")
      .trim(),
  );
  if (topic.split(" ").length < 2) return;
  const name = `Buổi làm việc với ${topic}`;
  const at = found[first] as ConferenceMention;
  const lead = ctx.index.sentences.find(
    (x) => x.start >= titleLine.end && !isPageDate(ctx, titleLine, x) && findDates(text.slice(x.start, x.end)).length > 0,
  );
  const { date, year } =
    lead && inLead(ctx, lead) ? eventDate(ctx, lead, lead.end, name, false) : eventDate(ctx, at.sentence, at.start, name, false);
  // The lead that reports the visit ("… đã đến thăm và làm việc với Sở A") is where its parties are named.
  const reported = lead && inLead(ctx, lead) && VISITS.test(text.slice(lead.start, lead.end));
  found[first] = { ...at, name, date, year, ...(reported ? { sentence: lead } : {}) };
}

const VISITS = /(?<![\p{L}])(?:đã\s+|vừa\s+|có\s+)?(?:(?:đến\s+)?thăm(?:,)?\s+và\s+)?làm việc với\s+/u;

/**
 * "Sáng 14-10, Phó Chủ tịch UBND thành phố A đã đến thăm và làm việc với Sở B về …" as the body's lead, with no event
 * named anywhere: the working visit the lead reports is the event ("Buổi làm việc với Sở B").
 */
function leadVisit(ctx: ReportContext, titleLine: Span, found: ConferenceMention[]): void {
  const { text } = ctx.index;
  const lead = ctx.index.sentences.find((x) => x.start >= titleLine.end && !isPageDate(ctx, titleLine, x));
  if (!lead) return;
  const visit = VISITS.exec(text.slice(lead.start, lead.end));
  if (!visit) return;
  const at = lead.start + (visit.index ?? 0);
  const host = organizationAt(ctx, at + visit[0].length);
  if (!host || host.bareDepartment) return;
  const name = `Buổi làm việc với ${host.name}`;
  const { date, year } = eventDate(ctx, lead, at, name, false);
  const start = at + visit[0].length - "làm việc với ".length;
  found.push({ start, end: host.end, name, date, year, sentence: lead });
}

/** The date written in the defining sentence before the event (or right after it), completed with the context year. */
function eventDate(
  ctx: ReportContext,
  sentence: Span,
  at: number,
  name: string,
  later: boolean,
): { date: string | null; year: number | null } {
  const { text, lower } = ctx.index;
  const yearsInName = [...name.matchAll(/năm (\d{4})/gu)].map((y) => Number(y[1]));
  const contextYear = ctx.year ?? (yearsInName.length > 0 ? Math.max(...yearsInName) : null);
  let multiDay = false;
  const stated = (span: Span, before: number) => {
    const candidates = findDates(text.slice(span.start, span.end)).filter(
      // Dates inside a document reference are not when the event happened.
      (d) => !DOCUMENT_DATE.test(lower.slice(Math.max(span.start, span.start + d.start - 40), span.start + d.start)),
    );
    // "kỷ niệm 93 năm Ngày Báo chí cách mạng Việt Nam (21-6-1925 - 21-6-2018), chiều 19-6": a date in brackets is an
    // aside when the sentence states another ("Sáng nay (24/10)" keeps its only one).
    const plain = candidates.filter((d) => !inBrackets(text, span.start + d.start));
    const dates = plain.length > 0 ? plain : candidates;
    const d = dates.find((x) => span.start + x.start < before) ?? dates[0];
    if (d?.range) multiDay = true;
    return d && !d.range ? completeDate(d, contextYear) : null;
  };
  const found = (date: string | null) => (date ? { date, year: Number(date.slice(0, 4)) } : null);
  const clause = lower.slice(sentence.start, sentence.end);
  const inSentence = stated(sentence, at);
  // The lead sentence of the paragraph often carries the date ("Ngày 8/6, tại …. Hội nghị …").
  const inParagraph = inSentence || later ? null : paragraphDate(ctx, sentence, stated);
  // Held over several days ("Trong hai ngày 17 và 18/6"): no single date, and no fallback to another one.
  if (multiDay) return { date: null, year: contextYear };
  const result =
    found(inSentence) ??
    found(TODAY.test(clause) ? ctx.publishedOn : null) ??
    found(YESTERDAY.test(clause) && ctx.publishedOn ? dayBefore(ctx.publishedOn) : null) ??
    found(inParagraph) ??
    // A news report about the event (named in its lead) happened on the day it was published.
    found(later || !inLead(ctx, sentence) ? null : ctx.publishedOn);
  return result ?? { date: null, year: contextYear };
}

/** Among the first sentences after the headline: the event is what the report is about. */
function inLead(ctx: ReportContext, sentence: Span): boolean {
  const { sentences, lines } = ctx.index;
  const title = leadTitle.get(ctx);
  const from = title ? title.end : (lines[0]?.end ?? 0);
  if (sentence === title) return true;
  let n = 0;
  for (const s of sentences) {
    if (s.start < from) continue;
    if (s.start >= sentence.start) return true;
    if (++n >= 3) return false;
  }
  return false;
}

const leadTitle = new WeakMap<ReportContext, Span>();

/** The date stated in an earlier sentence of the same paragraph, or in the body's lead sentence. */
function paragraphDate(ctx: ReportContext, sentence: Span, stated: (span: Span, before: number) => string | null): string | null {
  const { text, sentences } = ctx.index;
  const paragraphStart = text.lastIndexOf("\n", sentence.start) + 1;
  for (let i = sentences.indexOf(sentence) - 1; i >= 0; i--) {
    const s = sentences[i] as Span;
    if (s.end <= paragraphStart) break;
    const d = stated(s, s.end);
    if (d) return d;
  }
  return null;
}

/** Whether `at` lies inside a bracket opened earlier on its line and closed later on it. */
function inBrackets(text: string, at: number): boolean {
  const open = text.lastIndexOf("(", at);
  if (open < 0 || text.lastIndexOf(")", at) > open || text.lastIndexOf("\n", at) > open) return false;
  const close = text.indexOf(")", at);
  const lineEnd = text.indexOf("\n", at);
  return close >= 0 && (lineEnd < 0 || close < lineEnd);
}

function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
