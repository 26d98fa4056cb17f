import { expandAbbreviations } from "../../domain/gazetteer/abbreviations.js";
import type { Span } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import { completeDate, findDates } from "../dates.js";
import { sentenceAt } from "../text-index.js";

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
}

const EVENT_NOUN =
  /(?<![\p{L}\p{N}])(?:các |những )?(hội nghị|hội thảo|cuộc họp|phiên họp|buổi làm việc|buổi gặp mặt|lễ|lớp tập huấn|lớp bồi dưỡng|tập huấn|diễn đàn|tọa đàm|họp báo|hội thi|ngày hội|triển lãm)(?![\p{L}\p{N}])/gu;

/** Words that end an event's name. */
const NAME_STOP =
  /\s+(?:do|có(?= (?:bà|ông|đồng chí|các|lãnh đạo|đại diện|sự))|với sự|dưới sự|có sự|nhằm|tại|vào (?:sáng|chiều|ngày)|từ ngày|diễn ra|được tổ chức|đã diễn ra|đã được|sẽ|cho (?:cán bộ|các|hơn|gần|\d)|thu hút|qua đó|theo đó)(?![\p{L}])|\s*[,;]\s*(?:với|có|nhằm|thu hút|qua đó|theo đó|trong đó|đây là|đồng chí|các đồng chí|lãnh đạo|đại diện|ông|bà|tại|vào|dưới|do)(?![\p{L}])|\s*[.;:!?()\n…]|\s+[-–]\s+/u;

/** What follows a bare reference ("Dự Hội nghị có …", "hội nghị này"), never a name. */
const NOT_NAME_START = /^(?:có|là|này|đó|được|đã|sẽ|do|của|tại|về|vào|diễn ra|lần này|trên|cho|thì|và|nhằm|đều|cũng)(?![\p{L}])/u;

const DEFINING_BEFORE =
  /(?:tổ chức|khai mạc|bế mạc|chủ trì|dự|tham dự|tham gia|diễn ra|mở|phối hợp tổ chức|đồng tổ chức|có|đã có|tiến hành)\s+(?:thành công\s+)?(?:các |những )?$/u;

/** Words before an event in a request ("đề nghị … tổ chức tập huấn"): a planned event, not one the report covers. */
const REQUESTED_BEFORE = /(?<![\p{L}])(?:đề nghị|yêu cầu|giao|(?<!ban )chỉ đạo|đề xuất|kiến nghị)(?![\p{L}])/u;

/** "Chiều cùng ngày", "Ngay sau hội nghị": the event shares the previous one's date. */
const SAME_DAY = /(?<![\p{L}])(?:cùng ngày|ngay sau|tiếp đó|sau hội nghị|sau buổi)(?![\p{L}])/iu;

export function findConferences(ctx: ReportContext, titleLine: Span | undefined): ConferenceMention[] {
  const { text, lower } = ctx.index;
  const found: ConferenceMention[] = [];
  const folded = (s: string) => s.toLowerCase().replace(/[“”"]/gu, "").replace(/\s+/gu, " ").trim();
  for (const m of lower.matchAll(EVENT_NOUN)) {
    const nounStart = (m.index ?? 0) + (m[0].length - (m[1]?.length ?? 0));
    const nounEnd = nounStart + (m[1]?.length ?? 0);
    if (titleLine && nounStart < titleLine.end) continue;
    // "11 cuộc hội nghị": a count of meetings, not one event.
    if (/\d\s*(?:cuộc\s+)?$/u.test(lower.slice(Math.max(0, nounStart - 8), nounStart))) continue;
    // "lễ" is also a word inside others ("ngày lễ lớn", "lễ hội"): require a capital or a defining verb.
    const sentence = sentenceAt(ctx.index, nounStart) ?? { start: nounStart, end: nounEnd };
    const before = lower.slice(Math.max(sentence.start, nounStart - 40), nounStart);
    const rest = text.slice(nounEnd, sentence.end);
    // A quoted title runs to its closing quote, dashes and all ("Hội thảo "A - B"").
    const quoted = /^\s*[“"«][^”"»\n]{2,200}[”"»]/u.exec(rest);
    const skip = quoted ? quoted[0].length : 0;
    const stop = NAME_STOP.exec(rest.slice(skip));
    const nameEnd = nounEnd + skip + (stop ? stop.index : rest.length - skip);
    const tail = text.slice(nounEnd, nameEnd).trim();
    const words = tail === "" ? 0 : tail.split(/\s+/u).length;
    const defining =
      words >= 2 &&
      !NOT_NAME_START.test(tail.toLowerCase()) &&
      (DEFINING_BEFORE.test(before) ||
        (nounStart !== sentence.start && /^\p{Lu}/u.test(text.slice(nounStart, nounStart + 1))) ||
        /\d,\s*$/u.test(before));
    if (m[1] === "lễ" && (!defining || /^(?:lớn|hội|tết)/u.test(tail.toLowerCase()))) continue;
    const requested = defining && REQUESTED_BEFORE.test(lower.slice(sentence.start, nounStart));
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
    let { date, year } = eventDate(ctx, sentence, nounStart, name);
    const previous = [...found].reverse().find((f) => f.name !== null);
    if (date === null && previous?.date && SAME_DAY.test(text.slice(sentence.start, sentence.end))) {
      date = previous.date;
      year = previous.year;
    }
    found.push({ start: spanStart, end: nameEnd, name, date, year, sentence });
  }
  return found;
}

/** The date written in the defining sentence before the event (or right after it), completed with the context year. */
function eventDate(ctx: ReportContext, sentence: Span, at: number, name: string): { date: string | null; year: number | null } {
  const { text } = ctx.index;
  const dates = findDates(text.slice(sentence.start, sentence.end)).filter((d) => {
    // Dates inside the event's own name or a document reference are not when it happened.
    const prefix = text.slice(sentence.start, sentence.start + d.start).toLowerCase();
    return !/(?:số|ngày ban hành|nđ-cp|qđ-\w+)\s*$/u.test(prefix.slice(-14));
  });
  const d = dates.find((x) => sentence.start + x.start < at) ?? dates[0];
  const yearsInName = [...name.matchAll(/năm (\d{4})/gu)].map((y) => Number(y[1]));
  const contextYear = ctx.year ?? (yearsInName.length > 0 ? Math.max(...yearsInName) : null);
  if (d) {
    const date = completeDate(d, contextYear);
    if (date) return { date, year: Number(date.slice(0, 4)) };
  }
  return { date: null, year: contextYear };
}
