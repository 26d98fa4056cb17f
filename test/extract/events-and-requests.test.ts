import { describe, expect, it } from "vitest";
import { validateExtraction } from "../../src/domain/extraction.schema.js";
import type { Entity, Extraction } from "../../src/domain/model.js";
import { findDates } from "../../src/extract/dates.js";
import { extractWithText } from "../../src/extract/extract.js";
import { findOrganizations } from "../../src/extract/mentions/organizations.js";
import { findProgrammes } from "../../src/extract/mentions/programmes.js";
import { contextOf } from "./helpers.js";

/**
 * Event detection, event dates, participation wording and request addressees,
 * each in sentences written for this test (no names, events or places of any
 * evaluation corpus).
 */
function run(text: string) {
  const { extraction: x, text: source } = extractWithText(text, { source: "mau.txt" });
  const named = new Map(x.entities.map((e) => [e.id, e.name]));
  return {
    x,
    source,
    conferences: x.entities.filter((e): e is Extract<Entity, { type: "Conference" }> => e.type === "Conference"),
    rels: (type: string) =>
      x.relations
        .filter((r) => r.type === type)
        .map((r) => `${named.get(r.from) ?? r.from} -> ${named.get(r.to) ?? r.to}`)
        .sort(),
  };
}

const valid = (x: Extraction, text: string) => expect(validateExtraction(x, { text })).toMatchObject({ ok: true });

describe("dates as the genre writes them", () => {
  it("reads 'chiều 5-8' as a date but not a bare range of numbers", () => {
    expect(findDates("Chiều 5-8, hội nghị diễn ra.").map((d) => [d.day, d.month])).toEqual([[5, 8]]);
    expect(findDates("Mỗi xã có từ 5-8 cán bộ.")).toEqual([]);
  });
  it("dates a span of days by its first day", () => {
    expect(findDates("Trong hai ngày 10-11/3, lớp học diễn ra.").map((d) => [d.day, d.month])).toEqual([[10, 3]]);
    expect(findDates("Ngày 14 và 15/10/2021, tại hội trường …").map((d) => [d.day, d.month, d.year])).toEqual([[14, 10, 2021]]);
  });
});

describe("events", () => {
  it("a training course named in the headline, held over a span of days (so undated), chaired and attended ('chủ trì và chỉ đạo', 'có mặt')", () => {
    const { x, source, conferences, rels } = run(
      "Tập huấn kỹ năng số cho cán bộ cấp xã năm 2022\n\nThứ Hai, 14/03/2022 | 09:10\n\nTrong hai ngày 10-11/3, Sở Thông tin và Truyền thông tỉnh Hà Tĩnh tổ chức tập huấn kỹ năng số cho cán bộ cấp xã.\n\nĐồng chí Trần Văn Bình, Phó Giám đốc Sở chủ trì và chỉ đạo lớp tập huấn. Có mặt tại lớp tập huấn có đồng chí Lê Thị Hoa, Trưởng phòng Bưu chính - Viễn thông.\n\nMinh Châu\n",
    );
    valid(x, source);
    expect(conferences).toHaveLength(1);
    // Over several days: no single date (docs/extraction-conventions.md, "Events over several days").
    expect(conferences[0]?.date).toBeNull();
    // The headline is a mention of the event.
    expect(conferences[0]?.mentions.some((m) => m.start === 0)).toBe(true);
    expect(rels("CHAIRED")).toEqual([`Trần Văn Bình -> ${conferences[0]?.name}`]);
    expect(rels("ATTENDED")).toEqual([`Lê Thị Hoa -> ${conferences[0]?.name}`]);
  });
  it("'Chiều 5-8' dates the event; 'dự và phát biểu chỉ đạo' is DIRECTED, 'Cùng dự có' ATTENDED", () => {
    const { conferences, rels } = run(
      "Hội nghị sơ kết 6 tháng đầu năm về chuyển đổi số\n\nThứ Sáu, 05/08/2022\n\nChiều 5-8, UBND tỉnh Hà Tĩnh tổ chức hội nghị sơ kết 6 tháng đầu năm về chuyển đổi số. Đồng chí Nguyễn Văn Sơn, Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo. Cùng dự có đồng chí Phạm Thị Lan, Giám đốc Sở Thông tin và Truyền thông.\n\nHồng Nhung\n",
    );
    expect(conferences.map((c) => c.date)).toEqual(["2022-08-05"]);
    expect(rels("DIRECTED")).toHaveLength(1);
    expect(rels("ATTENDED")).toEqual([`Phạm Thị Lan -> ${conferences[0]?.name}`]);
  });
  it("'Sáng nay' is the publication date; co-chairs ('đồng chủ trì') each chair, a given name 'Tâm' stays in the name", () => {
    const { conferences, rels } = run(
      "Sở Thông tin và Truyền thông tổ chức hội nghị triển khai nhiệm vụ năm 2017\n\nNgày 21/12/2016\n\nSáng nay, Sở Thông tin và Truyền thông tỉnh Hà Tĩnh tổ chức Hội nghị tổng kết công tác năm 2016, triển khai nhiệm vụ năm 2017. Đồng chí Trần Văn Bình, Giám đốc Sở và đồng chí Lê Văn Tâm, Phó Giám đốc Sở đồng chủ trì hội nghị.\n\nVăn Hùng\n",
    );
    expect(conferences.map((c) => c.date)).toEqual(["2016-12-21"]);
    expect(rels("CHAIRED").map((r) => r.split(" -> ")[0])).toEqual(["Lê Văn Tâm", "Trần Văn Bình"]);
  });
  it("a drill dated 'ngày 20 tháng 12 năm 2020', directed by 'dự và chỉ đạo buổi diễn tập'", () => {
    const { conferences, rels } = run(
      "Diễn tập ứng cứu sự cố an toàn thông tin mạng năm 2020\n\nCập nhật: 22/12/2020\n\nNgày 20 tháng 12 năm 2020, tại thành phố Hà Tĩnh, Sở Thông tin và Truyền thông phối hợp với Công an tỉnh tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng. Đồng chí Nguyễn Văn Sơn, Phó Chủ tịch UBND tỉnh Hà Tĩnh dự và chỉ đạo buổi diễn tập.\n\nThu Hà\n",
    );
    expect(conferences.map((c) => c.date)).toEqual(["2020-12-20"]);
    expect(rels("DIRECTED").map((r) => r.split(" -> ")[0])).toEqual(["Nguyễn Văn Sơn"]);
    expect(rels("ORGANIZED")).toHaveLength(2);
  });
  it("a 'buổi tọa đàm' and a working session 'chiều cùng ngày' share the date", () => {
    const { conferences } = run(
      'Tọa đàm về phát triển chính quyền số\n\nThứ Tư, 09/06/2021\n\nNgày 8/6, Hội Nhà báo tỉnh Hà Tĩnh tổ chức buổi tọa đàm "Báo chí với chuyển đổi số".\n\nChiều cùng ngày, Sở Thông tin và Truyền thông có buổi làm việc với Viễn thông Hà Tĩnh về hạ tầng băng rộng.\n\nMinh Châu\n',
    );
    expect(conferences.map((c) => c.date)).toEqual(["2021-06-08", "2021-06-08"]);
  });
  it("an event the headline names and the body calls 'hội nghị' ('tổ chức giao ban'), with the lead's date", () => {
    const { conferences, rels } = run(
      "Giao ban công tác báo chí quý II\n\nThứ Năm, 07/07/2022\n\nSáng 6/7, Ban Tuyên giáo Tỉnh ủy phối hợp với Sở Thông tin và Truyền thông tỉnh Hà Tĩnh tổ chức giao ban công tác báo chí quý II năm 2022.\n\nĐồng chí Võ Thị Mai, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.\n\nThu Hà\n",
    );
    expect(conferences).toHaveLength(1);
    expect(conferences[0]?.date).toBe("2022-07-06");
    expect(rels("CHAIRED").map((r) => r.split(" -> ")[0])).toEqual(["Võ Thị Mai"]);
  });
  it("the headline defines the event when the body only refers to it", () => {
    const { conferences, rels } = run(
      "Hội thảo khoa học về an toàn thông tin trong cơ quan nhà nước\n\nThứ Ba, 11/10/2022\n\nSáng 10/10, tại thành phố Hà Tĩnh, hơn 100 đại biểu đã tham dự hội thảo. Đồng chí Lê Văn Tâm, Phó Giám đốc Sở Thông tin và Truyền thông tỉnh Hà Tĩnh chủ trì hội thảo.\n\nMinh Châu\n",
    );
    expect(conferences).toHaveLength(1);
    expect(conferences[0]?.date).toBe("2022-10-10");
    expect(conferences[0]?.name).toBe("Hội thảo khoa học về an toàn thông tin trong cơ quan nhà nước");
    expect(rels("CHAIRED")).toHaveLength(1);
  });
  it("a document's date in the event sentence is not the event's", () => {
    const { conferences } = run(
      "Tin hoạt động chuyển đổi số trong tháng Ba\n\nThứ Năm, 16/03/2023\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2023 của UBND tỉnh Hà Tĩnh, ngày 15/3, Sở Thông tin và Truyền thông tổ chức Hội nghị tập huấn chuyển đổi số cho cán bộ cấp huyện.\n\nThu Hà\n",
    );
    expect(conferences.map((c) => c.date)).toEqual(["2023-03-15"]);
  });
});

describe("requests and their addressees", () => {
  const text =
    "Hội nghị triển khai chuyển đổi số năm 2023\n\nThứ Ba, 10/01/2023\n\nSáng 9/1, UBND tỉnh Hà Tĩnh tổ chức Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2023. Đồng chí Nguyễn Văn Sơn, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n\nPhát biểu tại hội nghị, đồng chí Nguyễn Văn Sơn giao cho Sở Thông tin và Truyền thông chủ trì xây dựng Đề án phát triển chính quyền số tỉnh Hà Tĩnh. Đồng chí yêu cầu lãnh đạo Sở Nội vụ rà soát thủ tục hành chính trong quý I. Đồng chí cũng đề nghị Viễn thông Hà Tĩnh (VNPT Hà Tĩnh), Viettel Hà Tĩnh mở rộng vùng phủ sóng 4G. Đồng chí đề nghị thời gian tới, Sở Tài chính cân đối kinh phí cho công tác chuyển đổi số.\n\nHồng Nhung\n";
  it("'giao cho', 'yêu cầu lãnh đạo', a bracketed short form and a lead-in all reach the named bodies", () => {
    const { x, source, rels } = run(text);
    valid(x, source);
    const to = rels("ADDRESSED_TO").map((r) => r.split(" -> ")[1]);
    expect(to).toEqual(
      expect.arrayContaining([
        "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh",
        "Sở Nội vụ tỉnh Hà Tĩnh",
        "Viễn thông Hà Tĩnh",
        "Viettel Hà Tĩnh",
        "Sở Tài chính tỉnh Hà Tĩnh",
      ]),
    );
    expect(to).toHaveLength(5);
  });
  it("'giao … chủ trì xây dựng' is a task, not chairing", () => {
    expect(rels(text)).toEqual(["Nguyễn Văn Sơn"]);
    function rels(t: string) {
      return run(t)
        .rels("CHAIRED")
        .map((r) => r.split(" -> ")[0]);
    }
  });
});

describe("programme names", () => {
  const names = (s: string) => findProgrammes(contextOf(s, "province:ha-tinh", "2022-05-10"), [], undefined).map((p) => [p.name, p.period]);
  it("keep a plan's year in its name, and leave a year after 'giai đoạn A-B' to the period", () => {
    expect(names("Sở trình bày dự thảo Kế hoạch ứng dụng chữ ký số năm 2023, trong đó đề xuất nhiều nội dung.")).toEqual([
      ["Kế hoạch ứng dụng chữ ký số năm 2023", "2023"],
    ]);
    expect(names("Sở ban hành Kế hoạch tuyên truyền về chuyển đổi số trong doanh nghiệp nhỏ và vừa năm 2023.")).toEqual([
      ["Kế hoạch tuyên truyền về chuyển đổi số trong doanh nghiệp nhỏ và vừa năm 2023", "2023"],
    ]);
    expect(names("Sở xây dựng Kế hoạch truyền thông về chính quyền số giai đoạn 2021-2025 năm 2022.")).toEqual([
      ["Kế hoạch truyền thông về chính quyền số", "2022"],
    ]);
  });
  it("read 'các' and a coordinated noun inside a proper name, not each body's own plan", () => {
    expect(names("Bộ đang xây dựng Đề án hỗ trợ các trường học khai thác, vận hành thư viện số, dự kiến triển khai từ năm 2024.")).toEqual([
      ["Đề án hỗ trợ các trường học khai thác, vận hành thư viện số", null],
    ]);
    expect(names("Các sở, ngành khẩn trương xây dựng kế hoạch chuyển đổi số của đơn vị mình trong tháng 6.")).toEqual([]);
  });
});

describe("page furniture and names around the story", () => {
  it("reads the date from a line of page furniture below the headline, and from a masthead above it when none follows", () => {
    const below = run(
      "Hà Tĩnh tăng cường chữ ký số trong cơ quan nhà nước\n\n15/03/2022 16:05 Cỡ chữ: A- A+ In trang\n\nSở Thông tin và Truyền thông đã cấp thêm 300 chứng thư số.\n\nMinh Châu\n",
    );
    expect(below.x.report.publishedOn).toBe("2022-03-15");
    const above = run(
      "BÁO MIỀN NÚI ĐIỆN TỬ | Thời sự | Thứ Tư, 16/03/2022 - 07:30\n\nHà Tĩnh tăng cường chữ ký số trong cơ quan nhà nước\n\nSở Thông tin và Truyền thông đã cấp thêm 300 chứng thư số.\n\nMinh Châu\n",
    );
    expect(above.x.report.publishedOn).toBe("2022-03-16");
    const breadcrumb = run(
      "Báo Miền Núi điện tử - Kinh tế - Công nghệ\n\nHà Tĩnh tăng cường chữ ký số trong cơ quan nhà nước\n\n17/03/2022 - 06:42\n\nSở Thông tin và Truyền thông đã cấp thêm 300 chứng thư số.\n\nMinh Châu\n",
    );
    expect(breadcrumb.x.report.title).toBe("Hà Tĩnh tăng cường chữ ký số trong cơ quan nhà nước");
    expect(breadcrumb.x.report.publishedOn).toBe("2022-03-17");
  });
  it("finds the byline above a list of related articles", () => {
    const { x } = run(
      "Hà Tĩnh tăng cường chữ ký số trong cơ quan nhà nước\n\nThứ Ba, 15/03/2022\n\nSở Thông tin và Truyền thông đã cấp thêm 300 chứng thư số.\n\nMinh Châu\n\nBài viết cùng chuyên mục\n· Hà Tĩnh phát triển thêm 200 trạm phát sóng\n· Tập huấn an toàn thông tin cho cán bộ cấp xã\n",
    );
    expect(x.report.author).toBe("Minh Châu");
  });
  it("reads 'PCT', 'GĐ' as titles, and a name after 'Phát triển nông thôn' as a person", () => {
    const { x, rels } = run(
      "Hội nghị chuyển đổi số nông nghiệp năm 2024\n\nThứ Sáu, 12/04/2024\n\nNgày 11/4, UBND tỉnh Hà Tĩnh tổ chức hội nghị chuyển đổi số trong nông nghiệp. PCT UBND tỉnh Nguyễn Văn Sơn chủ trì hội nghị. Tham dự có GĐ Sở Thông tin và Truyền thông Trần Văn Bình và Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn Lê Văn Tâm.\n\nThu Hà\n",
    );
    const people = x.entities.filter((e) => e.type === "Person").map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(["Nguyễn Văn Sơn", "Trần Văn Bình", "Lê Văn Tâm"]));
    expect(rels("HOLDS_POSITION")).toEqual(
      expect.arrayContaining([
        "Nguyễn Văn Sơn -> Ủy ban nhân dân tỉnh Hà Tĩnh",
        "Trần Văn Bình -> Sở Thông tin và Truyền thông tỉnh Hà Tĩnh",
        "Lê Văn Tâm -> Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh",
      ]),
    );
    expect(rels("ATTENDED").map((r) => r.split(" -> ")[0])).toEqual(["Lê Văn Tâm", "Trần Văn Bình"]);
  });
  it("'… do A phối hợp với B tổ chức chiều 17-1': both organised it; 'đại diện Hội Nông dân tỉnh, …' attended", () => {
    const { conferences, rels } = run(
      'Diễn đàn nông dân với thương mại điện tử\n\n18/01/2025 - 09:10 | Kinh tế\n\nHơn 100 nông dân đã tham dự diễn đàn "Nông dân với thương mại điện tử" do Sở Thông tin và Truyền thông phối hợp với Sở Công Thương tỉnh Hà Tĩnh tổ chức chiều 17-1. Cùng dự có đại diện Hội Nông dân tỉnh, Bưu điện tỉnh Hà Tĩnh và Tỉnh Đoàn.\n\nThu Hà\n',
    );
    expect(conferences.map((c) => c.date)).toEqual(["2025-01-17"]);
    expect(rels("ORGANIZED").map((r) => r.split(" -> ")[0])).toEqual([
      "Sở Công Thương tỉnh Hà Tĩnh",
      "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh",
    ]);
    expect(rels("ATTENDED").map((r) => r.split(" -> ")[0])).toEqual([
      "Bưu điện tỉnh Hà Tĩnh",
      "Hội Nông dân tỉnh Hà Tĩnh",
      "Tỉnh Đoàn Hà Tĩnh",
    ]);
  });
});

describe("documents, requests and bodies in running text", () => {
  it("an event 'nhằm triển khai' a directive is carried out by its organisers; a passive 'được … phê duyệt tại' names the issuer", () => {
    const { rels } = run(
      "Diễn tập an toàn thông tin năm 2021\n\nThứ Hai, 20/09/2021\n\nSáng 19/9, Sở Thông tin và Truyền thông tỉnh Hà Tĩnh tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng. Buổi diễn tập nhằm triển khai Chỉ thị số 14/CT-TTg ngày 7/6/2019 của Thủ tướng Chính phủ. Kế hoạch diễn tập được Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số 1234/QĐ-UBND ngày 2/8/2021.\n\nThu Hà\n",
    );
    expect(rels("IMPLEMENTS")).toContain("Sở Thông tin và Truyền thông tỉnh Hà Tĩnh -> Chỉ thị số 14/CT-TTg");
    expect(rels("ISSUED")).toContain("Ủy ban nhân dân tỉnh Hà Tĩnh -> Quyết định số 1234/QĐ-UBND");
  });
  it("'giao các phòng chuyên môn …' is an instruction; '… và tuyên truyền …' after a full request is a second one", () => {
    const { x } = run(
      "Hội nghị sơ kết công tác 6 tháng năm 2019\n\nThứ Sáu, 12/07/2019\n\nSáng 11/7, Sở Thông tin và Truyền thông tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Giám đốc Sở Trần Văn Bình chủ trì hội nghị.\n\nGiám đốc Sở Trần Văn Bình giao các phòng chuyên môn rà soát, bổ sung nhiệm vụ 6 tháng cuối năm. Ông giao Trung tâm Công nghệ thông tin và Truyền thông hoàn thiện cổng dịch vụ công trong tháng 8 và tuyên truyền để người dân sử dụng dịch vụ công trực tuyến.\n\nThu Hà\n",
    );
    const labels = x.entities.filter((e) => e.type === "Directive" && e.kind === "INSTRUCTION").map((e) => e.name);
    expect(labels).toHaveLength(3);
    expect(labels.some((l) => l.includes("rà soát, bổ sung"))).toBe(true);
    expect(labels.some((l) => l.startsWith("Tuyên truyền"))).toBe(true);
  });
  it("reads a Cục's name past 'thực' (not 'thực hiện'), stops at a verb, and leaves out an outlet opening the lead", () => {
    const names = orgNames(
      "Sở sẽ phối hợp với Cục Chứng thực số và Bảo mật thông tin tổ chức tập huấn; Cục An toàn thông tin đảm nhiệm kịch bản.",
    );
    expect(names).toEqual(expect.arrayContaining(["Cục Chứng thực số và Bảo mật thông tin", "Cục An toàn thông tin"]));
    const { x } = run(
      "Hội nghị báo chí quý III năm 2023\n\nThứ Ba, 10/10/2023\n\nBáo Hà Tĩnh - Sáng 9/10, Sở Thông tin và Truyền thông tỉnh Hà Tĩnh tổ chức hội nghị báo chí quý III.\n\nThu Hà\n",
    );
    expect(x.entities.some((e) => e.name === "Báo Hà Tĩnh")).toBe(false);
  });
  it("keeps 'A, B và C' inside a programme's proper name", () => {
    expect(
      names(
        "UBND tỉnh triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia.",
      ),
    ).toEqual([["Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia", null]]);
  });
});

function orgNames(s: string): string[] {
  return findOrganizations(contextOf(s, "province:ha-tinh", "2022-05-10")).map((o) => o.name);
}
function names(s: string) {
  return findProgrammes(contextOf(s, "province:ha-tinh", "2022-05-10"), [], undefined).map((p) => [p.name, p.period]);
}

describe("award winners and speakers", () => {
  it("'Giải Nhất thuộc về em A', schools and a district youth union as winners, '… , cho biết' as a speaker", () => {
    const { rels, x } = run(
      "Trao giải Cuộc thi tìm hiểu chuyển đổi số năm 2023\n\nThứ Ba, 26/12/2023 | 17:20 |\n\nSáng 26/12, Sở Thông tin và Truyền thông tỉnh Hà Tĩnh tổ chức lễ tổng kết và trao giải Cuộc thi tìm hiểu chuyển đổi số năm 2023.\n\nBan Tổ chức đã trao giải tập thể cho Huyện Đoàn Hương Khê và Trường THPT Phan Đình Phùng. Giải Nhất thuộc về em Trần Thị Mai Anh, học sinh Trường THPT Phan Đình Phùng.\n\nÔng Lê Văn Tâm, Bí thư Tỉnh Đoàn, cho biết năm 2024 sẽ mở rộng cuộc thi.\n\nThu Hà\n",
    );
    const attended = rels("ATTENDED").map((r) => r.split(" -> ")[0]);
    expect(attended).toEqual(
      expect.arrayContaining(["Trần Thị Mai Anh", "Lê Văn Tâm", "Huyện Đoàn Hương Khê", "Trường THPT Phan Đình Phùng"]),
    );
    const school = x.entities.find((e) => e.name === "Trường THPT Phan Đình Phùng");
    expect(school).toMatchObject({ type: "Organization", province: null });
    expect(x.entities.some((e) => e.name === "Huyện Đoàn Hương Khê")).toBe(true);
  });
});

describe("delegations and requests that end on a date", () => {
  it("'Tham gia đoàn có lãnh đạo Cục A, Cục B' attended; a request ending '… trước ngày 30/6/2022.' leaves the next sentence to its own addressee", () => {
    const { rels } = run(
      "Bộ Thông tin và Truyền thông làm việc với tỉnh Hà Tĩnh\n\nThứ Ba, 14/05/2024\n\nSáng 14/5, đoàn công tác của Bộ Thông tin và Truyền thông có buổi làm việc với UBND tỉnh Hà Tĩnh về chuyển đổi số. Tham gia đoàn có lãnh đạo Cục Viễn thông, Cục Chuyển đổi số quốc gia.\n\nChủ tịch UBND tỉnh Nguyễn Văn Sơn yêu cầu các sở, ngành hoàn thành số hóa hồ sơ trước ngày 30/6/2024. Công an tỉnh làm đầu mối, đẩy nhanh tiến độ làm sạch dữ liệu dân cư.\n\nThu Hà\n",
    );
    expect(rels("ATTENDED").map((r) => r.split(" -> ")[0])).toEqual(
      expect.arrayContaining(["Cục Viễn thông", "Cục Chuyển đổi số quốc gia"]),
    );
    expect(rels("ADDRESSED_TO").map((r) => r.split(" -> ")[1])).toEqual(["Công an tỉnh Hà Tĩnh"]);
  });
});

describe("Markdown-like layout", () => {
  it("reads bold names, a bulleted attendance list under its heading and a numbered list of requests", () => {
    const { rels, conferences } = run(
      "# Tổng kết và trao giải Hội thi tin học trẻ năm 2022\n\n*Thứ Hai, 28/11/2022*\n\nSáng 27/11, Sở Thông tin và Truyền thông tỉnh Hà Tĩnh phối hợp với Tỉnh Đoàn tổ chức **lễ tổng kết và trao giải Hội thi tin học trẻ năm 2022**.\n\n## Thành phần tham dự\n\n- Đồng chí **Nguyễn Văn Sơn**, Phó Chủ tịch UBND tỉnh;\n- Đồng chí **Trần Văn Bình**, Giám đốc Sở Thông tin và Truyền thông;\n- Đại diện lãnh đạo Viễn thông Hà Tĩnh, Viettel Hà Tĩnh.\n\n## Chỉ đạo của lãnh đạo tỉnh\n\nPhát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn đề nghị:\n\n1. Sở Thông tin và Truyền thông tiếp tục tổ chức hội thi hằng năm;\n2. Tỉnh Đoàn mở rộng đối tượng tham gia đến học sinh trung học cơ sở.\n\nThu Hà\n",
    );
    expect(conferences).toHaveLength(1);
    expect(conferences[0]?.name).toBe("Lễ tổng kết và trao giải Hội thi tin học trẻ năm 2022");
    expect(rels("ATTENDED").map((r) => r.split(" -> ")[0])).toEqual([
      "Nguyễn Văn Sơn",
      "Trần Văn Bình",
      "Viettel Hà Tĩnh",
      "Viễn thông Hà Tĩnh",
    ]);
    expect(
      rels("ADDRESSED_TO")
        .map((r) => r.split(" -> ")[1])
        .sort(),
    ).toEqual(["Sở Thông tin và Truyền thông tỉnh Hà Tĩnh", "Tỉnh Đoàn Hà Tĩnh"]);
  });
});

describe("event sentences in other shapes", () => {
  const lead = (sentence: string) =>
    run(`Tin hoạt động chuyển đổi số của tỉnh trong tuần\n\nThứ Năm, 16/03/2023 | 10:00\n\n${sentence}\n\nThu Hà\n`).conferences.map(
      (c) => [c.name, c.date],
    );
  it("an event opening its paragraph under a date line that ends in a time, 'đã diễn ra vào sáng 15/3'", () => {
    expect(lead("Hội nghị tổng kết công tác thông tin và truyền thông năm 2022 đã diễn ra vào sáng 15/3 tại thành phố Hà Tĩnh.")).toEqual([
      ["Hội nghị tổng kết công tác thông tin và truyền thông năm 2022", "2023-03-15"],
    ]);
  });
  it("'buổi tọa đàm về …' with no date is the publication day; 'Sáng 15.3' is a date", () => {
    expect(lead("Sở Thông tin và Truyền thông vừa tổ chức buổi tọa đàm về phát triển kinh tế số.")).toEqual([
      ["Buổi tọa đàm về phát triển kinh tế số", "2023-03-16"],
    ]);
    expect(lead("Sáng 15.3, Ban Chỉ đạo chuyển đổi số tỉnh Hà Tĩnh tổ chức phiên họp thứ nhất năm 2023.")).toEqual([
      ["Phiên họp thứ nhất năm 2023", "2023-03-15"],
    ]);
  });
});
