import { entityId } from "../ids.js";
import { foldVietnamese, slugify } from "../text.js";
import { reformData, registryProvinces } from "./registry-data.js";
import { normalizeToneMarks } from "./tone-marks.js";

/**
 * Every province of both eras: the 63 before 1 July 2025 and the 34 after.
 * A province that exists in both (Lạng Sơn) is one record with both codes; one
 * that was merged away (Hà Giang) keeps only its old code; Huế and the merged
 * cities appear under their new names too.
 */
export interface Province {
  id: string;
  /**
   * Bare name, e.g. "Điện Biên", "Hà Nội" (no "Tỉnh"/"Thành phố"), except
   * "Thành phố Hồ Chí Minh", whose bare name is a person's.
   */
  name: string;
  /** "tinh" or "thanh-pho" (centrally governed city). */
  type: "tinh" | "thanh-pho";
  /** Official two-digit code before the reform, or null if it did not exist. */
  codeBefore: string | null;
  /** Official two-digit code after 1 July 2025, or null if merged away. */
  codeAfter: string | null;
  /** Folded spellings the text or a web address may use. */
  keys: string[];
}

/** The date the 34-province map took effect (Resolution 202/2025/QH15). */
export const REFORM_DATE = "2025-07-01";

const CITY_PREFIX = /^(Thành phố|Tỉnh)\s+/u;

/** The one province named with its prefix: "Hồ Chí Minh" alone is the person. */
const FULL_NAMES: Readonly<Record<string, string>> = { "Hồ Chí Minh": "Thành phố Hồ Chí Minh" };

function provinceName(registryName: string): string {
  const bare = normalizeToneMarks(registryName.replace(CITY_PREFIX, ""));
  return FULL_NAMES[bare] ?? bare;
}

/** "tỉnh Điện Biên", "thành phố Hà Nội", "Thành phố Hồ Chí Minh": the province as a body's name ends with it. */
export function provinceQualifier(p: Province): string {
  if (/^Thành phố /u.test(p.name)) return p.name;
  return `${p.type === "thanh-pho" ? "thành phố" : "tỉnh"} ${p.name}`;
}

/** Spellings the registries do not carry but the genre uses (short forms, web-address forms). */
const EXTRA_KEYS: Readonly<Record<string, readonly string[]>> = {
  "thanh-pho-ho-chi-minh": ["ho chi minh", "hochiminh", "tp hcm", "tphcm", "hcm", "hcmc", "sai gon", "hochiminhcity", "tp ho chi minh"],
  "thua-thien-hue": ["hue", "tt hue", "thuathienhue"],
  "ba-ria-vung-tau": ["brvt", "ba ria vung tau"],
  "dak-lak": ["daklak", "dac lac"],
  "dak-nong": ["dac nong"],
};

let cache: { list: Province[]; byId: Map<string, Province>; byKey: Map<string, Province> } | undefined;

function build() {
  const byId = new Map<string, Province>();
  for (const p of registryProvinces()) {
    const name = provinceName(p.name);
    const id = entityId("Province", name);
    byId.set(id, {
      id,
      name,
      type: p.type === "thanh-pho" ? "thanh-pho" : "tinh",
      codeBefore: p.code,
      codeAfter: null,
      keys: [],
    });
  }
  for (const p of reformData().provinces) {
    const name = provinceName(p.name);
    const id = entityId("Province", name);
    const existing = byId.get(id);
    if (existing) existing.codeAfter = p.province_code;
    else
      byId.set(id, {
        id,
        name,
        type: /^Thành phố/u.test(p.name) ? "thanh-pho" : "tinh",
        codeBefore: null,
        codeAfter: p.province_code,
        keys: [],
      });
  }
  const byKey = new Map<string, Province>();
  for (const p of byId.values()) {
    const folded = foldVietnamese(p.name);
    const keys = new Set([folded, folded.replace(/[^a-z0-9]/g, ""), ...(EXTRA_KEYS[p.id.slice(9)] ?? [])]);
    p.keys = [...keys];
    for (const k of p.keys) if (!byKey.has(k)) byKey.set(k, p);
  }
  const list = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { list, byId, byKey };
}

function data() {
  cache ??= build();
  return cache;
}

export function allProvinces(): readonly Province[] {
  return data().list;
}

export function provinceById(id: string): Province | undefined {
  return data().byId.get(id);
}

/** A province by any spelling: "Điện Biên", "dien bien", "dienbien", "TP HCM". */
const byNameCache = new Map<string, Province | null>();

export function provinceByName(name: string): Province | undefined {
  // Extraction asks about the same capitalised words over and over; folding is the cost.
  const cached = byNameCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const folded = foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const found = data().byKey.get(folded) ?? data().byKey.get(folded.replace(/ /g, ""));
  if (byNameCache.size > 50_000) byNameCache.clear();
  byNameCache.set(name, found ?? null);
  return found;
}

/** Thừa Thiên Huế became the centrally governed "thành phố Huế" on this date (Nghị quyết 1314/NQ-UBTVQH15). */
export const HUE_CITY_DATE = "2025-01-01";

/**
 * The province a report's date renames, if any: from 2025 "thành phố Huế" is the city that replaced the province
 * of Thừa Thiên Huế, not a city inside it (a text that still writes "Thừa Thiên Huế" keeps that name).
 */
export function renamedByDate(text: string, date: string | null): { from: string; to: string } | undefined {
  if (date === null || date < HUE_CITY_DATE) return undefined;
  if (!/(?<![\p{L}])(?:thành phố|Thành phố|TP\.?)\s*Huế(?![\p{L}])/u.test(text) || /Thừa Thiên/u.test(text)) return undefined;
  return { from: "province:thua-thien-hue", to: "province:hue" };
}

/** The official code a report dated `date` would use (the old code before the reform). */
export function provinceCode(p: Province, date: string | null): string | null {
  if (date !== null && date >= REFORM_DATE) return p.codeAfter ?? p.codeBefore;
  return p.codeBefore ?? p.codeAfter;
}

let successors: Map<string, string[]> | undefined;

/** The post-reform province(s) an old province's wards went to, e.g. Hà Giang → Tuyên Quang. */
export function successorsOf(provinceId: string): string[] {
  if (!successors) {
    successors = new Map();
    for (const m of reformData().mappings) {
      if (!m.old_province_name) continue;
      const from = `province:${slugify(provinceName(m.old_province_name))}`;
      const to = `province:${slugify(provinceName(m.new_province_name))}`;
      const list = successors.get(from) ?? [];
      if (!list.includes(to)) list.push(to);
      successors.set(from, list);
    }
    for (const list of successors.values()) list.sort();
  }
  return successors.get(provinceId) ?? [];
}
