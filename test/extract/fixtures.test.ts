import { readdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { validateExtraction } from "../../src/domain/extraction.schema.js";
import { extractWithText, toJson } from "../../src/extract/index.js";
import { decodeReport } from "../../src/extract/read-report.js";

/**
 * Our own reports in the genre (other provinces, layouts, phrasings), each
 * with the facts it must yield. They are not the curated five: the extractor
 * must generalise beyond them.
 */
const dir = resolve(import.meta.dirname, "../fixtures/extract");
const reports = readdirSync(join(dir, "reports")).sort();

interface Expected {
  url?: string;
  published?: string;
  report: Record<string, unknown>;
  entities: string[];
  relations: string[];
  instructions: number;
  absent: string[];
}

function run(file: string) {
  const ext = extname(file);
  const bytes = readFileSync(join(dir, "reports", file));
  const expected = JSON.parse(readFileSync(join(dir, "expected", file.replace(ext, ".json")), "utf8")) as Expected;
  const { text } = decodeReport(file, bytes, ext);
  const result = extractWithText(text, { source: file, url: expected.url, publishedOn: expected.published });
  return { result, expected, raw: text };
}

describe.each(reports)("fixture report %s", (file) => {
  it("yields a valid extraction whose spans index its normalised text", () => {
    const { result } = run(file);
    const checked = validateExtraction(result.extraction, { text: result.text });
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it("states the report's metadata", () => {
    const { result, expected } = run(file);
    expect(result.extraction.report).toMatchObject(expected.report);
  });

  it("finds the entities a reader finds", () => {
    const { result, expected } = run(file);
    const ids = new Set(result.extraction.entities.map((e) => e.id));
    expect(expected.entities.filter((id) => !ids.has(id))).toEqual([]);
    expect(expected.absent.filter((id) => ids.has(id))).toEqual([]);
  });

  it("finds the relations a reader finds, each with evidence", () => {
    const { result, expected } = run(file);
    const keys = new Set(result.extraction.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`));
    expect(expected.relations.filter((k) => !keys.has(k))).toEqual([]);
    for (const r of result.extraction.relations) expect(r.evidence.length).toBeGreaterThan(0);
  });

  it("finds one instruction per request an official makes", () => {
    const { result, expected } = run(file);
    const instructions = result.extraction.entities.filter((e) => e.type === "Directive" && e.kind === "INSTRUCTION");
    expect(instructions).toHaveLength(expected.instructions);
  });

  it("gives byte-identical JSON when the same text is extracted twice", () => {
    const a = run(file);
    const b = run(file);
    expect(toJson(a.result.extraction)).toBe(toJson(b.result.extraction));
  });
});
