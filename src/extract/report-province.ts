import { DATELINES } from "../domain/gazetteer/abbreviations.js";
import { provinceOfDistrict } from "../domain/gazetteer/districts.js";
import { allProvinces, provinceByName } from "../domain/gazetteer/provinces.js";
import type { Span } from "../domain/model.js";
import { districtTypeOf } from "./mentions/council-lists.js";
import type { ProvinceMention } from "./mentions/provinces.js";

/**
 * The province a report is about. The text's own words come first ("tỉnh
 * Lạng Sơn", "Sở TTTT Nghệ An"); a report that never names its province gets
 * it from the page's address (dienbien.gov.vn, baonamdinh.vn), a newspaper's
 * dateline (ĐBP, LSO) or a district it names (huyện Lương Sơn → Hòa Bình).
 */
export interface ReportProvince {
  provinceId: string;
  /** Set when the text never names the province: the words or address it was inferred from. */
  inferredFrom: string | null;
  /** The span of those words in the text, when they are in it. */
  evidence: Span | null;
}

export function reportProvince(
  text: string,
  mentions: ProvinceMention[],
  url: string | undefined,
  dateline: string | null,
): ReportProvince | null {
  const fromUrl = url ? provinceOfUrl(url) : null;
  const fromDateline = dateline ? (provinceByName(DATELINES[dateline]?.province ?? "")?.id ?? null) : null;
  const scores = new Map<string, number>();
  const firstAt = new Map<string, number>();
  // "tỉnh Bình Định (cũ)" names a province the report's own has absorbed: it is where, not whose, the report is.
  const voting = mentions.filter((m) => !FORMER.test(text.slice(m.end, m.end + 6)));
  for (const m of voting.length > 0 ? voting : mentions) {
    scores.set(m.provinceId, (scores.get(m.provinceId) ?? 0) + (m.qualified ? 2 : 1));
    if (!firstAt.has(m.provinceId)) firstAt.set(m.provinceId, m.start);
  }
  // The page's own address or paper vouches for its province when the text names it too (or names none).
  for (const hint of [fromUrl, fromDateline]) if (hint && scores.has(hint)) scores.set(hint, (scores.get(hint) ?? 0) + 3);
  // On a tie the province the lead names first is the report's.
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || (firstAt.get(a[0]) ?? 0) - (firstAt.get(b[0]) ?? 0));
  if (ranked.length > 0) return { provinceId: (ranked[0] as [string, number])[0], inferredFrom: null, evidence: null };
  if (fromUrl && url) return { provinceId: fromUrl, inferredFrom: hostOf(url), evidence: null };
  if (fromDateline && dateline) return { provinceId: fromDateline, inferredFrom: dateline, evidence: null };
  return provinceFromDistrict(text);
}

const FORMER = /^\s*\(cũ\)/u;

const DISTRICT = /(?<![\p{L}])(huyện|quận|thị xã) +(\p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']*){0,3})/gu;

function provinceFromDistrict(text: string): ReportProvince | null {
  const votes = new Map<string, { count: number; first: Span }>();
  for (const m of text.matchAll(DISTRICT)) {
    const unit = m[1] as string;
    const type = districtTypeOf(unit) ?? "thi-xa";
    const provinceId = provinceOfDistrict(m[2] as string, type);
    if (!provinceId) continue;
    const start = m.index ?? 0;
    const v = votes.get(provinceId) ?? { count: 0, first: { start, end: start + m[0].length } };
    v.count++;
    votes.set(provinceId, v);
  }
  const best = [...votes].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))[0];
  if (!best) return null;
  return { provinceId: best[0], inferredFrom: text.slice(best[1].first.start, best[1].first.end), evidence: best[1].first };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./u, "");
  } catch {
    return url;
  }
}

/**
 * "dienbien.gov.vn", "stttt.laocai.gov.vn", "baonamdinh.vn", "baodienbienphu.info.vn":
 * a label of the host names the province, maybe behind "bao"/"so"/"stttt".
 */
export function provinceOfUrl(url: string): string | null {
  const host = hostOf(url).toLowerCase();
  const labels = host.split(".").filter((l) => !["gov", "vn", "com", "net", "org", "info", "edu"].includes(l));
  const compactNames = allProvinces().flatMap((p) => p.keys.map((k) => [k.replace(/[^a-z0-9]/g, ""), p.id] as const));
  for (const label of labels) {
    const bare = label.replace(/-/g, "");
    for (const candidate of [bare, bare.replace(/^(?:bao|so|stttt|sotttt|tttt|skhcn|cong|portal)/, "")]) {
      const exact = compactNames.find(([k]) => k === candidate && k.length >= 3);
      if (exact) return exact[1];
    }
    // "baodienbienphu": the longest province name the label starts with, after a known prefix.
    const stripped = bare.replace(/^(?:bao|so|stttt|sotttt|tttt)/, "");
    const prefix = compactNames.filter(([k]) => k.length >= 5 && stripped.startsWith(k)).sort((a, b) => b[0].length - a[0].length)[0];
    if (prefix) return prefix[1];
  }
  return null;
}
