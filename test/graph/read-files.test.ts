import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidExtractionError } from "../../src/domain/errors.js";
import { readExtractionFiles, TextIndex } from "../../src/graph/load/read-files.js";
import { reportA, reportB } from "./support/fixtures.js";

function folder(): string {
  return mkdtempSync(join(tmpdir(), "kg-read-files-"));
}

describe("reading extraction files and report texts", () => {
  it("reads named files and every .json under a folder, in name order", () => {
    const dir = folder();
    mkdirSync(join(dir, "more"));
    writeFileSync(join(dir, "b.json"), JSON.stringify(reportB().extraction));
    writeFileSync(join(dir, "more", "a.json"), JSON.stringify(reportA().extraction));
    writeFileSync(join(dir, "notes.txt"), "not an extraction");
    const files = readExtractionFiles([dir]).map((f) => f.file.slice(dir.length + 1));
    expect(files).toEqual(["b.json", "more/a.json"]);
  });

  it("names the file that is not JSON", () => {
    const dir = folder();
    writeFileSync(join(dir, "broken.json"), "{ nope");
    expect(() => readExtractionFiles([join(dir, "broken.json")])).toThrow(InvalidExtractionError);
    expect(() => readExtractionFiles([join(dir, "broken.json")])).toThrow(/broken\.json is not a valid extraction[\s\S]*\$: not JSON/);
  });

  it("finds a report's text by its sha256 after normalising it (CRLF, decomposed accents)", () => {
    const dir = folder();
    const { extraction, text } = reportA();
    writeFileSync(join(dir, "renamed.txt"), text.replace(/\n/g, "\r\n").normalize("NFD"));
    expect(TextIndex.of(dir).textFor(extraction)).toBe(text);
  });

  it("falls back to the source's file name so that a changed text is reported, not silently skipped", () => {
    const dir = folder();
    const { extraction, text } = reportB();
    writeFileSync(join(dir, extraction.report.source), `${text} (sửa)`);
    expect(TextIndex.of(dir).textFor(extraction)).toBe(`${text} (sửa)`);
    expect(TextIndex.of(dir).textFor(reportA().extraction)).toBeUndefined();
  });
});
