import { provinceOfDistrict } from "../../domain/gazetteer/districts.js";
import type { OrganizationKind } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import type { OrgMention } from "./organizations.js";

/**
 * Councils named for several places at once: "UBND các xã A, B và C",
 * "UBND thành phố A, thị xã B và các huyện C, D". Each place is its own body.
 */
const PLACE_NAME = "(?!UBND|HĐND)\\p{Lu}[\\p{L}']*(?:(?:\\s-\\s|\\s)\\p{Lu}[\\p{L}']*){0,3}";
/** "UBND các xã Long Hải, Ngũ Phụng và Tam Thanh", "UBND các huyện A, B": one body per place. */
const COUNCIL_LIST = new RegExp(
  `^(Ủy ban nhân dân|ủy ban nhân dân|UBND) các (huyện|xã|phường|thị xã|quận|thị trấn)\\s+(${PLACE_NAME})((?:\\s*,\\s*${PLACE_NAME})*(?:\\s*,?\\s+và\\s+${PLACE_NAME})?)`,
  "u",
);

/** The registry's district type for a unit word ("huyện" → "huyen"); communes have none. */
export function districtTypeOf(unit: string): "huyen" | "quan" | "thi-xa" | "thanh-pho" | null {
  const u = unit.toLowerCase();
  if (u === "huyện") return "huyen";
  if (u === "quận") return "quan";
  if (u === "thị xã") return "thi-xa";
  if (u === "thành phố" || u === "tp" || u === "tp.") return "thanh-pho";
  return null;
}

/** "UBND các xã A, B và C": the first mention spans "UBND các xã A", the others their bare names. */
export function councilList(ctx: ReportContext, start: number): OrgMention[] {
  const { text, lower } = ctx.index;
  if (lower[start] !== "u" && lower[start] !== "ủ") return [];
  const m = COUNCIL_LIST.exec(text.slice(start, start + 200));
  if (!m) return [];
  const unit = (m[2] as string).toLowerCase();
  const type = districtTypeOf(unit);
  const out: OrgMention[] = [];
  const names = [m[3] as string, ...[...(m[4] ?? "").matchAll(new RegExp(PLACE_NAME, "gu"))].map((x) => x[0])];
  let cursor = start;
  for (const [n, name] of names.entries()) {
    const at = text.indexOf(name, n === 0 ? start + (m[1] as string).length : cursor);
    if (at < 0) return [];
    const province = type ? (provinceOfDistrict(name, type) ?? ctx.provinceId) : ctx.provinceId;
    const mentionStart = n === 0 ? start : at;
    out.push({
      start: mentionStart,
      end: at + name.length,
      name: `Ủy ban nhân dân ${unit} ${name}`,
      kind: "PEOPLES_COMMITTEE",
      province,
      surface: text.slice(mentionStart, at + name.length),
    });
    cursor = at + name.length;
  }
  return out;
}

const LOCAL_UNIT = /^(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+)(các\s+)?(huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+/u;
const NEXT_PLACE = new RegExp(`^(?:\\s*,\\s*|\\s+và\\s+|\\s*,\\s*và\\s+)(${PLACE_NAME})`, "u");

/** Places listed after a council of a district or commune, each its own council ("…, thị xã B và các huyện C, D"). */
export function localUnitsAfter(ctx: ReportContext, org: OrgMention): OrgMention[] {
  const { text } = ctx.index;
  const head = org.kind === "PEOPLES_COMMITTEE" ? "Ủy ban nhân dân" : "Hội đồng nhân dân";
  if (!/(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn) \p{Lu}/u.test(org.name.slice(head.length))) return [];
  const out: OrgMention[] = [];
  let cursor = org.end;
  let unit: string | null = null;
  for (;;) {
    const rest = text.slice(cursor, cursor + 80);
    const u = LOCAL_UNIT.exec(rest);
    const named = u ? new RegExp(`^${PLACE_NAME}`, "u").exec(rest.slice(u[0].length)) : null;
    let name: string;
    let start: number;
    if (u && named) {
      unit = u[1] ? (u[2] as string) : null;
      name = named[0];
      start = cursor + rest.indexOf(u[1] ? (u[1] as string) : (u[2] as string));
      const end = cursor + u[0].length + name.length;
      out.push(localCouncil(ctx, head, org.kind, u[2] as string, name, start, end));
      cursor = end;
      continue;
    }
    // "các huyện C, D": a bare name continues the list under the last "các" unit.
    const next = unit ? NEXT_PLACE.exec(rest) : null;
    if (!next || !unit) break;
    name = next[1] as string;
    start = cursor + next[0].length - name.length;
    out.push(localCouncil(ctx, head, org.kind, unit, name, start, start + name.length));
    cursor = start + name.length;
  }
  return out;
}

function localCouncil(
  ctx: ReportContext,
  head: string,
  kind: OrganizationKind,
  unit: string,
  name: string,
  start: number,
  end: number,
): OrgMention {
  const type = districtTypeOf(unit);
  const province = type ? (provinceOfDistrict(name, type) ?? ctx.provinceId) : ctx.provinceId;
  return { start, end, name: `${head} ${unit} ${name}`, kind, province, surface: ctx.index.text.slice(start, end) };
}
