import type { Span } from "../../domain/model.js";
import type { OrgMention } from "../mentions/organizations.js";
import type { TextIndex } from "../text-index.js";

/**
 * "Sở TT&TT … triển khai dự án X", "tham mưu UBND tỉnh tiếp tục thực hiện kế
 * hoạch Y": the body that carries out a programme. The implementer is the
 * body named before the verb in the same clause, else the sentence's subject
 * (a body opening the sentence); a body after "của" owns, not implements.
 */
const VERB = /(?<![\p{L}])(?:thực hiện|triển khai|phối hợp thực hiện|tổ chức thực hiện|tiếp tục thực hiện|tiếp tục triển khai)(?![\p{L}])/u;

export function implementer(
  index: TextIndex,
  sentence: Span,
  target: Span,
  orgs: OrgMention[],
): { org: OrgMention; evidence: Span[] } | undefined {
  const { text, lower } = index;
  const clauseStart = Math.max(sentence.start, lower.lastIndexOf(";", target.start) + 1);
  const clause = lower.slice(clauseStart, target.start);
  const verb = VERB.exec(clause);
  if (!verb) return undefined;
  const verbAt = clauseStart + (verb.index ?? 0);
  const usable = (o: OrgMention) => !/(?:của|cho|với|thuộc)\s+$/u.test(lower.slice(Math.max(0, o.start - 6), o.start));
  const inClause = orgs.filter((o) => o.start >= clauseStart && o.end <= verbAt && usable(o));
  const near = inClause[inClause.length - 1];
  if (near) return { org: near, evidence: [{ start: near.start, end: target.end }] };
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
