import type { Span } from "../../domain/model.js";
import { sentenceAt, type TextIndex } from "../text-index.js";

/**
 * Who took part in an event and how strongly: CHAIRED ("chủ trì") >
 * DIRECTED ("dự và chỉ đạo", "phát biểu chỉ đạo", "chỉ đạo hội nghị") >
 * ATTENDED ("dự", "tham dự", and anyone shown speaking, presenting, giving or
 * receiving awards).
 */
export type Role = "CHAIRED" | "DIRECTED" | "ATTENDED";

export const ROLE_RANK: Readonly<Record<Role, number>> = { CHAIRED: 3, DIRECTED: 2, ATTENDED: 1 };

export interface Trigger extends Span {
  role: Role;
  /** Weak triggers (speaking, awards) count only in a sentence about the event or in a caption. */
  weak: boolean;
}

/**
 * Each trigger: its pattern, the role it gives, whether it is weak, and the words it needs in the sentence (a cheap
 * test before the pattern; null when there is none).
 */
const TRIGGERS: ReadonlyArray<[RegExp, Role, boolean, readonly string[] | null]> = [
  // "giao Sở A chủ trì xây dựng …" is a task, not chairing.
  [
    /(?<![\p{L}])(?:đồng )?chủ trì(?![\p{L}])(?!,? (?:xây dựng|thực hiện|triển khai|tham mưu|phối hợp|soạn thảo|hướng dẫn|rà soát|theo dõi))/gu,
    "CHAIRED",
    false,
    ["chủ trì"],
  ],
  // "Đoàn Chủ tịch hội nghị gồm các đồng chí: A; B; C": the presidium chairs a congress or a staff conference.
  [/(?<![\p{L}])đoàn chủ tịch(?: (?:hội nghị|đại hội|kỳ họp))? gồm(?![\p{L}])/gu, "CHAIRED", false, ["đoàn chủ tịch"]],
  [
    /(?<![\p{L}])(?:(?:tới |đến |về )?dự(?:,| và) chỉ đạo|phát biểu chỉ đạo|chỉ đạo (?:hội nghị|hội thảo|buổi|cuộc|lễ|tại)|dự và phát biểu chỉ đạo)(?![\p{L}])/gu,
    "DIRECTED",
    false,
    ["chỉ đạo"],
  ],
  [
    /(?<![\p{L}])(?:tham dự|(?:tới |đến |về )?dự(?! án| kiến| báo| thảo| toán| ước| trữ| thi| định| phòng| bị| tính| đoán| khuyết| luật))(?![\p{L}])/gu,
    "ATTENDED",
    false,
    ["dự"],
  ],
  // "Về phía Bộ A có ông B", "với sự tham gia của đại diện Sở C", "Tham gia tọa đàm có …": attendance lists.
  [
    /(?<![\p{L}])(?:về phía [^,.;:]{1,80}?\s(?:có|gồm)|(?:có |với )?sự (?:tham gia|có mặt|hiện diện) của|tham gia (?:hội nghị|hội thảo|tọa đàm|lễ|diễn tập|hội thi|cuộc họp|buổi [\p{L}]+(?: [\p{L}]+)?|lớp [\p{L}]+(?: [\p{L}]+)?) có)(?![\p{L}])/gu,
    "ATTENDED",
    false,
    ["về phía", "sự ", "tham gia"],
  ],
  [
    /(?<![\p{L}])(?:tham gia|phát biểu|tham luận|thảo luận|được khen thưởng|được tặng|được trao|kết luận|trình bày|báo cáo tham luận|báo cáo tại|trao tặng|trao|tặng|nhận|công bố|chúc mừng|có buổi làm việc|làm việc với)(?![\p{L}])/gu,
    "ATTENDED",
    true,
    null,
  ],
  // "Tham gia đoàn có lãnh đạo Cục A": members of a visiting delegation take part.
  [
    /(?<![\p{L}])(?:tiếp và làm việc|tiếp đoàn|làm việc với đoàn|làm trưởng đoàn|dẫn đầu đoàn|cùng đi có|cùng đi với đoàn|cùng dự|cùng tham dự|có mặt|cùng tham gia|tham gia đoàn|cùng đi với đoàn|thành viên đoàn)(?![\p{L}])/gu,
    "ATTENDED",
    false,
    null,
  ],
  // Award winners take part: "Giải A thuộc về … của tác giả X", "X đoạt giải …".
  [
    /(?<![\p{L}])(?:giải\s+(?:[^\s.;,]{1,4}|khuyến khích|đặc biệt)\s+thuộc về|đoạt giải|đạt giải|nhận giải|giành giải|nhận (?:bằng khen|giấy khen|cờ thi đua)|được khen thưởng)(?![\p{L}])/gu,
    "ATTENDED",
    false,
    ["giải", "khen"],
  ],
];

export function findTriggers(index: TextIndex, sentence: Span): Trigger[] {
  const slice = index.lower.slice(sentence.start, sentence.end);
  const found: Trigger[] = [];
  for (const [re, role, weak, hints] of TRIGGERS) {
    if (hints && !hints.some((h) => slice.includes(h))) continue;
    for (const m of slice.matchAll(re)) {
      const start = sentence.start + (m.index ?? 0);
      const t = { start, end: start + m[0].length, role, weak };
      // A longer trigger ("dự và chỉ đạo") hides the shorter ones inside it ("dự", "chỉ đạo").
      if (found.some((f) => f.start <= t.start && t.end <= f.end)) continue;
      // "Chủ trì buổi làm việc về phía huyện có ông A": "về phía … có" only says which side A is on.
      if (/^về phía/u.test(m[0]) && found.some((f) => f.end <= t.start && t.start - f.end < 60 && !f.weak)) continue;
      found.push(t);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The trigger that governs a participant at `at`: the first after it in the
 * sentence ("A, Phó Chủ tịch UBND tỉnh dự và chỉ đạo"), else the last before
 * it ("Dự hội nghị có đồng chí A").
 */
export function governingTrigger(triggers: Trigger[], at: Span, eventSentence: boolean, caption: boolean): Trigger | undefined {
  const usable = triggers.filter((t) => !t.weak || eventSentence || caption);
  const after = usable.find((t) => t.start >= at.end);
  const before = [...usable].reverse().find((t) => t.end <= at.start);
  if (after && before)
    return ROLE_RANK[after.role] >= ROLE_RANK[before.role] || after.start - at.end < at.start - before.end ? after : before;
  return after ?? before;
}

/** A body taking part, with the words that show it. */
export interface Participant<T> {
  org: T;
  evidence: Span;
  /** Given an award at the event: counts even for an organiser. */
  awarded?: boolean;
}

interface Body extends Span {
  name: string;
}

/** "trao giải … cho", "tặng Bằng khen cho", "… là": a list of bodies given awards. */
const AWARDED_BEFORE =
  /(?:(?<![\p{L}])(?:trao|tặng)(?![\p{L}])[^.]*(?:cho|là|trong đó có|gồm)|(?:được khen(?: thưởng)?|được tặng[^.]{0,30}|nhận[^.]{0,30})\s+(?:gồm|là|có))\s+$/u;

/** "đại diện (lãnh đạo)", "lãnh đạo": a list of bodies sent people. */
const REPRESENTED_BEFORE =
  /(?:đại diện(?: lãnh đạo)?|lãnh đạo)(?: các)?(?: (?:tập đoàn|doanh nghiệp(?: viễn thông)?|nhà mạng|đơn vị|cơ quan|sở, ngành|sở, ban, ngành|sở)(?: như| gồm)?:?)?\s+$/iu;
const ACTING_AFTER =
  /^\s*(?:là [^.;]{0,40}?)?(?:đã\s+|cũng\s+)?(?:công bố|trình bày|báo cáo|phát biểu|trao|tặng|ký kết|giới thiệu|cam kết|tham luận|chia sẻ|được khen thưởng)(?![\p{L}])/u;
/** "Sở A đã tặng 22 bộ tài liệu", "Tỉnh Đoàn ra mắt 15 đội hình …": a body giving or launching something at the event. */
const GIVES_AFTER = /^\s*(?:đã\s+|cũng\s+)?(?:trao tặng|tặng|trao|ra mắt)(?![\p{L}])/u;
/** "… vinh dự nhận Bằng khen", "… được UBND tỉnh tặng Cờ thi đua": a body given an award at the event. */
const RECEIVES_AFTER =
  /^\s*(?:đã\s+|cũng\s+)?(?:vinh dự\s+)?(?:(?:được\s+)?nhận (?:bằng khen|giấy khen|cờ|giải)|được\s+(?:[^.;,]{0,40}?\s)?(?:trao tặng|tặng|trao|khen thưởng)(?![\p{L}]))/u;
/** "giảng viên (là các chuyên gia) của", "đội phòng thủ của": people a body sends to teach or to compete. */
const FIELDED_BEFORE =
  /(?<![\p{L}])(?:giảng viên(?: là)?(?: các)?(?: chuyên gia| kỹ sư| cán bộ)?|(?:các )?(?:chuyên gia|kỹ sư|báo cáo viên) là[^,;.]{0,20}|(?:các )?đội (?:phòng thủ|tấn công|ứng cứu(?: sự cố)?|thi)) của\s+$/u;

/** Between two bodies of one list: a comma, "và", or a bracketed short form ("Viễn thông X (VNPT X), Viettel X"). */
const LIST_JOIN = /^\s*(?:,|;|và|\(|\)\s*,|\)\s*và|\)\s*;?)\s*$/u;

/**
 * Bodies the sentence shows taking part: a list after "đại diện"/"lãnh đạo"
 * governed by an attendance verb ("Tham dự … có lãnh đạo Sở A, Sở B") or
 * followed by an acting verb ("đại diện A, B và C giới thiệu …"), or a body
 * opening a clause that acts at the event ("Nhân dịp này, Bộ X tặng …",
 * "…; UBND tỉnh tặng Bằng khen …"). A bracketed body after another ("Cục X
 * (Bộ Y)") is its parent, not a participant.
 */
export function attendingBodies<T extends Body>(
  index: TextIndex,
  sentence: Span,
  bodies: T[],
  triggers: Trigger[],
  eventSentence: boolean,
  afterEvent: boolean,
): Participant<T>[] {
  const { text, lower } = index;
  const out: Participant<T>[] = [];
  // Lists of represented bodies.
  let k = 0;
  while (k < bodies.length) {
    const first = bodies[k] as T;
    // "trao giải tập thể cho 3 đơn vị … là A, B và C": bodies given awards at the event took part.
    const awardLead = lower.slice(Math.max(sentence.start, first.start - 200), first.start);
    const awarded = afterEvent && AWARDED_BEFORE.exec(awardLead);
    // "Tham dự hội nghị có …; Hội Nhà báo tỉnh, Báo X": a body that is itself an item of the attendance list.
    const attendance = [...triggers].reverse().find((t) => t.end <= first.start && t.role === "ATTENDED" && !t.weak);
    const itemStart = attendance
      ? Math.max(attendance.end, text.lastIndexOf(";", first.start) + 1, text.lastIndexOf(",", first.start) + 1)
      : -1;
    const listedItem =
      attendance !== undefined &&
      /^\s*(?:(?:có|và|cùng|cùng với)|[^;,]{0,60}\s(?:gồm|bao gồm|như))?\s*$/u.test(text.slice(itemStart, first.start));
    if (!REPRESENTED_BEFORE.test(text.slice(Math.max(0, first.start - 50), first.start)) && !awarded && !listedItem) {
      k++;
      continue;
    }
    const list: T[] = [first];
    let j = k + 1;
    while (j < bodies.length && LIST_JOIN.test(text.slice((bodies[j - 1] as T).end, (bodies[j] as T).start))) list.push(bodies[j++] as T);
    const last = list[list.length - 1] as T;
    const before =
      [...triggers].reverse().find((t) => t.end <= first.start && t.role === "ATTENDED" && !t.weak) ??
      (awarded ? [...triggers].reverse().find((t) => t.end <= first.start && t.role === "ATTENDED") : undefined);
    const acting = afterEvent && ACTING_AFTER.test(lower.slice(last.end, last.end + 20).replace(/^\s*\)/u, ""));
    // The award's own words ("trao … cho", "được khen gồm") say it when no attendance word does.
    const awardStart = awarded ? first.start - (awardLead.length - (awarded.index ?? 0)) : -1;
    if (before || acting || awarded) {
      for (const [n, o] of list.entries()) {
        const previous = list[n - 1];
        const bracketed = previous !== undefined && /^\s*\(\s*$/u.test(text.slice(previous.end, o.start)) && previous.name !== o.name;
        if (bracketed) continue;
        out.push({
          org: o,
          evidence: before
            ? { start: before.start, end: o.end }
            : awarded
              ? { start: awardStart, end: o.end }
              : { start: first.start, end: last.end + 20 > sentence.end ? sentence.end : last.end + 20 },
          awarded: Boolean(awarded),
        });
      }
    }
    k = j;
  }
  // "Thừa ủy quyền của Bộ trưởng Bộ X, ông A trao …", "trao Bằng khen của UBND tỉnh": the body in whose name
  // awards are given takes part (not "Bằng khen của Chủ tịch UBND tỉnh", an official's award).
  if (afterEvent && /(?<![\p{L}])(?:trao|tặng|nhận)(?![\p{L}])/u.test(lower.slice(sentence.start, sentence.end)))
    for (const o of bodies) {
      const lead = lower.slice(Math.max(sentence.start, o.start - 40), o.start);
      const giver =
        /thừa (?:ủy|uỷ) quyền(?: của)?(?: (?:bộ trưởng|chủ tịch|thủ tướng|giám đốc))?\s+$/u.exec(lead) ??
        /(?:bằng khen|giấy khen|cờ thi đua|kỷ niệm chương) của\s+$/u.exec(lead) ??
        // "Sở A được UBND tỉnh tặng Cờ thi đua".
        (/^\s+(?:trao tặng|tặng|trao|khen thưởng)(?![\p{L}])/u.test(lower.slice(o.end, o.end + 16))
          ? /(?<![\p{L}])được\s+$/u.exec(lead)
          : null);
      if (!out.some((x) => x.org === o) && giver) out.push({ org: o, evidence: { start: o.start - giver[0].length, end: o.end } });
    }
  // "Giảng viên là các chuyên gia của Trung tâm A và Viễn thông B", "đội phòng thủ của Trung tâm C": the bodies
  // whose trainers teach, or whose teams play, at the event take part.
  for (let n = 0; afterEvent && n < bodies.length; n++) {
    const o = bodies[n] as T;
    const lead = FIELDED_BEFORE.exec(lower.slice(Math.max(sentence.start, o.start - 60), o.start));
    if (!lead || out.some((x) => x.org === o)) continue;
    const list: T[] = [o];
    let m = n + 1;
    while (m < bodies.length) {
      const next = bodies[m] as T;
      const previousEnd = (list[list.length - 1] as T).end;
      // "Trung tâm A (trực thuộc Sở) và B": the body in brackets is where A belongs, not one more in the list.
      const close = text.indexOf(")", previousEnd);
      if (/^\s*\([^()]*$/u.test(text.slice(previousEnd, next.start)) && close >= next.end) {
        m++;
        continue;
      }
      const gap = text.slice(previousEnd, next.start).replace(/^\s*\([^()]{0,60}\)/u, "");
      if (!/^\s*(?:,|và)\s*$/u.test(gap)) break;
      list.push(next);
      m++;
    }
    const evidence = { start: o.start - lead[0].length, end: (list[list.length - 1] as T).end };
    for (const x of list) if (!out.some((y) => y.org === x)) out.push({ org: x, evidence });
    n = m - 1;
  }
  // "Về phía Bộ KH&CN có ông A": the side a delegation speaks for takes part.
  for (const o of bodies)
    if (
      afterEvent &&
      !out.some((x) => x.org === o) &&
      /(?<![\p{L}])về phía\s+$/u.test(lower.slice(Math.max(sentence.start, o.start - 10), o.start)) &&
      /^\s*(?:có|gồm)(?![\p{L}])/u.test(lower.slice(o.end, o.end + 6))
    )
      out.push({ org: o, evidence: { start: o.start - "về phía ".length, end: o.end + 3 } });
  // Bodies acting, or given an award, at the start of a clause ("Dịp này, Bưu điện tỉnh và Phòng X nhận Bằng khen …").
  const tied = eventSentence || (afterEvent && EVENT_LEAD.test(lower.slice(sentence.start, sentence.start + 30)));
  for (let n = 0; tied && n < bodies.length; n++) {
    const o = bodies[n] as T;
    if (out.some((x) => x.org === o)) continue;
    const clauseStart = Math.max(sentence.start, text.lastIndexOf(";", o.start) + 1);
    if (!/^\s*(?:[^,;]{0,40},\s*)?$/u.test(text.slice(clauseStart, o.start))) continue;
    const list: T[] = [o];
    while (n + list.length < bodies.length) {
      const next = bodies[n + list.length] as T;
      if (!/^\s*(?:,|và|cùng)\s*$/u.test(text.slice((list[list.length - 1] as T).end, next.start))) break;
      list.push(next);
    }
    // "A, B cùng 2 tập thể, 5 cá nhân được nhận Bằng khen": others honoured with them come before the verb.
    const after = lower
      .slice((list[list.length - 1] as T).end, (list[list.length - 1] as T).end + 100)
      .replace(/^\s*cùng\s+(?:\d+|các|nhiều)\s+[^.;]{0,50}?(?=\s+(?:được|nhận|vinh dự))/u, "");
    // Giving or receiving an award or a gift at the event counts even for its organiser.
    const honours = RECEIVES_AFTER.test(after) || GIVES_AFTER.test(after);
    if (!honours && !ACTING_AFTER.test(after.slice(0, 20))) continue;
    for (const x of list)
      if (!out.some((y) => y.org === x))
        out.push({ org: x, evidence: { start: clauseStart, end: Math.min(sentence.end, x.end + 20) }, awarded: honours });
  }
  return out;
}

/** A sentence tied to the event by its opening words ("Nhân dịp này, Bộ X tặng …"). */
export const EVENT_LEAD =
  /^(?:tham luận|thảo luận tại|phát biểu tại|trình bày tại|nhân dịp này|dịp này|nhân dịp|tại (?:hội nghị|hội thảo|buổi|lễ|cuộc)|cũng tại|cũng trong|trong khuôn khổ|kết thúc (?:hội nghị|hội thảo|buổi|lễ|lớp|khóa|cuộc|đợt)|bế mạc)/u;

const SPEAKING_VERBS =
  "cho biết|cho rằng|nhận định|mong muốn|đánh giá|chia sẻ|giới thiệu|nhấn mạnh|trình bày|phát biểu|báo cáo|ký|khẳng định|thông tin|kiến nghị|đề xuất|cam kết|bày tỏ|nêu|đề nghị|tham luận|hướng dẫn|thừa nhận|nhận xét|truyền đạt|giải đáp|phản ánh|đặt câu hỏi|trả lời|giải trình|thông qua|quán triệt";
const SPEAKING = new RegExp(`^\\s*,?\\s*(?:đã\\s+|cũng\\s+)?(?:${SPEAKING_VERBS})(?![\\p{L}])`, "u");

const TITLED_TO_VERB = new RegExp(
  `^(?:\\s*(?:,|-|–)\\s*[^,;:.]{0,70}?|\\s+của\\s+[^,;:.]{0,60}?|\\s*\\([^()]{0,60}\\)){0,3}(?=\\s*,?\\s+(?:đã\\s+|cũng\\s+)?(?:${SPEAKING_VERBS})(?![\\p{L}]))`,
  "u",
);

/**
 * People who speak as the subject of a sentence after the event has been
 * introduced ("Ông A - Phó Giám đốc Sở cho biết …", "Giám đốc Sở B nhấn mạnh
 * …"): they speak at it. The name opens the sentence (after an honorific or a
 * title, or a short lead-in ending in a comma) and the verb follows its titles.
 */
export function speakingSubjects<T extends Span & { via: "name" | "title" }>(
  index: TextIndex,
  people: T[],
  from: number,
): Array<{ person: T; evidence: Span }> {
  const { text, lower } = index;
  const out: Array<{ person: T; evidence: Span }> = [];
  for (const p of people) {
    if (p.start < from || p.via !== "name") continue;
    const sentence = sentenceAt(index, p.start);
    if (!sentence || p.end > sentence.end || sentence.start < from) continue;
    // The clause's subject: from the sentence start or a semicolon ("…; kỹ sư B của Đài hướng dẫn …").
    const lead = text.slice(Math.max(sentence.start, text.lastIndexOf(";", p.start) + 1), p.start).trimStart();
    // "các học viên được nghe ông A, … hướng dẫn …", "được bà B … giới thiệu": the trainees hear the speaker.
    const heard = /^(?:[^,;]{0,40},\s*)?(?:các\s+)?(?:học viên|đại biểu|cán bộ|người dân)\s+được\s+(?:nghe\s+)?(?:ông|bà|đồng chí)\s+$/iu;
    // "theo báo cáo do bà A, Phó Giám đốc Sở trình bày": the one who presents the report.
    const presents = /(?:báo cáo|tham luận)\s+do\s+(?:ông|bà|đồng chí)\s+$/iu.test(lead);
    if (
      !heard.test(lead) &&
      !presents &&
      !/^(?:[^,;]{0,60},\s*)?(?:(?:Ông|ông|Bà|bà|Anh|anh|Chị|chị|Đồng chí|đồng chí|Nhà báo|nhà báo|Kỹ sư|kỹ sư|Đại biểu|đại biểu)\s+|(?:PGS|GS|TS|ThS|KS|BS)\.?(?:\s?TS\.?)?\s+|\p{Lu}[^,;.]{0,80}\s)?$/u.test(
        lead,
      )
    )
      continue;
    // Past the name's titles ("- Phó Giám đốc Sở", ", Giám đốc Viễn thông X") to the verb.
    const rest = lower.slice(p.end, Math.min(sentence.end, p.end + 100));
    const titled = TITLED_TO_VERB.exec(rest);
    if (!titled) continue;
    const verbAt = p.end + titled[0].length;
    const verb = SPEAKING.exec(lower.slice(verbAt, verbAt + 30));
    if (!verb) continue;
    out.push({ person: p, evidence: { start: sentence.start, end: verbAt + verb[0].length } });
  }
  return out;
}

/**
 * The parties of a working session or a signing: "A … (đã) có buổi làm việc
 * với B", "Lễ ký kết … giữa A với B và C".
 */
export function partiesOf<T extends Body>(
  index: TextIndex,
  event: Span & { sentence: Span; name: string | null },
  bodies: T[],
  /** The report's only event: a visit sentence anywhere in it ("Đoàn … đã làm việc với …") is about it. */
  only = false,
): Participant<T>[] {
  const { lower } = index;
  const out: Participant<T>[] = [];
  const noun = lower.slice(event.start, event.start + 20);
  const inSentence = bodies.filter((o) => o.start >= event.sentence.start && o.end <= event.sentence.end);
  if (/^buổi làm việc/u.test(noun)) {
    const partner = inSentence.find((o) => o.start >= event.start && /^buổi làm việc với\s+$/u.test(lower.slice(event.start, o.start)));
    if (partner) out.push({ org: partner, evidence: { start: event.start, end: partner.end } });
    const subject = inSentence.find((o) => o.end <= event.start);
    if (subject && /(?:có|tổ chức)\s+$/u.test(lower.slice(Math.max(0, event.start - 12), event.start)))
      out.push({ org: subject, evidence: { start: subject.start, end: partner?.end ?? event.end } });
  }
  // "Đoàn công tác của Sở A … đã làm việc với UBND huyện B": the visiting body and the host.
  const visitSentences = [event.sentence];
  if (only)
    for (const x of index.sentences)
      if (x !== event.sentence && /(?<![\p{L}])đoàn (?:công tác|kiểm tra)[^.]*làm việc với/u.test(lower.slice(x.start, x.end)))
        visitSentences.push(x);
  for (const s of visitSentences) {
    const visit = /^(?:buổi làm việc|buổi kiểm tra|kiểm tra)/u.test(noun) || /làm việc với/u.test(lower.slice(s.start, s.end));
    if (!visit) continue;
    const here = bodies.filter((o) => o.start >= s.start && o.end <= s.end);
    const host = here.find((o) => /(?:đã |đến )?làm việc với\s+$/u.test(lower.slice(Math.max(s.start, o.start - 20), o.start)));
    const visitor = here.find((o) =>
      /đoàn (?:công tác|kiểm tra)(?: liên ngành)?(?: của)?\s+$/u.test(lower.slice(Math.max(s.start, o.start - 30), o.start)),
    );
    for (const o of [host, visitor])
      if (o && !out.some((x) => x.org === o))
        out.push({
          org: o,
          evidence: s === event.sentence ? { start: Math.min(o.start, event.start), end: Math.max(o.end, event.end) } : s,
        });
  }
  if (/^lễ ký/u.test(noun)) {
    const between = lower.indexOf(" giữa ", event.start);
    if (between >= 0 && between < event.end)
      for (const o of inSentence)
        if (o.start > between && o.end <= event.end) out.push({ org: o, evidence: { start: event.start, end: event.end } });
  }
  return out;
}

/**
 * "Kỳ họp thứ 8 HĐND tỉnh X khóa X", "HĐND tỉnh tiến hành phiên chất vấn": the council named in its own numbered
 * session sits at it, and at the question session held during it.
 */
export function councilAtSession<T extends Body & { kind: string }>(
  index: TextIndex,
  events: ReadonlyArray<Span & { sentence: Span; name: string | null }>,
  bodies: T[],
): Array<Participant<T> & { event: Span & { name: string | null } }> {
  const { lower } = index;
  const out: Array<Participant<T> & { event: Span & { name: string | null } }> = [];
  const questions = events.filter((e) => e.name !== null && /^phiên chất vấn/iu.test(e.name));
  for (const session of events) {
    if (session.name === null || !/^kỳ họp thứ/iu.test(session.name)) continue;
    const council = bodies.find((o) => o.kind === "PEOPLES_COUNCIL" && o.start >= session.start && o.end <= session.end);
    if (!council) continue;
    out.push({ org: council, evidence: { start: session.start, end: session.end }, event: session });
    for (const question of questions) {
      // "HĐND tỉnh tiến hành phiên chất vấn" states it; otherwise the session the question session continues.
      const held = bodies.find(
        (o) =>
          o.kind === "PEOPLES_COUNCIL" &&
          o.name === council.name &&
          /^\s+(?:đã\s+)?tiến hành\s+$/u.test(lower.slice(o.end, question.start)),
      );
      out.push({
        org: council,
        evidence: held ? { start: held.start, end: question.end } : { start: session.start, end: session.end },
        event: question,
      });
    }
  }
  return out;
}
