import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/domain/model.js";
import { reportRows, searchTerm } from "../../src/graph/load/rows.js";
import { copy, IDS, reportA } from "./support/fixtures.js";

describe("turning an extraction into statement rows", () => {
  it("folds names and aliases for search: no diacritics, đ to d, lower case", () => {
    expect(searchTerm("Đồng chí Lê Văn Quý")).toBe("dong chi le van quy");
    expect(searchTerm("Điện  Biên\n")).toBe("dien bien");
    expect(searchTerm("Nghệ An".normalize("NFD"))).toBe("nghe an");
  });

  it("gives each entity row the flat spans and what the report says: the aliases other than the name, the search terms, the fields it gives", () => {
    const { extraction, text } = reportA();
    const rows = reportRows(extraction);
    const dept = rows.entities.Organization.find((m) => m.id === IDS.dept);
    expect(dept?.mention).toEqual({
      name: "Sở Thông tin và Truyền thông tỉnh Long An",
      aliases: ["Sở"],
      searchTerms: ["so", "so thong tin va truyen thong tinh long an"],
      kind: "DEPARTMENT",
      province: IDS.longAn,
    });
    const full = text.indexOf("Sở Thông tin và Truyền thông tỉnh Long An");
    const short = text.indexOf("Giám đốc Sở") + "Giám đốc ".length;
    expect(dept?.spans).toEqual([full, full + 41, short, short + 2]);
  });

  it("merges a relation stated twice in one file into one row with both evidence spans", () => {
    const doc = copy(reportA().extraction);
    const organized = doc.relations.find((r) => r.type === "ORGANIZED");
    if (!organized) throw new Error("fixture has no ORGANIZED");
    doc.relations.push({ ...organized, evidence: [{ start: 1, end: 4 }, ...organized.evidence] });
    const rows = reportRows(doc);
    const organizedRows = rows.relations.ORGANIZED;
    expect(organizedRows).toHaveLength(1);
    const first = organized.evidence[0];
    // Sorted by offset, whatever order the file lists them in.
    expect(organizedRows?.[0]?.evidence).toEqual([`${IDS.reportA}@${first?.start}-${first?.end}`, `${IDS.reportA}@1-4`]);
    expect(rows.counts.relations).toBe(doc.relations.length);
  });

  it("sends every label and relationship type, [] when the report has none, each label's rows sorted by id", () => {
    const rows = reportRows(reportA().extraction);
    expect(Object.keys(rows.entities)).toEqual([...ENTITY_TYPES]);
    expect(Object.keys(rows.relations)).toEqual([...RELATION_TYPES]);
    expect(rows.entities.Programme).toEqual([]);
    expect(rows.relations.PART_OF).toEqual([]);
    for (const list of Object.values(rows.entities)) {
      const ids = list.map((r) => String(r.id));
      expect(ids).toEqual([...ids].sort());
    }
    expect(Object.values(rows.entities).flat()).toHaveLength(reportA().extraction.entities.length);
  });

  it("names each relation's ends by their position among the report's entities, the report itself by null", () => {
    const { extraction } = reportA();
    const rows = reportRows(extraction);
    const entities = Object.values(rows.entities).flat();
    expect(entities.map((e) => e.at)).toEqual(entities.map((_, i) => i));
    const idAt = (at: unknown) => (at === null ? extraction.report.id : entities[Number(at)]?.id);
    const sent = Object.entries(rows.relations).flatMap(([type, list]) => list.map((r) => `${type}|${idAt(r.fromAt)}|${idAt(r.toAt)}`));
    expect(sent.sort()).toEqual([...new Set(extraction.relations.map((r) => `${r.type}|${r.from}|${r.to}`))].sort());
  });

  it("keeps two titles of one person apart by title and date", () => {
    const doc = copy(reportA().extraction);
    const held = doc.relations.find((r) => r.type === "HOLDS_POSITION" && r.from === IDS.huong);
    if (!held) throw new Error("fixture has no HOLDS_POSITION");
    doc.relations.push({ ...held, title: "Bí thư Chi bộ" }, { ...held, asOf: "2020-01-01" });
    const keys = reportRows(doc)
      .relationKeys.filter((k) => k.startsWith(`HOLDS_POSITION|${IDS.huong}|`))
      .map((k) => k.split("|")[3]);
    expect(keys).toEqual(["Bí thư Chi bộ@2021-03-12", "Giám đốc@2020-01-01", "Giám đốc@2021-03-12"]);
  });
});
