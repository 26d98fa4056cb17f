import { describe, expect, it } from "vitest";
import { expandAbbreviations } from "../../src/domain/gazetteer/abbreviations.js";
import { provinceOfDistrict } from "../../src/domain/gazetteer/districts.js";
import { nationalProgrammeNamed } from "../../src/domain/gazetteer/programmes.js";
import { allProvinces, provinceByName, provinceCode, successorsOf } from "../../src/domain/gazetteer/provinces.js";
import { provinceOfUrl } from "../../src/extract/report-province.js";

describe("provinces from the registries", () => {
  it("holds the 63 provinces before the 2025 reform and the 34 after", () => {
    expect(allProvinces().filter((p) => p.codeBefore)).toHaveLength(63);
    expect(allProvinces().filter((p) => p.codeAfter)).toHaveLength(34);
  });
  it("gives the official code of the report's era", () => {
    const laoCai = provinceByName("Lào Cai");
    expect(laoCai && provinceCode(laoCai, "2020-01-01")).toBe("10");
    expect(laoCai && provinceCode(laoCai, "2025-09-01")).toBe("15");
  });
  it("finds a province by any spelling, tone placement included", () => {
    expect(provinceByName("Hoà Bình")?.id).toBe("province:hoa-binh");
    expect(provinceByName("TP HCM")?.id).toBe("province:thanh-pho-ho-chi-minh");
    expect(provinceByName("Thành phố Hồ Chí Minh")?.name).toBe("Thành phố Hồ Chí Minh");
  });
  it("knows where an old province went in 2025", () => {
    expect(successorsOf("province:ha-giang")).toEqual(["province:tuyen-quang"]);
  });
});

describe("districts", () => {
  it("place a report that names only a district", () => {
    expect(provinceOfDistrict("Lương Sơn")).toBe("province:hoa-binh");
    expect(provinceOfDistrict("Mường Tè", "huyen")).toBe("province:lai-chau");
  });
  it("refuse a district name several provinces share", () => {
    expect(provinceOfDistrict("Châu Thành")).toBeNull();
  });
});

describe("web addresses", () => {
  it("name the province of a portal or paper", () => {
    expect(provinceOfUrl("https://dienbien.gov.vn/portal/x")).toBe("province:dien-bien");
    expect(provinceOfUrl("https://stttt.laocai.gov.vn/tin-tuc")).toBe("province:lao-cai");
    expect(provinceOfUrl("https://baonamdinh.vn/a")).toBe("province:nam-dinh");
    expect(provinceOfUrl("https://baodienbienphu.info.vn/a")).toBe("province:dien-bien");
  });
  it("name none for a national site", () => {
    expect(provinceOfUrl("https://mic.gov.vn/a")).toBeNull();
  });
});

describe("abbreviations and programme names", () => {
  it("spell out the genre's abbreviations", () => {
    expect(expandAbbreviations("Sở TT&TT và UBND tỉnh ứng dụng CNTT")).toBe(
      "Sở Thông tin và Truyền thông và Ủy ban nhân dân tỉnh ứng dụng công nghệ thông tin",
    );
  });
  it("give a shortened national target programme its full name", () => {
    expect(nationalProgrammeNamed("Chương trình mục tiêu quốc gia đưa thông tin về cơ sở")).toBe(
      "Chương trình mục tiêu quốc gia đưa thông tin về cơ sở miền núi, vùng sâu, vùng xa, biên giới và hải đảo",
    );
    // A report that writes the other wording in full keeps it for its shortened mentions.
    const other = "Chương trình mục tiêu quốc gia đưa thông tin về cơ sở miền núi, vùng sâu, vùng xa, biên giới, hải đảo";
    expect(nationalProgrammeNamed("Chương trình mục tiêu quốc gia đưa thông tin về cơ sở", [other])).toBe(other);
  });
});
