import type { Span } from "../../domain/model.js";
import type { OrgMention } from "../mentions/organizations.js";

/**
 * A body the text places inside another: "Cục Tin học hóa (Bộ TT&TT)",
 * "Trung tâm … thuộc Sở", "(trực thuộc Sở)". A name such as "Văn phòng UBND
 * tỉnh" alone says nothing of the kind.
 */
export function partOf(text: string, orgs: OrgMention[]): Array<{ child: OrgMention; parent: OrgMention; evidence: Span }> {
  const out: Array<{ child: OrgMention; parent: OrgMention; evidence: Span }> = [];
  for (let k = 0; k + 1 < orgs.length; k++) {
    const child = orgs[k] as OrgMention;
    const parent = orgs[k + 1] as OrgMention;
    const gap = text.slice(child.end, parent.start);
    const bracketed = /^\s*\(\s*(?:trực thuộc\s+|thuộc\s+)?$/u.test(gap) && /^\s*\)/u.test(text.slice(parent.end, parent.end + 2));
    const stated = /^\s+(?:trực\s+)?thuộc\s+$/u.test(gap) || /^\s*\(\s*(?:trực\s+)?thuộc\s+$/u.test(gap);
    if (!bracketed && !stated) continue;
    const close = text.indexOf(")", parent.end);
    const end = bracketed && close >= 0 && close - parent.end < 3 ? close + 1 : parent.end;
    out.push({ child, parent, evidence: { start: child.start, end } });
    // "Cục Tin học hóa, Cục Viễn thông (Bộ TT&TT)": a bracket after a list of like bodies places each of them.
    const head = child.name.split(" ")[0];
    for (let j = k - 1; bracketed && j >= 0; j--) {
      const item = orgs[j] as OrgMention;
      const next = orgs[j + 1] as OrgMention;
      if (item.name.split(" ")[0] !== head || !/^\s*(?:,|và)\s*$/u.test(text.slice(item.end, next.start))) break;
      out.push({ child: item, parent, evidence: { start: item.start, end } });
    }
  }
  return out;
}
