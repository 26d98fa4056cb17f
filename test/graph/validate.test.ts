import { describe, expect, it } from "vitest";
import { InvalidExtractionError } from "../../src/domain/errors.js";
import { validateExtraction } from "../../src/domain/extraction.schema.js";
import { assertValid } from "../../src/graph/load/validate.js";
import { copy, IDS, reportA, reportB } from "./support/fixtures.js";

function issuesOf(doc: unknown, text?: string) {
  const result = validateExtraction(doc, { text: text });
  return result.ok ? [] : result.issues;
}

describe("validating an extraction before it is loaded", () => {
  it("accepts the test reports with their texts", () => {
    for (const f of [reportA(), reportA(true), reportB()]) expect(issuesOf(f.extraction, f.text)).toEqual([]);
  });

  it("rejects a person whose id is not derived from the name, since the same official would become two nodes", () => {
    const { extraction } = reportA();
    const huong = extraction.entities.findIndex((e) => e.id === IDS.huong);
    const broken = copy(extraction);
    (broken.entities[huong] as { name: string }).name = "Trần Thị Hương";
    expect(issuesOf(broken)).toContainEqual({ path: `$.entities[${huong}].id`, message: expect.stringContaining("person:tran-thi-huong") });
  });

  it("accepts a numbered directive known by its number and an instruction that adds province and date", () => {
    const { extraction } = reportA();
    const doc = copy(extraction);
    doc.entities.push(
      {
        id: "directive:49-2017-nd-cp",
        type: "Directive",
        name: "Nghị định về viễn thông",
        aliases: [],
        kind: "DECREE",
        number: "49/2017/NĐ-CP",
        issuedOn: null,
        mentions: [],
      },
      {
        id: "directive:so-hoa-ho-so-long-an-2021-03-12",
        type: "Directive",
        name: "Số hóa hồ sơ",
        aliases: [],
        kind: "INSTRUCTION",
        number: null,
        issuedOn: "2021-03-12",
        mentions: [],
      },
    );
    expect(issuesOf(doc)).toEqual([]);
  });

  it("rejects decomposed (non-NFC) names and a conference year that is not its date's", () => {
    const doc = copy(reportA().extraction);
    const conference = doc.entities.findIndex((e) => e.type === "Conference");
    const province = doc.entities.findIndex((e) => e.type === "Province");
    (doc.entities[conference] as { year: number }).year = 2020;
    (doc.entities[province] as { aliases: string[] }).aliases = ["Long An".normalize("NFD"), "tỉnh Long An".normalize("NFD")];
    const paths = issuesOf(doc).map((i) => i.path);
    expect(paths).toContain(`$.entities[${conference}].year`);
    expect(paths).toContain(`$.entities[${province}].aliases[1]`);
  });

  it("rejects a relation whose end has the wrong label, and one whose end is not in the file", () => {
    const doc = copy(reportA().extraction);
    doc.relations.push({ type: "CHAIRED", from: IDS.dept, to: doc.relations[0]?.to ?? "", evidence: [{ start: 0, end: 5 }] });
    doc.relations.push({ type: "LOCATED_IN", from: IDS.dept, to: "province:ha-noi", evidence: [{ start: 0, end: 5 }] });
    const issues = issuesOf(doc);
    expect(issues).toContainEqual({
      path: `$.relations[${doc.relations.length - 2}].from`,
      message: expect.stringContaining("must be Person"),
    });
    expect(issues).toContainEqual({
      path: `$.relations[${doc.relations.length - 1}].to`,
      message: expect.stringContaining("province:ha-noi"),
    });
  });

  it("checks spans and the digest against the text when the text is given", () => {
    const { extraction, text } = reportB();
    const doc = copy(extraction);
    doc.relations[0]?.evidence.push({ start: text.length - 2, end: text.length + 10 });
    const issues = issuesOf(doc, text);
    expect(issues.some((i) => i.path === "$.relations[0].evidence[1]" && /past the text/.test(i.message))).toBe(true);
    expect(issuesOf(extraction, `${text} `)).toContainEqual({
      path: "$.report.sha256",
      message: expect.stringContaining("does not match"),
    });
  });

  it("throws an error naming the file, the JSON path and the problem", () => {
    const doc = copy(reportA().extraction);
    (doc.relations[2] as { type: string }).type = "LEADS";
    let error: unknown;
    try {
      assertValid("seeds/broken.json", doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidExtractionError);
    expect((error as Error).message).toMatch(/^seeds\/broken\.json is not a valid extraction/);
    expect((error as Error).message).toMatch(/\$\.relations\[2\]\.type: /);
  });
});
