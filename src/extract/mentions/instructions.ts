import { expandAbbreviations } from "../../domain/gazetteer/abbreviations.js";
import type { Span } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import { LIST_ITEM_BREAK, lineAt, listMarkerLength, opensListItem, sentenceAt, type TextIndex } from "../text-index.js";
import { findOrganizations, type OrgMention } from "./organizations.js";
import type { PersonMention } from "./persons.js";

/**
 * What an official asks of others ("… đề nghị: ngành cần …; …", "đồng chí
 * yêu cầu Sở X …", "giao Sở Y …", "chỉ đạo các sở …", "… nhấn mạnh … phải …"):
 * one instruction per request. A request runs from its verb to the end of the
 * paragraph or to the next request verb, and is split at ";", sentence ends,
 * a colon list, a new capitalised verb and ", <verb>" after a full request.
 * A named body right after the verb, or opening an item ("…; Sở Nội vụ đưa
 * …"), is who the request is addressed to, for that item and those after it.
 * Proposals upward ("kiến nghị", "đề xuất") are not instructions.
 */
export interface InstructionMention extends Span {
  label: string;
  speaker: string;
  /** "Phó Chủ tịch UBND tỉnh đề nghị": who and the verb (evidence for ISSUED). */
  trigger: Span;
  /** Named bodies the request is addressed to, with the words that say so. */
  addressees: OrgMention[];
  addresseeEvidence: Span | null;
}

const TRIGGER = /(?=[đycnlg])(?<![\p{L}])(đề nghị|yêu cầu|nhấn mạnh|chỉ đạo|lưu ý|giao)(?![\p{L}])/gu;
/** Verbs whose object may be a statement rather than a request: only items that read as requests count. */
const WEAK = new Set(["nhấn mạnh", "lưu ý"]);
const PRONOUN_BEFORE = /(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)(?:\s+(?:cũng|còn|đồng thời|tiếp tục))?\s+$/u;

/** Verbs that open a new request when written with a capital mid-sentence. */
const ITEM_VERBS =
  "triển khai|tăng cường|xây dựng|phối hợp|tiếp tục|chú trọng|đẩy mạnh|nâng cao|thực hiện|quan tâm|tập trung|hoàn thành|kịp thời|rà soát|đảm bảo|bảo đảm|chủ động|khẩn trương|nghiên cứu|tổ chức|hoàn thiện|phấn đấu";
/** Verbs a request opens with (for "nhấn mạnh"/"lưu ý", whose object may be a statement). */
const REQUEST_START = new RegExp(
  `^(?:(?:các |toàn |những )?(?:ngành|sở|đơn vị|cơ quan|địa phương|doanh nghiệp|cấp ủy|người đứng đầu)[^,;.]{0,60}?\\s+)?(?:cần\\s+|phải\\s+)?(?:${ITEM_VERBS}|ưu tiên|khắc phục|chấm dứt|đưa|mở rộng|sớm|làm tốt)(?![\\p{L}])`,
  "u",
);
const MODAL = /(?<![\p{L}])(?:cần|phải)(?![\p{L}])/u;
const CAPITAL_VERB = new RegExp(
  `(?<=[\\p{L}\\p{N}”")])\\s+(?=(?:${ITEM_VERBS.split("|")
    .map((v) => v[0]?.toUpperCase() + v.slice(1))
    .join("|")})(?![\\p{L}]))`,
  "gu",
);
/** ", kịp thời <verb>" opens a new request; "thông tin chính thống, kịp thời cho báo chí" qualifies the last one. */
const COMMA_VERB =
  /(?:,\s+|\s+và\s+(?=(?:tham mưu|tuyên truyền|hướng dẫn|đôn đốc|báo cáo kết quả)(?![\p{L}])))(?=(?:tuyên truyền|hướng dẫn|đôn đốc|báo cáo kết quả|kịp thời(?![\p{L}])(?!\s*(?:,|(?:cho|và|đến|tới)(?![\p{L}])))|tăng cường|đẩy mạnh|chú trọng|quan tâm|nâng cao|khẩn trương|chủ động|rà soát|khắc phục|thực hiện|đồng thời|tham mưu)(?![\p{L}]))/gu;

/** Openings that are not the request itself ("Trong năm 2020, ngành cần …"). */
/** A sentence that announces the tasks to follow, and the ordinals that list them. */
const ANNOUNCES_TASKS = /(?:một số|các|những) (?:nhiệm vụ|giải pháp|nội dung)(?: trọng tâm| chủ yếu)?(?: sau(?: đây)?)?\s*[.:]\s*$/u;
const ORDINAL = /^(?:Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám)|Một là|Trước hết)\s*,/u;

const LEAD_IN =
  /^(?:(?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám)|(?:một|hai|ba|bốn|năm|sáu) là|trước hết|trong năm \d{4}|năm \d{4}|thời gian tới|trong thời gian tới|đặc biệt(?: là)?|đồng thời|bên cạnh đó|ngoài ra|trước mắt|đối với [^,]{1,60}|trong lĩnh vực [^,]{1,60}|về [^,]{1,40})\s*,\s*|đồng thời\s+)*(?:(?:các |toàn )?(?:ngành|sở|đơn vị|cơ quan|địa phương)(?: [^,]{0,40}?)?\s+(?:cần|phải)\s+|cần\s+|phải\s+)?/iu;

/** A sentence whose capitalised subject reports or promises ("Hội nghị đã …", "Sở sẽ …"). */
const CONTRAST = /(?<![\p{L}])không phải(?: là| để)?(?![\p{L}])[^.;]{1,80}?(?<![\p{L}])mà (?:là|để|phải)(?![\p{L}])/u;

const SINGLED_OUT = /^(?:các|những) [^,.;:]{1,50}, (?:trước hết là|nhất là|đặc biệt là|trong đó có) /u;

const ASIDE = /^\s*\([^()\n]{1,40}\)/u;

const REPORTING_SENTENCE =
  /^\s*(?:(?:Đối với|Về|Riêng|Trong năm \d{4}|Năm \d{4})[^,.;]{0,60},\s*)?(?:\p{Lu}[\p{L}&]*(?:\s+[\p{L}&]+){0,3}?\s+(?:đã|sẽ|vừa|cũng đã|đang)|(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+(?:cũng\s+)?(?:cho biết|thông tin|khẳng định|cam kết))(?![\p{L}])/u;

const NEW_SPEAKER =
  /^\s*(?:(?:Ông|Bà|Đồng chí|Nhà báo|Anh|Chị)\s+\p{Lu}|(?:Phó |Tổng )?(?:Giám đốc|Chủ tịch|Bí thư|Thứ trưởng|Bộ trưởng|Cục trưởng|Trưởng ban|Trưởng phòng)\s|Thay mặt|Tham luận|Thảo luận|Phát biểu|Trình bày|Báo cáo|Dịp này|Nhân dịp|Tại (?:hội nghị|buổi|lễ|hội thảo))/u;

/** "chỉ đạo"/"giao" only give an instruction when someone is told to do something. */
const NOT_AN_ORDER_BEFORE = /(?:phát biểu|dự và|dự,|ý kiến|sự|quan tâm|trực tiếp|được|theo|tiếp thu|Ban|ban|sẽ)\s+$/u;

interface Trigger {
  at: number;
  verbEnd: number;
  verb: string;
  speaker: PersonMention;
}

export function findInstructions(ctx: ReportContext, persons: PersonMention[], orgs?: OrgMention[]): InstructionMention[] {
  const { text, lower } = ctx.index;
  const bodies = orgs ?? findOrganizations(ctx);
  const orgAt = new Map<number, OrgMention>();
  for (const o of bodies) orgAt.set(o.start, o);
  const insideOrg = (at: number) => bodies.some((o) => o.start < at && at < o.end);

  const triggers: Trigger[] = [];
  for (const m of lower.matchAll(TRIGGER)) {
    const at = m.index ?? 0;
    const verb = m[1] as string;
    const verbEnd = at + verb.length;
    if (verb === "chỉ đạo" || verb === "giao") {
      if (NOT_AN_ORDER_BEFORE.test(text.slice(Math.max(0, at - 14), at))) continue;
      const addressed =
        orgAt.has(addresseeStart(text, verbEnd)) ||
        (verb === "chỉ đạo" && /^(?::|\s+(?:các|toàn|tất cả)\s)/u.test(text.slice(verbEnd, verbEnd + 12))) ||
        // "giao các phòng chuyên môn rà soát …": units told to act, unnamed.
        (verb === "giao" &&
          /^\s+(?:cho\s+)?(?:các|toàn)\s+(?:phòng|đơn vị|sở|cơ quan|địa phương|huyện|xã|ngành|doanh nghiệp)(?![\p{L}])/u.test(
            lower.slice(verbEnd, verbEnd + 30),
          ));
      if (!addressed) continue;
      // "đề nghị UBND huyện chỉ đạo UBND các xã …": an order inside a request is part of it.
      const previous = triggers[triggers.length - 1];
      const sameSentence = previous !== undefined && sentenceAt(ctx.index, previous.at) === sentenceAt(ctx.index, at);
      if (previous && sameSentence && bodies.some((o) => o.end <= at && at - o.end <= 2 && o.start >= previous.verbEnd)) continue;
    }
    if (verb === "đề nghị" && /^\s+của(?![\p{L}])/u.test(text.slice(verbEnd, verbEnd + 6))) continue;
    // "đáp ứng yêu cầu", "theo yêu cầu", "yêu cầu của …": the noun, a requirement, not a request.
    if (
      verb === "yêu cầu" &&
      (/(?:đáp ứng|theo|đúng|các|những|đạt|mọi)\s+$/u.test(lower.slice(Math.max(0, at - 10), at)) ||
        /^\s+(?:của|đặt ra)(?![\p{L}])/u.test(lower.slice(verbEnd, verbEnd + 8)))
    )
      continue;
    if (insideOrg(at)) continue;
    const sentence = sentenceAt(ctx.index, at);
    if (!sentence) continue;
    // "…; đồng thời yêu cầu …": a second verb in the sentence has the first one's speaker.
    const previous = triggers[triggers.length - 1];
    const speaker =
      speakerOf(text, persons, sentence, at) ??
      (previous && previous.at >= sentence.start ? previous.speaker : undefined) ??
      listSpeaker(ctx.index, persons, bodies, at);
    if (!speaker) continue;
    triggers.push({ at, verbEnd, verb, speaker });
  }

  const out: InstructionMention[] = [];
  for (const [k, t] of triggers.entries()) {
    const line = lineAt(ctx.index, t.at);
    const sentence = sentenceAt(ctx.index, t.at);
    let end = line?.end ?? sentence?.end ?? text.length;
    // "… đề nghị:" over a numbered or bulleted list: the request runs over its items.
    if (line && /:\s*$/u.test(text.slice(line.start, line.end))) {
      const lines = ctx.index.lines;
      for (let li = lines.indexOf(line) + 1; li < lines.length; li++) {
        const next = lines[li] as Span;
        if (!opensListItem(text, next.start)) break;
        end = next.end;
      }
    }
    // "… ngành cần tập trung vào một số nhiệm vụ trọng tâm." over a paragraph of "Thứ nhất, …. Thứ hai, …": the requests go on there.
    let announcedList = false;
    if (line && ANNOUNCES_TASKS.test(text.slice(line.start, line.end))) {
      const lines = ctx.index.lines;
      const next = lines[lines.indexOf(line) + 1];
      if (next && ORDINAL.test(text.slice(next.start, next.start + 12))) {
        end = Math.max(end, next.end);
        announcedList = true;
      }
    }
    if (WEAK.has(t.verb) && sentence && end <= (line?.end ?? end)) end = Math.min(end, sentence.end);
    const nextTrigger = triggers[k + 1];
    // The next request's sentence ("Đối với Báo A, đồng chí đề nghị …") is not part of this one.
    const nextSentence = nextTrigger ? sentenceAt(ctx.index, nextTrigger.at) : undefined;
    if (nextSentence && sentence && nextSentence.start > sentence.start && nextSentence.start < end) end = nextSentence.start;
    if (nextTrigger && nextTrigger.at < end)
      end = Math.max(
        t.verbEnd,
        Math.min(
          end,
          nextTrigger.speaker.start < nextTrigger.at && nextTrigger.speaker.start > t.verbEnd ? nextTrigger.speaker.start : nextTrigger.at,
        ),
      );
    let from = t.verbEnd;
    while (/[\s:,]/u.test(text[from] ?? "")) from++;
    // The bodies the request names first are its addressees.
    let addressees = addresseeList(text, orgAt, from);
    // "các cơ quan báo chí của tỉnh, trước hết là Báo A và Đài B, cần …": the bodies the request singles out.
    if (addressees.length === 0) {
      const singled = SINGLED_OUT.exec(text.slice(from, from + 90));
      if (singled) addressees = addresseeList(text, orgAt, from + singled[0].length);
    }
    // "Đối với Báo A và Đài B, đồng chí đề nghị …", "Với Đài A, Báo B, …": the bodies named before the speaker.
    if (addressees.length === 0 && sentence) {
      const facing = /^(?:Đối với|Với|Riêng với)\s+/u.exec(text.slice(sentence.start, sentence.start + 14));
      if (facing) addressees = addresseeList(text, orgAt, sentence.start + facing[0].length);
    }
    const lastAddressee = addressees[addressees.length - 1];
    const before = lastAddressee !== undefined && lastAddressee.end <= t.at;
    let addresseeEvidence: Span | null = lastAddressee
      ? before
        ? { start: (addressees[0] as OrgMention).start, end: t.verbEnd }
        : { start: t.at, end: lastAddressee.end }
      : null;
    // "Phòng A (thuộc Sở) tổng hợp …": an aside in brackets after the addressee is not part of the task.
    const itemsFrom =
      lastAddressee && !before
        ? lastAddressee.end + (ASIDE.exec(text.slice(lastAddressee.end, lastAddressee.end + 50))?.[0].length ?? 0)
        : from;
    // A later sentence that reports ("Bộ TT&TT sẽ tiếp tục hỗ trợ …") ends the request.
    const sentences = ctx.index.sentences;
    const first = sentence ? sentences.indexOf(sentence) + 1 : sentences.length;
    for (let si = first; si < sentences.length; si++) {
      const later = sentences[si] as Span;
      if (later.start >= end) break;
      const opening = addresseeList(text, orgAt, later.start);
      const last = opening[opening.length - 1];
      if (last && /^\s+(?:sẽ|đã|đang|vừa|cũng|có|là|được|cho biết)(?![\p{L}])/u.test(text.slice(last.end, last.end + 12))) {
        end = later.start;
        break;
      }
      // "Hội nghị đã phát động …", "Sở sẽ tổng hợp …": a sentence that reports or promises is not a request;
      // "Ông A, Giám đốc … chia sẻ …", "Thay mặt …": another speaker takes the floor.
      const opensLater = text.slice(later.start, later.start + 60);
      if (REPORTING_SENTENCE.test(opensLater) || NEW_SPEAKER.test(opensLater)) {
        end = later.start;
        break;
      }
    }
    const items = splitItems(text, itemsFrom, end, bodies);
    // After "nhấn mạnh", a list that opens with a request goes on with requests.
    let requesting = !WEAK.has(t.verb);
    for (const [n, item] of items.entries()) {
      let span = item;
      // "…; Sở Nội vụ đưa …": a body opening an item addresses it and those after.
      const opening = n === 0 && addressees.length > 0 ? [] : addresseeList(text, orgAt, item.start);
      if (opening.length > 0) {
        const last = opening[opening.length - 1] as OrgMention;
        // "…; UBND tỉnh sẽ chỉ đạo các huyện …": a body that promises or reports is not told to do anything.
        if (n > 0 && /^\s+(?:cũng\s+)?(?:sẽ|đã|đang|vừa)(?![\p{L}])/u.test(text.slice(last.end, last.end + 12))) continue;
        if (/^\s+\p{Ll}/u.test(text.slice(last.end, last.end + 3))) {
          addressees = opening;
          addresseeEvidence = { start: (opening[0] as OrgMention).start, end: last.end };
          span = { start: skipBlanks(text, last.end), end: item.end };
        }
      } else if (n > 0 && /^(?:các|những|toàn)\s/u.test(lower.slice(item.start, item.start + 6))) {
        addressees = [];
        addresseeEvidence = null;
      }
      const words = text.slice(span.start, span.end);
      // "… tập trung một số nhiệm vụ sau:" over a list: the items are the requests, not their heading.
      if (/^\s*:\s*\n/u.test(text.slice(span.end, span.end + 4)) && /(?:sau|như sau|gồm|bao gồm|cụ thể là|cụ thể)$/iu.test(words.trim()))
        continue;
      // "… cần tập trung vào một số nhiệm vụ trọng tâm." heading a paragraph of "Thứ nhất, …": the heading is not one.
      if (ANNOUNCES_TASKS.test(`${words.trim()}.`) && announcedList) continue;
      if (!requesting && !isRequest(words)) continue;
      requesting = true;
      const label = labelOf(words);
      if (!label) continue;
      out.push({
        ...span,
        label,
        speaker: t.speaker.name,
        trigger: { start: Math.min(t.speaker.start, t.at), end: t.verbEnd },
        addressees,
        addresseeEvidence,
      });
    }
  }
  return out;
}

function skipBlanks(text: string, i: number): number {
  let j = i;
  while (text[j] === " ") j++;
  return j;
}

/** Words between a request verb and its addressee: "giao cho Sở A", "yêu cầu lãnh đạo Sở B", "đề nghị thời gian tới, Sở C …". */
const BEFORE_ADDRESSEE =
  /^\s*(?:(?:[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám)|(?:Một|Hai|Ba|Bốn|Năm|Sáu) là|thời gian tới|trong thời gian tới|trong năm \d{4}|năm \d{4}|trước mắt|đồng thời|sau hội nghị|sau buổi làm việc)\s*,\s*)?(?:cho\s+)?(?:(?:đồng chí |các đồng chí )?(?:lãnh đạo|Lãnh đạo|ban giám đốc|Ban Giám đốc|tập thể lãnh đạo)\s+)?/u;

function addresseeStart(text: string, at: number): number {
  const m = BEFORE_ADDRESSEE.exec(text.slice(at, at + 60));
  return at + (m ? m[0].length : 0);
}

/** "Trung tâm Viễn thông X và Viettel X", "Sở A, Sở B", "Viễn thông X (VNPT X), Viettel X": bodies named one after another from `at`. */
export function addresseeList(text: string, orgAt: Map<number, OrgMention>, at: number): OrgMention[] {
  const list: OrgMention[] = [];
  let cursor = addresseeStart(text, at);
  for (;;) {
    const o = orgAt.get(cursor);
    if (!o) break;
    list.push(o);
    let end = o.end;
    // A bracketed short form of the same body ("(VNPT X)") is not a second addressee.
    const bracket = /^\s*\(([^()\n]{1,40})\)/u.exec(text.slice(end, end + 44));
    if (bracket) end += bracket[0].length;
    const join = /^(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+)/u.exec(text.slice(end, end + 8));
    if (!join || !orgAt.has(end + join[0].length)) break;
    cursor = end + join[0].length;
  }
  return list;
}

/** A request, not a statement: it opens like one ("tiếp tục …", "các cơ quan cần …") or says what must be done. */
function isRequest(item: string): boolean {
  const whole = item.replace(/^[\s,:;]+/u, "").toLowerCase();
  // "chỉ số DTI không phải để xếp hạng mà là tấm gương …": a statement of what something is, not a task.
  if (CONTRAST.test(whole)) return false;
  return REQUEST_START.test(stripLeadIn(whole)) || REQUEST_START.test(whole) || MODAL.test(whole);
}

/** "Phó Chủ tịch UBND tỉnh kết luận như sau:" over numbered points: who speaks in every point. */
const LIST_SPEECH = /(?<![\p{L}])(?:kết luận|chỉ đạo|yêu cầu|đề nghị)(?: như sau| một số nội dung| các nội dung sau)?\s*:\s*$/u;

/**
 * A request with no speaker in a point of a list ("2. …, yêu cầu các đơn vị …") has the list's speaker; not an
 * order a body in the point gives ("2. Sở A chỉ đạo các trường …"), which is part of that point's task.
 */
function listSpeaker(index: TextIndex, persons: PersonMention[], bodies: OrgMention[], at: number): PersonMention | undefined {
  const { text, lines } = index;
  const line = lineAt(index, at);
  if (!line || !opensListItem(text, line.start)) return undefined;
  if (bodies.some((o) => o.start >= line.start && o.end <= at)) return undefined;
  for (let li = lines.indexOf(line) - 1; li >= 0; li--) {
    const above = lines[li] as Span;
    if (opensListItem(text, above.start)) continue;
    if (!LIST_SPEECH.test(text.slice(above.start, above.end))) return undefined;
    return persons.filter((p) => p.start >= above.start && p.end <= above.end).pop();
  }
  return undefined;
}

function speakerOf(text: string, persons: PersonMention[], sentence: Span, at: number): PersonMention | undefined {
  // "tiếp thu ý kiến chỉ đạo của Phó Chủ tịch … và đề nghị …": a person after "của" is not the one speaking.
  const inSentence = persons.filter(
    (p) => p.start >= sentence.start && p.end <= at && !/của\s+$/u.test(text.slice(Math.max(0, p.start - 6), p.start)),
  );
  const last = inSentence[inSentence.length - 1];
  if (last) return last;
  // "Năm 2014, đồng chí yêu cầu …", "Ông cũng đề nghị …": the official last named.
  const pronoun = PRONOUN_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  if (pronoun) {
    const earlier = persons.filter((p) => p.end <= at);
    const prev = earlier[earlier.length - 1];
    if (prev) return { ...prev, start: at - pronoun[0].length };
  }
  return undefined;
}

const ITEM_END_SOURCE = String.raw`(?<=[^\d\s]|\d{3}|\d\/\d{1,2})[.!?](?=\s)|:(?=\s+\p{Lu})`;
const ITEM_END = new RegExp(ITEM_END_SOURCE, "gu");
const ITEM_END_OR_SEMICOLON = new RegExp(`;|${ITEM_END_SOURCE}`, "gu");

function splitItems(text: string, from: number, end: number, bodies: readonly OrgMention[]): Span[] {
  const cuts = new Set<number>([from, end]);
  const body = text.slice(from, end);
  // Each list line is an item of its own.
  const listed = [...body.matchAll(LIST_ITEM_BREAK)];
  for (const m of listed) cuts.add(from + (m.index ?? 0));
  // A full stop ends an item, also after a year or a date ("… trước ngày 30/6/2022. Sở …"), not after a list number ("1. ").
  // Inside a list's point, ";" joins the parts of that point's one task.
  for (const m of body.matchAll(listed.length > 0 ? ITEM_END : ITEM_END_OR_SEMICOLON)) cuts.add(from + (m.index ?? 0));
  for (const m of body.matchAll(CAPITAL_VERB)) cuts.add(from + (m.index ?? 0));
  for (const m of body.matchAll(COMMA_VERB)) {
    const cut = from + (m.index ?? 0);
    // Only when what comes before is a request of its own (a few words are part of one request).
    const prevCut = Math.max(...[...cuts].filter((c) => c < cut));
    const left = stripLeadIn(text.slice(prevCut, cut).replace(/^[\s;:.,]+/u, ""));
    // "tăng cường quản lý báo chí, kịp thời cung cấp thông tin …" is one task with two verbs; "…, kịp thời tham mưu
    // UBND tỉnh giải quyết …" brings in a body of its own, so it is a task of its own.
    const clauseEnd = text.slice(cut + 1, end).search(/[,;.]/u);
    const right = { start: cut, end: clauseEnd < 0 ? end : cut + 1 + clauseEnd };
    const bringsBody = bodies.some((o) => o.start > right.start && o.start < right.end);
    if (left.split(/\s+/u).length >= 5 && (bringsBody || !m[0].startsWith(","))) cuts.add(cut);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    let s = sorted[i] as number;
    let e = sorted[i + 1] as number;
    while (s < e && /[\s;:.,!?]/u.test(text[s] as string)) s++;
    s += listMarkerLength(text, s);
    if (/^và\s/u.test(text.slice(s, s + 3))) s += 3;
    while (e > s && /[\s;:.,!?…/]/u.test(text[e - 1] as string)) e--;
    if (e - s >= 8) spans.push({ start: s, end: e });
  }
  return spans;
}

function stripLeadIn(item: string): string {
  return item.replace(LEAD_IN, "");
}

/** A short label: the request without its openings, abbreviations spelt out, at most 16 words. */
function labelOf(item: string): string | null {
  const core = stripLeadIn(item.replace(/[“”"]/gu, "")).replace(/\s+/gu, " ").trim();
  const words = core.split(" ");
  if (words.length < 3) return null;
  const label = expandAbbreviations(words.slice(0, 16).join(" "))
    .replace(/[,;:–-]+$/u, "")
    .trim();
  return (label[0]?.toUpperCase() ?? "") + label.slice(1);
}
