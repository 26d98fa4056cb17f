import type { Span } from "../../domain/model.js";
import type { OrgMention } from "../mentions/organizations.js";
import type { TextIndex } from "../text-index.js";

/**
 * Who organised an event: the bodies named before "tổ chức <event>", however
 * they are chained ("A phối hợp với B, C và D long trọng tổ chức Lễ …", "A, B
 * và C phối hợp tổ chức …", "A phối hợp với B (VNPT) tổ chức …"), or after it
 * ("Hội nghị … do A tổ chức"). A body in brackets after another names what it
 * belongs to ("Cục X (Bộ Y)") and is not an organiser.
 */
const VERB_BEFORE =
  /(?<![\p{L}])(?:(?:đã|vừa|cùng|long trọng|chính thức)\s+)*(?:phối hợp\s+|đồng\s+|cùng\s+)?(?:tổ chức|khai mạc)\s+(?:thành công\s+)?(?:các\s+|những\s+)?$/u;
const JOIN = /^(?:\s*,\s*|\s+và\s+|\s+phối hợp(?: với)?\s+|\s+cùng với\s+|\s+cùng\s+|\s+với\s+)$/u;

export function organisersOf(index: TextIndex, sentence: Span, event: Span, orgs: OrgMention[]): OrgMention[] {
  const { text, lower } = index;
  // A body named inside another ("Đảng ủy Sở X") organises only as the outer one.
  const inSentence = orgs.filter(
    (o) => o.start >= sentence.start && o.end <= sentence.end && !orgs.some((p) => p !== o && p.start < o.start && p.end >= o.end),
  );
  const verb = VERB_BEFORE.exec(lower.slice(sentence.start, event.start));
  if (verb) {
    let pos = sentence.start + (verb.index ?? 0);
    const chain: OrgMention[] = [];
    for (let k = inSentence.length - 1; k >= 0; k--) {
      const o = inSentence[k] as OrgMention;
      if (o.end > pos) continue;
      // "Hội Tin học TPHCM (HCA) tổ chức …": a short form in brackets stands between nothing.
      const gap = text.slice(o.end, pos).replace(/^\s*\(\p{Lu}[\p{Lu}&.-]{1,11}\)/u, "");
      const open = text.lastIndexOf("(", o.start);
      const closing = chain.length > 0 ? /^\s*\)(?:\s*,\s*|\s+và\s+|\s+phối hợp với\s+|\s+cùng với\s+|\s*)$/u : /^\s*\)\s*$/u;
      if (closing.test(gap) && open >= 0 && /^\(\s*(?:(?:trực\s+)?thuộc\s+)?$/u.test(text.slice(open, o.start))) {
        // "Cục X (Bộ Y)", "Tập đoàn … (VNPT)": the bracketed body is a parent or the same body again.
        pos = open;
        while (pos > 0 && text[pos - 1] === " ") pos--;
        continue;
      }
      if (!/^\s*$/u.test(gap) && !(chain.length > 0 && JOIN.test(gap))) break;
      // "tại Trung tâm Hội nghị tỉnh, UBND tỉnh tổ chức …": the venue does not organise.
      if (/(?<![\p{L}])tại\s+$/u.test(lower.slice(Math.max(0, o.start - 6), o.start))) break;
      chain.push(o);
      pos = o.start;
    }
    if (chain.length > 0) return chain.reverse();
  }
  // "Hội nghị … do Sở TT&TT tổ chức", "… do A phối hợp với B tổ chức chiều 17-1".
  const first = inSentence.findIndex((o) => o.start >= event.end && /^["”»]?\s*,?\s*do\s+$/u.test(lower.slice(event.end, o.start)));
  if (first < 0) return [];
  const chain: OrgMention[] = [inSentence[first] as OrgMention];
  for (let k = first + 1; k < inSentence.length; k++) {
    const o = inSentence[k] as OrgMention;
    const previous = chain[chain.length - 1] as OrgMention;
    if (!JOIN.test(text.slice(previous.end, o.start))) break;
    chain.push(o);
  }
  const last = chain[chain.length - 1] as OrgMention;
  return /^\s*(?:cùng\s+)?(?:phối hợp\s+)?(?:đồng\s+)?tổ chức/u.test(lower.slice(last.end, last.end + 24)) ? chain : [];
}
