import type { Span } from "../../domain/model.js";
import type { OrgMention } from "../mentions/organizations.js";
import { sentenceAt, type TextIndex } from "../text-index.js";

/** A body that carries out a target document or programme, with the words that say so. */
type Link<T> = { org: OrgMention; target: T; evidence: Span[] };

/**
 * "Sở TT&TT … triển khai dự án X", "tham mưu UBND tỉnh tiếp tục thực hiện kế
 * hoạch Y": the body that carries out a programme. The implementer is the
 * body named before the verb in the same clause, else the sentence's subject
 * (a body opening the sentence); a body after "của" owns, not implements.
 */
const VERB =
  /(?<![\p{L}])(?:thực hiện|triển khai|phối hợp thực hiện|tổ chức thực hiện|tiếp tục thực hiện|tiếp tục triển khai|phục vụ)(?![\p{L}])/u;

export function implementer(
  index: TextIndex,
  sentence: Span,
  target: Span,
  orgs: OrgMention[],
): { org: OrgMention; also?: OrgMention[]; evidence: Span[] } | undefined {
  const { text, lower } = index;
  // "Giám đốc Sở A cho biết: thực hiện …": what follows a colon is not said of the bodies before it.
  let clauseStart = Math.max(sentence.start, lower.lastIndexOf(";", target.start) + 1, lower.lastIndexOf(":", target.start) + 1);
  // "Giám đốc Sở A cho biết, triển khai …": the speaker's body is not the subject of what is reported.
  const base = clauseStart;
  for (const m of lower.slice(base, target.start).matchAll(/(?:cho biết|khẳng định|thông tin|nhấn mạnh)\s*,/gu))
    clauseStart = base + (m.index ?? 0) + m[0].length;
  const clause = lower.slice(clauseStart, target.start);
  const verb = VERB.exec(clause);
  if (!verb) return undefined;
  const verbAt = clauseStart + (verb.index ?? 0);
  // "ban hành Chương trình hành động thực hiện Nghị quyết …": the document issued carries it out, not a body.
  if (/(?<![\p{L}])ban hành(?![\p{L}])/u.test(lower.slice(clauseStart, verbAt))) return undefined;
  const usable = (o: OrgMention) => {
    const before = lower.slice(Math.max(0, o.start - 14), o.start);
    // "Sở đã tham mưu UBND tỉnh triển khai …": the body advised is not the one that does the work.
    if (/tham mưu(?: cho)?\s+(?:[\p{L}\s&]{1,40}(?:,|\svà)\s*)?$/u.test(lower.slice(Math.max(0, o.start - 60), o.start))) return false;
    // "Việc xây dựng Trung tâm thực hiện Quyết định …": the body built is the object, not the one that acts.
    if (/(?:xây dựng|thành lập|ra mắt|khai trương|nâng cấp)\s+$/u.test(before)) return false;
    return !/(?:của|cho|với|thuộc)\s+$/u.test(before) || /phối hợp với\s+$/u.test(before);
  };
  const inClause = orgs.filter((o) => o.start >= clauseStart && o.end <= verbAt && usable(o));
  const near = inClause[inClause.length - 1];
  if (near) {
    // "UBND huyện đã phối hợp với Sở … triển khai Dự án …": both carry it out.
    const lead = inClause[inClause.length - 2];
    const partners = lead && /^\s+(?:đã\s+|đang\s+)?phối hợp với\s+$/u.test(text.slice(lead.end, near.start)) ? [lead] : [];
    return { org: near, also: partners, evidence: [{ start: (partners[0] ?? near).start, end: target.end }] };
  }
  const subject = orgs.find((o) => o.start >= sentence.start && o.start < sentence.end && usable(o));
  if (!subject || subject.start >= target.start) return undefined;
  if (!/^(?:[^,]{0,40},\s*)?$/u.test(text.slice(sentence.start, subject.start))) return undefined;
  return {
    org: subject,
    evidence: [
      { start: subject.start, end: subject.end },
      { start: verbAt, end: target.end },
    ],
  };
}

/**
 * "Thực hiện Nghị quyết số 17/NQ-CP …, UBND tỉnh đã ban hành …", "thực hiện
 * Luật Bưu chính …, Bưu điện tỉnh đã …": the body opening the main clause
 * carries out what the opening "thực hiện" clause names.
 */
export function implementedUnder<T extends Span>(index: TextIndex, targets: T[], orgs: OrgMention[]): Array<Link<T>> {
  const { text, lower } = index;
  const out: Array<Link<T>> = [];
  // "Để cụ thể hóa …", "Từ nguồn Chương trình …", "Thông qua Chương trình …": the same shape with other openings.
  for (const m of lower.matchAll(
    /(?<![\p{L}])(?:(?:để\s+)?(?:thực hiện|triển khai|cụ thể hóa)|từ nguồn(?: vốn)?|thông qua)\s+(?=\p{L})/gu,
  )) {
    const at = m.index ?? 0;
    const sentence = sentenceAt(index, at);
    if (!sentence) continue;
    // The phrase opens its clause: the sentence start, or after a comma or colon ("… cho biết: Thực hiện …").
    const lead = text.slice(sentence.start, at);
    if (!/^(?:|[^;.]{0,200}[,:]\s*)$/u.test(lead)) continue;
    const subject = orgs.find(
      (o) =>
        o.start > at &&
        o.end <= sentence.end &&
        /,\s*(?:(?:ngày|tháng|năm)\s+[\d/]+\s*,\s*|(?:thời gian qua|năm qua|qua đó),?\s+)?$/u.test(
          text.slice(Math.max(at, o.start - 24), o.start),
        ) &&
        /^\s+(?:đã|đang|vừa|sẽ|cũng|\p{Ll}+)/u.test(text.slice(o.end, o.end + 8)),
    );
    if (!subject) continue;
    // "Thực hiện Nghị quyết, Sở …", "Triển khai Kế hoạch này, Sở …": the document of that kind named last.
    const back = BACK_REFERENCE.exec(lower.slice(at + m[0].length, subject.start));
    if (back && !targets.some((t) => t.start > at && t.end <= subject.start)) {
      const earlier = targets.filter((t) => t.end <= at && lower.startsWith(back[1] as string, t.start));
      // A numbered document ("Kế hoạch số 54/KH-UBND") before a plan named in words.
      const numbered = earlier.filter((t) => /\d/u.test(lower.slice(t.start, Math.min(t.end, t.start + 30))));
      const t = numbered[numbered.length - 1] ?? earlier[earlier.length - 1];
      if (t)
        out.push({
          org: subject,
          target: t,
          evidence: [
            { start: at, end: subject.start },
            { start: subject.start, end: Math.min(sentence.end, subject.end + 20) },
          ],
        });
    }
    for (const t of targets)
      if (t.start > at && t.end <= subject.start)
        out.push({
          org: subject,
          target: t,
          evidence: [
            { start: at, end: t.end },
            { start: subject.start, end: Math.min(sentence.end, subject.end + 20) },
          ],
        });
  }
  return out;
}

/** A document named by its kind alone, referring back: "Nghị quyết,", "Kế hoạch này,". */
const BACK_REFERENCE = /^(nghị quyết|kế hoạch|quyết định|chỉ thị|đề án|chương trình|nghị định)(?: (?:này|trên|đó))?\s*,\s*$/u;

/** "Kế hoạch nhằm triển khai Nghị quyết X và Chiến lược Y": a plan's purpose, carried out by whoever issued the plan. */
const PURPOSE =
  /^(Kế hoạch|Quyết định|Chỉ thị|Chương trình|Đề án)(?: này)?(?:\s+(?:được|đã được)\s+(?:ban hành|xây dựng|phê duyệt))?\s+(?:nhằm|để)\s+(?:triển khai|thực hiện|cụ thể hóa)(?![\p{L}])/u;
const PURPOSE_KIND: Readonly<Record<string, string>> = {
  "Kế hoạch": "PLAN",
  "Quyết định": "DECISION",
  "Chỉ thị": "DIRECTIVE",
  "Chương trình": "PLAN",
  // "Quyết định số … phê duyệt Đề án X. Đề án được xây dựng nhằm triển khai …": the decision's issuer carries it out.
  "Đề án": "DECISION",
};

export function purposesOf<T extends Span>(
  index: TextIndex,
  documents: Array<Span & { kind: string; issuer: OrgMention | undefined }>,
  targets: T[],
): Array<Link<T>> {
  const { text } = index;
  const out: Array<Link<T>> = [];
  for (const sentence of index.sentences) {
    const m = PURPOSE.exec(text.slice(sentence.start, sentence.start + 60));
    if (!m) continue;
    const approving = (d: Span) => m[1] !== "Đề án" || /^[^.;]{0,40}?phê duyệt Đề án/u.test(text.slice(d.end, d.end + 60));
    const earlier = documents.filter((d) => d.end <= sentence.start && d.kind === PURPOSE_KIND[m[1] as string] && d.issuer && approving(d));
    const plan = earlier[earlier.length - 1];
    if (!plan?.issuer) continue;
    for (const t of targets)
      if (t.start >= sentence.start + m[0].length && t.end <= sentence.end)
        out.push({ org: plan.issuer, target: t, evidence: [{ start: sentence.start, end: t.end }] });
  }
  return out;
}

/**
 * The targets coordinated with `first` in its sentence: "nhằm triển khai Quyết định số A … và Kế hoạch số B …",
 * "… Quyết định số A, Kế hoạch số B". A target introduced by its own verb ("về thực hiện Dự án C") is another's.
 */
export function coordinated<T extends Span>(index: TextIndex, first: T, targets: T[]): T[] {
  const sentence = sentenceAt(index, first.start);
  const end = sentence ? sentence.end : first.end;
  const out = [first];
  let last: Span = first;
  for (const t of [...targets].sort((a, b) => a.start - b.start)) {
    if (t.start < last.end || t.end > end) continue;
    if (!/(?:,|\svà)\s+$/u.test(index.text.slice(last.end, t.start)) || /[;:]/u.test(index.text.slice(last.end, t.start))) break;
    out.push(t);
    last = t;
  }
  return out;
}

/**
 * "Kế hoạch số 93/KH-UBND ngày 17/4/2017 của UBND tỉnh về thực hiện Dự án …", "ban hành Kế hoạch số 16/KH-UBND
 * ngày 20/5/2021 triển khai Nghị quyết …": what a numbered document is written to carry out, carried out by its
 * issuer.
 */
const DOCUMENT_PURPOSE =
  /^(?:\s*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?(?:\s+của\s+[^,.;:]{1,60}?)?\s+(?:về\s+(?:việc\s+)?|để\s+|nhằm\s+)?(?:triển khai|thực hiện|cụ thể hóa)(?:\s+thực hiện)?\s+$/u;

export function documentPurposes<T extends Span>(
  index: TextIndex,
  documents: Array<Span & { number: string | null; issuer: OrgMention | undefined }>,
  targets: T[],
): Array<Link<T>> {
  const out: Array<Link<T>> = [];
  for (const d of documents) {
    if (!d.issuer || d.number === null) continue;
    const sentence = sentenceAt(index, d.start);
    if (!sentence) continue;
    const first = targets.find((t) => t.start >= d.end && t.end <= sentence.end && DOCUMENT_PURPOSE.test(index.text.slice(d.end, t.start)));
    if (!first) continue;
    for (const t of coordinated(index, first, targets))
      out.push({
        org: d.issuer,
        target: t,
        evidence: [
          { start: d.issuer.start, end: d.issuer.end },
          { start: d.start, end: t.end },
        ],
      });
  }
  return out;
}

/**
 * "Năm 2011, Sở TT&TT xác định một số nhiệm vụ trọng tâm:" over a list whose items open "Triển khai Chương trình
 * …", "Tiếp tục thực hiện Dự án …": the body that sets itself the tasks carries out what they name.
 */
const TASK_HEADER = /(?<![\p{L}])(?:nhiệm vụ|giải pháp)(?![\p{L}])[^:]*:\s*$/u;
const TASK_ITEM =
  /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s*(?:Tiếp tục\s+|Tập trung\s+)?(?:triển khai thực hiện|tổ chức thực hiện|triển khai|thực hiện)\s+$/iu;

export function taskListImplements<T extends Span>(index: TextIndex, targets: T[], orgs: OrgMention[]): Array<Link<T>> {
  const { text, lines } = index;
  const out: Array<Link<T>> = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i] as Span;
    const line = text.slice(header.start, header.end);
    if (!TASK_HEADER.test(line)) continue;
    // The body opens the header, after at most a time phrase ("Năm 2024, Sở …").
    const subject = orgs.find((o) => o.start >= header.start && o.end <= header.end);
    if (!subject || !/^(?:[^,]{0,30},\s*)?$/u.test(text.slice(header.start, subject.start))) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const item = lines[j] as Span;
      const itemText = text.slice(item.start, item.end);
      if (itemText.trim() === "") continue;
      if (!/^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s/u.test(itemText)) break;
      const target = targets.find((t) => t.start > item.start && t.end <= item.end && TASK_ITEM.test(text.slice(item.start, t.start)));
      if (!target) continue;
      const colon = line.lastIndexOf(":");
      out.push({
        org: subject,
        target,
        evidence: [
          { start: header.start, end: header.start + colon },
          { start: item.start + (/^\S+\s*/u.exec(itemText)?.[0].length ?? 0), end: target.end },
        ],
      });
    }
  }
  return out;
}

/** "Sở A được giao làm chủ đầu tư", "giao Sở A làm chủ đầu tư", "Viễn thông B là đơn vị thi công": a role in a project. */
const PROJECT_ROLE =
  /^\s*(?:(?:được giao\s+)?(?:làm|là)\s+(?:chủ đầu tư|đơn vị thi công|đơn vị thực hiện|nhà thầu(?: thi công)?)|(?:trúng thầu|thi công))(?![\p{L}])/u;

/**
 * The bodies given a role in a project (its investor, its contractor): they carry out the project the sentence
 * names, else the one last named before it in the text.
 */
export function projectRoles<T extends Span>(index: TextIndex, projects: T[], orgs: OrgMention[]): Array<Link<T>> {
  const { lower } = index;
  const out: Array<Link<T>> = [];
  for (const o of orgs) {
    const role = PROJECT_ROLE.exec(lower.slice(o.end, o.end + 48));
    if (!role) continue;
    const sentence = sentenceAt(index, o.start);
    if (!sentence) continue;
    const target =
      projects.find((p) => p.start >= sentence.start && p.end <= sentence.end) ?? projects.filter((p) => p.end <= sentence.start).pop();
    if (!target) continue;
    const from = /giao\s+$/u.test(lower.slice(Math.max(sentence.start, o.start - 6), o.start)) ? o.start - 5 : o.start;
    out.push({ org: o, target, evidence: [{ start: from, end: o.end + role[0].length }] });
  }
  return out;
}

/** What an event is held for: "nhằm triển khai", "để thực hiện", "triển khai". */
const EVENT_SERVES =
  /^["”»]?\s*,?\s*(?:(?:(?:được tổ chức\s+)?(?:nhằm|để)\s+)?(?:triển khai|thực hiện|cụ thể hóa|quán triệt)|(?:được tổ chức|diễn ra)\s+theo)\s+/u;
/** ", nhằm thực hiện Chỉ thị …" later in a sentence the event opens ("Cuộc diễn tập được tổ chức theo …, nhằm …"). */
const LATER_PURPOSE = /,\s*(?:nhằm|để)\s+(?:triển khai|thực hiện|cụ thể hóa|quán triệt)\s+/gu;

/** Where the documents an event serves begin: right after the event's name, or in a later purpose clause. */
export function eventPurposes(index: TextIndex, span: Span): number[] {
  const starts: number[] = [];
  const verb = EVENT_SERVES.exec(index.lower.slice(span.end, span.end + 40));
  if (verb) starts.push(span.end + verb[0].length);
  const sentence = sentenceAt(index, span.start);
  if (sentence && /^\s*(?:\p{L}+\s+)?$/u.test(index.text.slice(sentence.start, span.start)))
    for (const m of index.lower.slice(span.end, sentence.end).matchAll(LATER_PURPOSE)) starts.push(span.end + (m.index ?? 0) + m[0].length);
  return starts;
}
