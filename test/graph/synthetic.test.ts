import { describe, expect, it } from "vitest";
import { validateExtraction } from "../../src/domain/extraction.schema.js";
import { generateSyntheticCorpus, generateSyntheticReports } from "../bench/synthetic.js";

describe("the synthetic report generator", () => {
  it("makes the same reports for the same seed, and report i does not depend on N", () => {
    expect(generateSyntheticReports(5, 3)).toEqual(generateSyntheticReports(5, 3));
    expect(generateSyntheticReports(20, 3).slice(0, 5)).toEqual(generateSyntheticReports(5, 3));
    expect(generateSyntheticReports(5, 4)).not.toEqual(generateSyntheticReports(5, 3));
  });

  it("makes valid extractions whose spans and digest match their texts", () => {
    for (const { extraction, text } of generateSyntheticCorpus(200, 9)) {
      const result = validateExtraction(extraction, { text: text });
      expect(result.ok ? [] : result.issues).toEqual([]);
    }
  });

  it("shares officials between reports of one province, as real reports do", () => {
    const people = generateSyntheticReports(300).flatMap((x) => x.entities.filter((e) => e.type === "Person").map((e) => e.id));
    expect(new Set(people).size).toBeLessThan(people.length * 0.8);
  });
});
