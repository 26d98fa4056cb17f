import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateExtraction } from "../../src/domain/extraction.schema.js";
import { TextIndex } from "../../src/graph/load/read-files.js";
import { DEFAULT_TEXTS_DIR, SEEDS_DIR } from "../../src/graph/seed.js";

const seedFiles = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".json")) : [];
const texts = DEFAULT_TEXTS_DIR ? TextIndex.of(DEFAULT_TEXTS_DIR) : undefined;

describe.skipIf(seedFiles.length === 0)(`the curated seeds (skipped when ${SEEDS_DIR} has no .json file)`, () => {
  it.each(seedFiles)("%s is a valid extraction", (file) => {
    const doc: unknown = JSON.parse(readFileSync(join(SEEDS_DIR, file), "utf8"));
    const result = validateExtraction(doc, { text: texts?.textFor(doc) });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it.skipIf(texts === undefined)("each has its report text in the shared reports folder (matched by sha256)", () => {
    const missing = seedFiles.filter((file) => texts?.textFor(JSON.parse(readFileSync(join(SEEDS_DIR, file), "utf8"))) === undefined);
    expect(missing).toEqual([]);
  });

  it("each report id is used by one file only", () => {
    const ids = seedFiles.map((file) => (JSON.parse(readFileSync(join(SEEDS_DIR, file), "utf8")) as { report: { id: string } }).report.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
