import { describe, expect, it } from "vitest";
import { reportRows, searchTerm } from "../../src/graph/load/rows.js";
import { copy, IDS, reportA } from "./support/fixtures.js";

describe("turning an extraction into statement rows", () => {
  it("folds names and aliases for search: no diacritics, đ to d, lower case", () => {
    expect(searchTerm("Đồng chí Lê Văn Quý")).toBe("dong chi le van quy");
    expect(searchTerm("Điện  Biên\n")).toBe("dien bien");
    expect(searchTerm("Nghệ An".normalize("NFD"))).toBe("nghe an");
  });

  it("gives each mention row the flat spans, the aliases other than the name and the search terms", () => {
    const { extraction, text } = reportA();
    const rows = reportRows(extraction);
    const dept = rows.mentions.find((m) => m.id === IDS.dept);
    expect(dept?.aliases).toEqual(["Sở"]);
    expect(dept?.searchTerms).toEqual(["so", "so thong tin va truyen thong tinh long an"]);
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
    const organizedRows = rows.relations.find(([t]) => t === "ORGANIZED")?.[1];
    expect(organizedRows).toHaveLength(1);
    const first = organized.evidence[0];
    // Sorted by offset, whatever order the file lists them in.
    expect(organizedRows?.[0]?.evidence).toEqual([`${IDS.reportA}@${first?.start}-${first?.end}`, `${IDS.reportA}@1-4`]);
    expect(rows.counts.relations).toBe(doc.relations.length);
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
