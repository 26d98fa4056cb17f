import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateExtraction } from "../../src/domain/extraction.schema.js";
import type { Extraction } from "../../src/domain/model.js";
import { addCounts, type Counts, prf, scoreReport, total } from "../../src/extract/evaluate.js";
import { extract, extractWithText } from "../../src/extract/index.js";

/** The curated reports live beside the repository; they are read, never copied in. */
const root = resolve(import.meta.dirname, "../..");
const reportsDir = resolve(root, "../shared/reports");
const seedsDir = resolve(root, "seeds");
const available = existsSync(reportsDir) && existsSync(seedsDir);
const files = available
  ? readdirSync(reportsDir).filter((f) => f.endsWith(".txt") && existsSync(join(seedsDir, f.replace(/\.txt$/u, ".json"))))
  : [];

describe.skipIf(!available || files.length === 0)("the curated reports (needs ../shared/reports and seeds/)", () => {
  it("extracts each into a valid extraction", () => {
    for (const f of files) {
      const { extraction, text } = extractWithText(readFileSync(join(reportsDir, f), "utf8"), { source: f });
      const checked = validateExtraction(extraction, { text });
      expect(checked.ok ? [] : checked.issues, f).toEqual([]);
    }
  });

  it("gives the same digest and offsets as the hand-annotated seed of the same text", () => {
    for (const f of files) {
      const gold = JSON.parse(readFileSync(join(seedsDir, f.replace(/\.txt$/u, ".json")), "utf8")) as Extraction;
      const { extraction } = extractWithText(readFileSync(join(reportsDir, f), "utf8"), { source: f });
      expect(extraction.report.sha256, f).toBe(gold.report.sha256);
      expect(extraction.report.id, f).toBe(gold.report.id);
    }
  });

  it("reaches F1 ≥ 0.97 for entities and ≥ 0.95 for relations against the seeds", () => {
    const entities = new Map<string, Counts>();
    const relations = new Map<string, Counts>();
    for (const f of files) {
      const gold = JSON.parse(readFileSync(join(seedsDir, f.replace(/\.txt$/u, ".json")), "utf8")) as Extraction;
      const extraction = extract(readFileSync(join(reportsDir, f), "utf8"), { source: f });
      const score = scoreReport(gold, extraction);
      addCounts(entities, score.entities);
      addCounts(relations, score.relations);
    }
    expect(prf(total(entities)).f1).toBeGreaterThanOrEqual(0.97);
    expect(prf(total(relations)).f1).toBeGreaterThanOrEqual(0.95);
  });
});
