import { foldVietnamese } from "../text.js";
import { allProvinces, type Province } from "./provinces.js";
import { registryDistricts } from "./registry-data.js";
import { normalizeToneMarks } from "./tone-marks.js";

/** A district (huyện, quận, thị xã, thành phố thuộc tỉnh) before the 2025 reform abolished the level. */
export interface District {
  name: string;
  type: "huyen" | "quan" | "thi-xa" | "thanh-pho";
  provinceId: string;
}

let byName: Map<string, District[]> | undefined;

function index(): Map<string, District[]> {
  if (byName) return byName;
  byName = new Map();
  const byCode = new Map<string, Province>();
  for (const p of allProvinces()) if (p.codeBefore) byCode.set(p.codeBefore, p);
  for (const d of registryDistricts()) {
    const province = byCode.get(d.parent_code);
    if (!province) continue;
    const name = normalizeToneMarks(d.name);
    const key = districtKey(name);
    const list = byName.get(key) ?? [];
    list.push({ name, type: d.type as District["type"], provinceId: province.id });
    byName.set(key, list);
  }
  return byName;
}

/** Every district of that name (several provinces share names such as "Châu Thành"). */
export function districtsNamed(name: string): readonly District[] {
  return index().get(districtKey(name)) ?? [];
}

/**
 * Folded, with the old "i"/"y" spelling after a consonant made one ("Phú Quí" in
 * the registry is "Phú Quý" in the news, "Kì Sơn" is "Kỳ Sơn").
 */
function districtKey(name: string): string {
  return foldVietnamese(name)
    .replace(/\s*-\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .map((w) => w.replace(/^(qu|[bcdghklmnprstvx]+)y$/u, "$1i"))
    .join(" ");
}

/**
 * The province a district name places a report in, only when the name is
 * unambiguous (all districts of that name and type lie in one province).
 */
export function provinceOfDistrict(name: string, type?: District["type"]): string | null {
  const candidates = districtsNamed(name).filter((d) => type === undefined || d.type === type);
  const provinces = new Set(candidates.map((d) => d.provinceId));
  return provinces.size === 1 ? ([...provinces][0] ?? null) : null;
}
