import { describe, expect, it } from "vitest";
import { districtsNamed } from "../../src/domain/gazetteer/districts.js";
import type { Extraction } from "../../src/domain/model.js";
import { extract } from "../../src/extract/index.js";
import { findOrganizations } from "../../src/extract/mentions/organizations.js";
import { contextOf } from "./helpers.js";

/**
 * Shapes found in the third and fourth blind development corpora, each tested
 * here with sentences written for this file (no names or events of any corpus).
 */
function run(text: string, publishedOn?: string): { x: Extraction; rels: Set<string> } {
  const x = extract(text, { source: "mau3.txt", ...(publishedOn ? { publishedOn } : {}) });
  return { x, rels: new Set(x.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)) };
}
const orgs = (s: string, p = "province:thanh-hoa") => findOrganizations(contextOf(s, p)).map((o) => o.name);

describe("page dates", () => {
  it("reads a date line above the headline and a date line written in words", () => {
    const above = run(
      "BÁO THANH HÓA > Thời sự\nThứ Hai, 12/05/2025, 16:20 (GMT+7)\n\nHội thảo chuyển đổi số trong nông nghiệp tỉnh Thanh Hóa\n\nSáng 11/5, Sở Khoa học và Công nghệ tỉnh Thanh Hóa tổ chức hội thảo.\n",
    );
    expect(above.x.report.publishedOn).toBe("2025-05-12");
    const words = run(
      "Ngành Thông tin và Truyền thông tổng kết năm 2012\n\nNgày 9 tháng 1 năm 2013\n\nSáng nay, Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2012.\n",
    );
    expect(words.x.report.publishedOn).toBe("2013-01-09");
    expect(words.x.entities.find((e) => e.type === "Conference")?.id).toMatch(/-2013-01-09$/u);
  });
});

describe("organisations", () => {
  it("gives each place of a council list its own council", () => {
    expect(orgs("Dự có đại diện UBND thành phố Sầm Sơn, thị xã Nghi Sơn và các huyện Như Xuân, Quan Hóa.")).toEqual([
      "Ủy ban nhân dân thành phố Sầm Sơn",
      "Ủy ban nhân dân thị xã Nghi Sơn",
      "Ủy ban nhân dân huyện Như Xuân",
      "Ủy ban nhân dân huyện Quan Hóa",
    ]);
    expect(orgs("Lãnh đạo UBND xã Thanh Kỳ và UBND các xã Xuân Du, Yên Lạc cùng dự.")).toEqual([
      "Ủy ban nhân dân xã Thanh Kỳ",
      "Ủy ban nhân dân xã Xuân Du",
      "Ủy ban nhân dân xã Yên Lạc",
    ]);
  });
  it("keeps a Ban Chấp hành Đảng bộ tỉnh apart from the Tỉnh ủy and names old departments", () => {
    expect(orgs("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh; Sở Bưu chính, Viễn thông và Sở Văn hóa - Thông tin cùng thực hiện.")).toEqual([
      "Ban Chấp hành Đảng bộ tỉnh Thanh Hóa",
      "Sở Bưu chính, Viễn thông tỉnh Thanh Hóa",
      "Sở Văn hóa - Thông tin tỉnh Thanh Hóa",
    ]);
  });
  it("ends a body's name where an official's name begins, and keeps commas inside a steering committee's name", () => {
    expect(orgs("Phó Cục trưởng Cục An toàn thông tin Đào Minh Hiếu dự.")).toContain("Cục An toàn thông tin");
    expect(
      orgs(
        "Ông Lò Văn Páo, Trưởng Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh; đại diện Sở Nội vụ.",
      ),
    ).toContain("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Thanh Hóa");
  });
  it("matches district names across the i/y spelling and a dash", () => {
    expect(districtsNamed("Phú Quý").map((d) => d.provinceId)).toEqual(["province:binh-thuan"]);
    expect(districtsNamed("Phan Rang - Tháp Chàm").map((d) => d.provinceId)).toEqual(["province:ninh-thuan"]);
  });
});

describe("events and participation", () => {
  const report = [
    "Ngành Thông tin và Truyền thông Thanh Hóa tổng kết năm 2016",
    "Thứ Tư, 11/01/2017",
    "Chiều 10-1, Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác năm 2016.",
    "Tham dự hội nghị có đồng chí Lê Anh Tuấn, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành; Hội Nhà báo tỉnh, Báo Thanh Hóa.",
    "Năm 2016, Sở phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức giao ban báo chí hằng tháng.",
    "Tham luận tại hội nghị, ông Cầm Bá Xuân, Giám đốc Viễn thông Thanh Hóa kiến nghị tỉnh sớm ban hành quy chế dùng chung hạ tầng.",
    "Phó Chủ tịch UBND tỉnh Lê Anh Tuấn trao Bằng khen của UBND tỉnh cho 3 tập thể. Các tập thể được khen gồm Bưu điện tỉnh Thanh Hóa và Sở Thông tin và Truyền thông.",
  ].join("\n");
  const CONF = "conference:hoi-nghi-tong-ket-cong-tac-nam-2016-thanh-hoa-2017-01-10";
  it("does not make a recurring activity of the year's results an event", () => {
    const { x } = run(report);
    expect(x.entities.filter((e) => e.type === "Conference").map((e) => e.id)).toEqual([CONF]);
  });
  it("counts bodies listed after the attendance word, speakers who propose, and bodies given or giving awards", () => {
    const { rels } = run(report);
    for (const who of [
      "org:hoi-nha-bao-tinh-thanh-hoa",
      "org:bao-thanh-hoa",
      "person:cam-ba-xuan",
      "org:buu-dien-tinh-thanh-hoa",
      "org:uy-ban-nhan-dan-tinh-thanh-hoa",
      "org:so-thong-tin-va-truyen-thong-tinh-thanh-hoa",
    ])
      expect(rels).toContain(`ATTENDED ${who} -> ${CONF}`);
  });
});

describe("requests and who carries documents out", () => {
  it("ends a request where another speaker takes the floor or the text reports", () => {
    const { x } = run(
      "Hội nghị tổng kết năm 2019\n\nNgày 8/1/2020, Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2019. Phát biểu chỉ đạo, đồng chí Lê Anh Tuấn, Phó Chủ tịch UBND tỉnh đề nghị Sở Thông tin và Truyền thông đẩy mạnh chữ ký số. Ông Cầm Bá Xuân, Giám đốc Viễn thông Thanh Hóa chia sẻ kinh nghiệm xây dựng hạ tầng. Hội nghị đã phát động phong trào thi đua năm 2020.\n",
    );
    const labels = x.entities.filter((e) => e.type === "Directive" && e.kind === "INSTRUCTION").map((e) => e.name);
    expect(labels).toEqual(["Đẩy mạnh chữ ký số"]);
  });
  it("makes the department that advises the implementer, not the committee advised", () => {
    const { rels } = run(
      "Tin ngắn về chuyển đổi số của tỉnh\n\nNăm 2020, Sở đã tham mưu UBND tỉnh triển khai Kế hoạch số 35/KH-UBND về chuyển đổi số; Sở Thông tin và Truyền thông tỉnh Thanh Hóa đã hướng dẫn các huyện.\n",
      "2021-01-05",
    );
    expect(rels).toContain("IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-thanh-hoa -> directive:35-kh-ubnd");
    expect(rels).not.toContain("IMPLEMENTS org:uy-ban-nhan-dan-tinh-thanh-hoa -> directive:35-kh-ubnd");
  });
});

describe("shapes of the seventh corpus", () => {
  it("reads a contest and an inspection visit as events, but not a planned training", () => {
    const contest = run(
      "Hội thi Tuyên truyền viên giỏi năm 2016\n\nThứ Sáu, 21/10/2016\n\nNgày 20/10, Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức Hội thi Tuyên truyền viên giỏi năm 2016. Năm 2017, Sở sẽ tổ chức tập huấn kỹ năng số cho cán bộ xã.\n",
    );
    expect(contest.x.entities.filter((e) => e.type === "Conference").map((e) => e.id)).toEqual([
      "conference:hoi-thi-tuyen-truyen-vien-gioi-nam-2016-thanh-hoa-2016-10-20",
    ]);
    const visit = run(
      "Kiểm tra công tác ứng dụng công nghệ thông tin tại huyện Như Xuân\n\nCập nhật: 09/09/2016 07:45\n\nNgày 8/9, Đoàn kiểm tra của Sở Thông tin và Truyền thông do ông Lò Văn Tiến, Phó Giám đốc Sở làm trưởng đoàn đã làm việc với UBND huyện Như Xuân. Kết luận buổi kiểm tra, ông Lò Văn Tiến đề nghị UBND huyện Như Xuân hoàn thành việc số hóa hồ sơ trước ngày 31/12/2016.\n",
    );
    const event = visit.x.entities.find((e) => e.type === "Conference");
    expect(event?.date).toBe("2016-09-08");
    expect(visit.rels).toContain(`ATTENDED person:lo-van-tien -> ${event?.id}`);
    expect(visit.rels).toContain(`ATTENDED org:uy-ban-nhan-dan-huyen-nhu-xuan -> ${event?.id}`);
  });
  it("addresses 'Đối với A, đồng chí đề nghị …' to A and ends the request before it", () => {
    const { x, rels } = run(
      "Hội nghị tổng kết năm 2012\n\nNgày 27/12/2012, Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2012. Đồng chí Lê Anh Tuấn, Phó Chủ tịch UBND tỉnh yêu cầu Viễn thông Thanh Hóa đầu tư máy phát điện dự phòng cho các trạm. Đối với Báo Thanh Hóa, đồng chí đề nghị tăng thời lượng tin bài bằng tiếng Thái.\n",
    );
    const labels = x.entities.filter((e) => e.type === "Directive" && e.kind === "INSTRUCTION").map((e) => [e.id, e.name]);
    expect(labels.map(([, n]) => n).sort()).toEqual([
      "Tăng thời lượng tin bài bằng tiếng Thái",
      "Đầu tư máy phát điện dự phòng cho các trạm",
    ]);
    const tang = labels.find(([, n]) => n?.startsWith("Tăng"))?.[0];
    expect(rels).toContain(`ADDRESSED_TO ${tang} -> org:bao-thanh-hoa`);
  });
  it("addresses a plan to each body it gives a role after 'Theo Kế hoạch,'", () => {
    const { rels } = run(
      "UBND tỉnh ban hành kế hoạch chuyển đổi số\n\nNgày 20/8/2025, UBND tỉnh Thanh Hóa ban hành Kế hoạch số 68/KH-UBND về chuyển đổi số. Theo Kế hoạch, Sở Khoa học và Công nghệ là cơ quan thường trực; Công an tỉnh chủ trì triển khai Đề án 06; UBND các xã có trách nhiệm duy trì tổ công nghệ số.\n",
      "2025-08-21",
    );
    expect([...rels].filter((r) => r.startsWith("ADDRESSED_TO")).sort()).toEqual([
      "ADDRESSED_TO directive:68-kh-ubnd -> org:cong-an-tinh-thanh-hoa",
      "ADDRESSED_TO directive:68-kh-ubnd -> org:so-khoa-hoc-va-cong-nghe-tinh-thanh-hoa",
    ]);
  });
});

describe("names next to places", () => {
  it("reads a four-syllable name after a commune, and no person in 'sông Cửu Long'", () => {
    const { x } = run(
      "Tọa đàm chuyển đổi số cấp xã\n\nNgày 7/10/2025, Sở Khoa học và Công nghệ tỉnh Thanh Hóa tổ chức tọa đàm. Chủ tịch UBND phường Hạc Thành Mai Thị Kiều Oanh phát biểu. Mô hình sẽ được nhân rộng ra các tỉnh Đồng bằng sông Cửu Long.\n",
    );
    const people = x.entities.filter((e) => e.type === "Person").map((e) => e.name);
    expect(people).toEqual(["Mai Thị Kiều Oanh"]);
  });
});

describe("a page with no date", () => {
  it("takes the year from an anniversary the text names", () => {
    const { x } = run(
      "Tọa đàm về báo chí và mạng xã hội\n\n(Baothanhhoa.vn) - Chiều 14-6, Hội Nhà báo tỉnh Thanh Hóa tổ chức tọa đàm nhân kỷ niệm 95 năm Ngày Báo chí cách mạng Việt Nam.\n",
    );
    expect(x.entities.find((e) => e.type === "Conference")?.id).toMatch(/-2020-06-14$/u);
  });
});

describe("a department's units", () => {
  it("names a Phòng with its department; only '(thuộc Sở)' makes it part of it", () => {
    const { rels } = run(
      "Hội nghị tổng kết năm 2022\n\nNgày 29/12/2022, Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2022. Bà Điểu Thị Hạnh, Trưởng phòng Bưu chính - Viễn thông Sở Thông tin và Truyền thông trình bày báo cáo. Ông Lò Văn Lộc, Trưởng phòng Công nghệ thông tin (thuộc Sở) phát biểu.\n",
    );
    const sở = "org:so-thong-tin-va-truyen-thong-tinh-thanh-hoa";
    expect(rels).toContain(
      "HOLDS_POSITION person:dieu-thi-hanh -> org:phong-buu-chinh-vien-thong-so-thong-tin-va-truyen-thong-tinh-thanh-hoa",
    );
    expect(rels).not.toContain(`PART_OF org:phong-buu-chinh-vien-thong-so-thong-tin-va-truyen-thong-tinh-thanh-hoa -> ${sở}`);
    expect(rels).toContain(`PART_OF org:phong-cong-nghe-thong-tin-so-thong-tin-va-truyen-thong-tinh-thanh-hoa -> ${sở}`);
    expect(rels).toContain("HOLDS_POSITION person:lo-van-loc -> org:phong-cong-nghe-thong-tin-so-thong-tin-va-truyen-thong-tinh-thanh-hoa");
  });
});

describe("plans announced by a department's page", () => {
  const page = [
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THANH HÓA",
    "Trang chủ › Tin tức",
    "",
    "Thanh Hóa ban hành kế hoạch phát triển hạ tầng số năm 2026",
    "",
    "Ngày đăng: 05/11/2025",
    "",
    "Ngày 3/11/2025, UBND tỉnh Thanh Hóa ban hành Kế hoạch số 401/KH-UBND về phát triển hạ tầng số năm 2026. Kế hoạch nhằm triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
    "",
    "Kế hoạch giao Sở Khoa học và Công nghệ là cơ quan thường trực. Sở Xây dựng chủ trì hướng dẫn việc dùng chung hạ tầng. Công an tỉnh bảo đảm an ninh cho hạ tầng số.",
    "",
    "Lò Thị Hiền, Phó Giám đốc Sở KH&CN",
    "",
    "Bài viết khác",
    "› Hội nghị tập huấn kỹ năng số cho cán bộ cấp xã (30/10/2025)",
  ].join("\n");
  it("addresses the plan to each body the paragraph assigns, and has its issuer carry out its purpose", () => {
    const { rels } = run(page);
    for (const org of ["so-khoa-hoc-va-cong-nghe-tinh-thanh-hoa", "so-xay-dung-tinh-thanh-hoa", "cong-an-tinh-thanh-hoa"])
      expect(rels).toContain(`ADDRESSED_TO directive:401-kh-ubnd -> org:${org}`);
    expect(rels).toContain("IMPLEMENTS org:uy-ban-nhan-dan-tinh-thanh-hoa -> directive:57-nq-tw");
  });
  it("finds the byline above a 'Bài viết khác' list, and no event in that list", () => {
    const { x, rels } = run(page);
    expect(rels).toContain("AUTHORED person:lo-thi-hien -> report:mau3");
    expect(x.entities.filter((e) => e.type === "Conference")).toEqual([]);
  });
  it("reads an acting director's title and a department's bracketed short form", () => {
    const { rels } = run(
      "Tập huấn an toàn thông tin\n\nCập nhật ngày: 19-9-2019\n\nNgày 18-9-2019, Sở Thông tin và Truyền thông (TT&TT) tỉnh Thanh Hóa tổ chức lớp tập huấn an toàn thông tin. Bà Hà Thị Vân, Quyền Giám đốc Sở TT&TT dự và phát biểu khai mạc.\n",
    );
    expect([...rels].some((r) => r.startsWith("ORGANIZED org:so-thong-tin-va-truyen-thong-tinh-thanh-hoa -> conference:"))).toBe(true);
    expect(rels).toContain("HOLDS_POSITION person:ha-thi-van -> org:so-thong-tin-va-truyen-thong-tinh-thanh-hoa");
  });
});

describe("former and current titles", () => {
  it("passes over 'nguyên Giám đốc Sở' and keeps the title after 'hiện là'", () => {
    const { rels } = run(
      "Hội nghị tổng kết năm 2021\n\nChiều 11/1/2022, Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2021. Dự hội nghị có ông Lê Văn Hòa, nguyên Giám đốc Sở, hiện là Phó Bí thư Huyện ủy Như Xuân.\n",
    );
    const titles = [...rels].filter((r) => r.startsWith("HOLDS_POSITION person:le-van-hoa"));
    expect(titles).toEqual(["HOLDS_POSITION person:le-van-hoa -> org:huyen-uy-nhu-xuan"]);
  });
});

describe("requests listed as 'Thứ nhất, … Thứ hai, …'", () => {
  it("takes each ordinal item of the next paragraph as a request, addressed to the body it opens with", () => {
    const { x, rels } = run(
      "Hội nghị tổng kết năm 2012\n\nNgày 8/1/2013, Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2012. Đồng chí Lê Anh Tuấn, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị. Đồng chí nhấn mạnh năm 2013 là năm bản lề, ngành cần tập trung vào một số nhiệm vụ trọng tâm.\n\nThứ nhất, Sở Thông tin và Truyền thông phải tăng cường quản lý báo chí. Thứ hai, Viễn thông Thanh Hóa chủ trì phát triển hạ tầng băng rộng.\n",
    );
    const labels = x.entities
      .filter((e) => e.type === "Directive" && e.kind === "INSTRUCTION")
      .map((e) => e.name)
      .sort();
    expect(labels).toEqual(["Chủ trì phát triển hạ tầng băng rộng", "Tăng cường quản lý báo chí"]);
    expect([...rels].filter((r) => r.startsWith("ADDRESSED_TO")).length).toBe(2);
  });
});

describe("the event a report covers", () => {
  it("keeps requests on the dated conference when an undated drill is named among the year's results", () => {
    const { rels } = run(
      "Hội nghị tổng kết năm 2022\n\nNgày 27/12/2022, Sở Thông tin và Truyền thông tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2022. Trong năm, Sở đã tổ chức thành công Diễn tập thực chiến an toàn thông tin, đạt kết quả tốt. Phát biểu chỉ đạo hội nghị, đồng chí Lê Anh Tuấn, Phó Chủ tịch UBND tỉnh đề nghị Sở Thông tin và Truyền thông đẩy mạnh chữ ký số.\n",
    );
    expect([...rels].filter((r) => r.startsWith("ISSUED_AT")).map((r) => r.split(" -> ")[1])).toEqual([
      "conference:hoi-nghi-tong-ket-nam-2022-thanh-hoa-2022-12-27",
    ]);
  });
  it("defines a working visit the body only calls 'buổi làm việc', named from the headline", () => {
    const { x } = run(
      "Sở Thông tin và Truyền thông làm việc với huyện Như Xuân về truyền thanh cơ sở\n\nChiều ngày 21/5/2018, đoàn công tác của Sở Thông tin và Truyền thông tỉnh Thanh Hóa đã làm việc với UBND huyện Như Xuân. Chủ trì buổi làm việc về phía huyện có ông Lò Văn Tiến, Phó Chủ tịch UBND huyện.\n",
    );
    const event = x.entities.find((e) => e.type === "Conference");
    expect(event?.name).toBe("Buổi làm việc với huyện Như Xuân về truyền thanh cơ sở");
    expect(event?.type === "Conference" ? event.date : null).toBe("2018-05-21");
  });
});
