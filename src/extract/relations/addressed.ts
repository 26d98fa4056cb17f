import type { DirectiveKind, Span } from "../../domain/model.js";
import type { DirectiveMention } from "../mentions/directives.js";
import { addresseeList } from "../mentions/instructions.js";
import type { OrgMention } from "../mentions/organizations.js";
import { lineAt, sentenceAt, type TextIndex } from "../text-index.js";

/**
 * "Kế hoạch số 412/KH-UBND … giao Sở A chủ trì, phối hợp với Sở B …",
 * "Kế hoạch giao …", "Quyết định số 35/QĐ-UBND … yêu cầu Viễn thông X …": a
 * document that assigns named bodies is addressed to them, and the body it
 * puts in charge ("chủ trì", "triển khai") carries it out.
 */
export interface DocumentAssignment {
  directive: DirectiveMention;
  org: OrgMention;
  /** The body is told to lead or carry out the document itself. */
  leads: boolean;
  evidence: Span;
}

const ASSIGNING_VERB = /(?<![\p{L}])(?:giao|yêu cầu|đề nghị|chỉ đạo)(?![\p{L}])\s+(?:cho\s+)?/gu;
const LEADS_AFTER =
  /^\s*(?:(?:là|làm) cơ quan(?: thường trực| đầu mối)?\s*,?\s*)?(?:chủ trì|triển khai|tổ chức thực hiện|thực hiện)(?![\p{L}])/u;

/** A sentence opening with a bare reference to a document ("Kế hoạch giao …", "Quyết định này yêu cầu …"). */
const BARE_REFERENCE =
  /^(Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Thông tư)(?: này)?(?:\s+(?:nhằm|để)\s+[^;.]{1,200}?,\s*trong đó)?(?: cũng)?\s+(?=(?:giao|yêu cầu|đề nghị|chỉ đạo)(?![\p{L}]))/u;
const KIND_OF_WORD: Readonly<Record<string, DirectiveKind>> = {
  "Kế hoạch": "PLAN",
  "Quyết định": "DECISION",
  "Nghị quyết": "RESOLUTION",
  "Chỉ thị": "DIRECTIVE",
  "Thông tư": "CIRCULAR",
};

/** What may stand between a numbered document and what it does: its date and its issuer ("ngày 5/3/2021 của UBND tỉnh"). */
const DOCUMENT_DETAILS = String.raw`(?:\s*,?\s*ngày\s+[\d/.-]+)?(?:\s*,?\s*(?:của|do)\s+[^,;]{2,80}?)?`;
/** "… ngày …, về chuyển đổi số năm 2021, (trong đó) giao …": the document assigning bodies itself. */
const ASSIGNING_TAIL = new RegExp(
  String.raw`^${DOCUMENT_DETAILS}(?:\s+(?:về|thực hiện|triển khai)\s+[^;.]{1,160}?)?(?:\s*,)?(?:\s*trong đó)?(?:\s*(?:đã|cũng|đồng thời))?\s+(?=(?:giao|yêu cầu|đề nghị|chỉ đạo)(?![\p{L}]))`,
  "u",
);
/** "… ngày …, trong đó Sở A được giao …". */
const PASSIVE_TAIL = new RegExp(String.raw`^${DOCUMENT_DETAILS}\s*,\s*trong đó\s+`, "u");

const PER_PLAN = /^Theo ([Kk]ế hoạch|[Qq]uyết định|[Nn]ghị quyết|[Cc]hỉ thị)(?: này)?\s*,\s*/u;

/** Starts of the clauses from `from` to `to`: after semicolons and at sentence starts. */
function clausesOf(index: TextIndex, from: number, to: number): number[] {
  const { text } = index;
  const starts = new Set([from]);
  for (let i = text.indexOf(";", from); i >= 0 && i < to; i = text.indexOf(";", i + 1)) starts.add(i + 1);
  for (const s of index.sentences) if (s.start > from && s.start < to) starts.add(s.start);
  return [...starts]
    .sort((a, b) => a - b)
    .map((s) => {
      let j = s;
      while (text[j] === " ") j++;
      return j;
    });
}

export function documentAssignments(index: TextIndex, directives: DirectiveMention[], orgs: OrgMention[]): DocumentAssignment[] {
  const { text } = index;
  const orgAt = new Map<number, OrgMention>();
  for (const o of orgs) orgAt.set(o.start, o);
  const out: DocumentAssignment[] = [];
  const numbered = directives.filter((d) => d.number !== null && d.kind !== "INSTRUCTION");
  const assign = (d: DirectiveMention, from: number, to: number) => {
    for (const verb of text.slice(from, to).matchAll(ASSIGNING_VERB)) {
      const at = from + (verb.index ?? 0) + verb[0].length;
      const list = addresseeList(text, orgAt, at);
      const last = list[list.length - 1];
      if (!last) continue;
      const evidence = { start: from + (verb.index ?? 0), end: last.end };
      const leads = LEADS_AFTER.test(text.slice((list[0] as OrgMention).end, (list[0] as OrgMention).end + 30));
      for (const [n, org] of list.entries()) out.push({ directive: d, org, leads: leads && n === 0, evidence });
      // "giao Sở A chủ trì, phối hợp với Sở B, Sở C …": the partners are assigned too.
      const partners = /^\s*chủ trì\s*,?\s*phối hợp với\s+/u.exec(text.slice(last.end, last.end + 40));
      if (partners) {
        const more = addresseeList(text, orgAt, last.end + partners[0].length);
        const end = more[more.length - 1]?.end ?? last.end;
        for (const org of more) out.push({ directive: d, org, leads: false, evidence: { start: evidence.start, end } });
      }
    }
  };
  for (const d of numbered) {
    const sentence = sentenceAt(index, d.start);
    if (!sentence) continue;
    // Up to the next document the sentence names: what follows is said of that one.
    const next = numbered.find((o) => o.start > d.end && o.start < sentence.end);
    // The document must be the subject: nothing but its date and issuer between it and the verb.
    const tail = text.slice(d.end, next?.start ?? sentence.end);
    // Its date, issuer and topic may come between ("… ngày 20/9/2021 về chuyển đổi số năm 2021, giao …").
    const lead = ASSIGNING_TAIL.exec(tail);
    // "Kế hoạch nhằm triển khai Quyết định A, trong đó giao …": what follows "trong đó" is the plan's, not A's.
    const served = /(?:triển khai|thực hiện|cụ thể hóa)\s+$/u.test(text.slice(sentence.start, d.start));
    if (lead && !(served && /trong đó/u.test(lead[0]))) assign(d, d.end + lead[0].length, next?.start ?? sentence.end);
    // "Kế hoạch số … ngày …, trong đó Sở A được giao làm cơ quan đầu mối".
    const passive = PASSIVE_TAIL.exec(tail);
    if (passive) {
      const list = addresseeList(text, orgAt, d.end + passive[0].length);
      const last = list[list.length - 1];
      if (last && /^\s*(?:được giao|được phân công|là cơ quan|làm cơ quan)/u.test(text.slice(last.end, last.end + 30)))
        for (const org of list) out.push({ directive: d, org, leads: false, evidence: { start: d.start, end: last.end + 10 } });
    }
  }
  // "Kế hoạch giao Sở A …; B chủ trì …. Sở C chủ trì …": the clauses and sentences of the paragraph go on assigning.
  const continued = (d: DirectiveMention, from: number, sentence: Span) => {
    const line = lineAt(index, sentence.start);
    const paragraphEnd = line ? line.end : sentence.end;
    for (const clause of clausesOf(index, from, paragraphEnd)) {
      const list = addresseeList(text, orgAt, clause);
      const last = list[list.length - 1];
      if (!last || !TASK_AFTER.test(text.slice(last.end, last.end + 90))) continue;
      // "Sở A chủ trì …", "Sở A là cơ quan thường trực, chủ trì …": the body that leads a task carries the plan out.
      const leads = list.length === 1 && LEADS_AFTER.test(text.slice(last.end, last.end + 40));
      for (const org of list) out.push({ directive: d, org, leads, evidence: { start: clause, end: last.end } });
      // "Sở A phối hợp với Sở B tham mưu …": the partner is given the task too.
      const partners = /^\s*phối hợp với\s+/u.exec(text.slice(last.end, last.end + 20));
      const more = partners ? addresseeList(text, orgAt, last.end + partners[0].length) : [];
      const lastPartner = more[more.length - 1];
      if (lastPartner && TASK_AFTER.test(text.slice(lastPartner.end, lastPartner.end + 90)))
        for (const org of more) out.push({ directive: d, org, leads: false, evidence: { start: clause, end: lastPartner.end } });
    }
  };
  for (const sentence of index.sentences) {
    // "Theo Kế hoạch, Sở A là cơ quan thường trực …; Công an tỉnh chủ trì …": each body the plan gives a role.
    const per = PER_PLAN.exec(text.slice(sentence.start, sentence.start + 30));
    const bare = per ? null : BARE_REFERENCE.exec(text.slice(sentence.start, sentence.start + 260));
    const reference = per ?? bare;
    if (!reference) continue;
    const word = reference[1] as string;
    const kind = KIND_OF_WORD[(word[0]?.toUpperCase() ?? "") + word.slice(1)];
    const earlier = numbered.filter((d) => d.end <= sentence.start && d.kind === kind);
    // "Theo Kế hoạch," after "… cụ thể hóa Chương trình hành động số 18-CTr/TU": the plan named "Kế hoạch".
    const sameWord = earlier.filter((x) => index.lower.startsWith(word.toLowerCase(), x.start));
    // "UBND tỉnh vừa ban hành Quyết định số 1384 … nhằm triển khai Quyết định số 749/QĐ-TTg … Theo Quyết định, …": the
    // document the report says was issued, not one it serves.
    const issued = sameWord.filter((x) => /(?:ban hành|ký|phê duyệt)\s+$/u.test(index.lower.slice(Math.max(0, x.start - 14), x.start)));
    const d = issued[issued.length - 1] ?? sameWord[sameWord.length - 1] ?? earlier[earlier.length - 1];
    if (!d) continue;
    if (bare) assign(d, sentence.start + bare[0].length, sentence.end);
    continued(d, sentence.start + reference[0].length, sentence);
  }
  return out;
}

/** What a body is given to do in a plan's list of assignments. */
const TASK_AFTER =
  // ("Viễn thông A, Viettel A và các doanh nghiệp viễn thông trên địa bàn được đề nghị …": the list may end generically.)
  /^(?:\s*,?\s+(?:và|cùng) (?:các|những) [^,.;:]{1,50}?)?\s*(?:là cơ quan|đưa|làm cơ quan|chủ trì|có trách nhiệm|phối hợp|được giao|được đề nghị|bảo đảm|đảm bảo|hướng dẫn|thực hiện|triển khai|tham mưu|ưu tiên|xây dựng|phát triển|hỗ trợ|tuyên truyền|bố trí|rà soát|cung cấp|thu hút|cân đối|nâng cao|đẩy mạnh|tăng cường|kiểm tra|theo dõi|đôn đốc|chỉ đạo|tổ chức|vận hành|hoàn thiện|nghiên cứu|chịu trách nhiệm|làm đầu mối)(?![\p{L}])/u;
