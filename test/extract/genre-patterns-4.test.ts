import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/domain/model.js";
import { extract } from "../../src/extract/index.js";

/**
 * Shapes found in the test corpora once they had been scored and became
 * development material (heldout5, 6, 9, 11 and the first corpus's test
 * split), each tested with sentences written for this file.
 */
function run(text: string, publishedOn?: string): { x: Extraction; rels: Set<string> } {
  const x = extract(text, { source: "mau4.txt", ...(publishedOn ? { publishedOn } : {}) });
  return { x, rels: new Set(x.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)) };
}
const conference = (x: Extraction) => x.entities.find((e) => e.type === "Conference");

describe("page layouts", () => {
  it("reads a headline in capitals with a colon, and dates the event by the body, not by the page's date line", () => {
    const { x } = run(
      "Trang chủ > Tin hoạt động\n\nYÊN BÁI: TỔNG KẾT CÔNG TÁC THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2012\n\n08/01/2013 - Lượt xem: 311\n\nChiều 7/1, Sở Thông tin và Truyền thông tỉnh Yên Bái tổ chức hội nghị tổng kết công tác năm 2012, triển khai nhiệm vụ năm 2013.\n\nĐồng chí Hà Văn Lâm, Giám đốc Sở chủ trì hội nghị.\n",
    );
    expect(x.report.title).toMatch(/^YÊN BÁI: TỔNG KẾT/u);
    expect(x.report.publishedOn).toBe("2013-01-08");
    expect(conference(x)?.date).toBe("2013-01-07");
  });

  it("takes a place name over the breadcrumb for the site, not the headline, and reads a weekday date line with a counter", () => {
    const { x } = run(
      'Thành phố Cần Thơ\nTrang chủ » Khoa học - Công nghệ » Chuyển đổi số\n\nDiễn đàn chuyển đổi số vùng đồng bào Khmer\n\nThứ Năm, 20/11/2025 - 09:40 | 👁 512\n\nNgày 19/11, tại phường Cái Răng, Sở Khoa học và Công nghệ thành phố Cần Thơ tổ chức diễn đàn "Chuyển đổi số vùng đồng bào dân tộc thiểu số".\n',
    );
    expect(x.report.title).toBe("Diễn đàn chuyển đổi số vùng đồng bào Khmer");
    expect(x.report.publishedOn).toBe("2025-11-20");
    expect(conference(x)?.date).toBe("2025-11-19");
  });

  it("skips a portal's name in capitals above a labelled date", () => {
    const { x } = run(
      'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI\n\nNgày đăng: 14/03/2019\n\nHội thảo "Chính quyền điện tử cấp xã"\n\nSáng 13/3, Sở Thông tin và Truyền thông tỉnh Gia Lai tổ chức hội thảo "Chính quyền điện tử cấp xã".\n',
    );
    expect(x.report.title).toBe('Hội thảo "Chính quyền điện tử cấp xã"');
    expect(conference(x)?.date).toBe("2019-03-13");
  });
});
