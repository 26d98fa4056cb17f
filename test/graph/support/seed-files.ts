import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Extraction } from "../../../src/domain/model.js";
import { SEEDS_DIR } from "../../../src/graph/seed.js";

/** The seed files as the tests' source of truth for what the graph must hold (empty when seeds/ is absent). */
export const SEEDS: readonly Extraction[] = existsSync(SEEDS_DIR)
  ? readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(SEEDS_DIR, f), "utf8")) as Extraction)
  : [];

export function entityOf(id: string) {
  for (const x of SEEDS) {
    const e = x.entities.find((y) => y.id === id);
    if (e) return e;
  }
  return undefined;
}
