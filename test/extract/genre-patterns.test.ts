import { describe, expect, it } from "vitest";
import type { Entity, Extraction } from "../../src/domain/model.js";
import { scoreReport } from "../../src/extract/evaluate.js";
import { extract } from "../../src/extract/index.js";
import { findConferences } from "../../src/extract/mentions/conferences.js";
import { findOrganizations } from "../../src/extract/mentions/organizations.js";
import { findPersons } from "../../src/extract/mentions/persons.js";
import { findProgrammes } from "../../src/extract/mentions/programmes.js";
import { contextOf } from "./helpers.js";

/**
 * Patterns of the genre, each in sentences written for this test (no names,
 * events or places of any evaluation corpus).
 */
function run(text: string): { x: Extraction; ids: Set<string>; rels: Set<string>; byType: (t: string) => Entity[] } {
  const x = extract(text, { source: "mau.txt" });
  return {
    x,
    ids: new Set(x.entities.map((e) => e.id)),
    rels: new Set(x.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)),
    byType: (t) => x.entities.filter((e) => e.type === t || (t === "Instruction" && e.type === "Directive" && e.kind === "INSTRUCTION")),
  };
}
const orgNames = (s: string, p: string | null = "province:ha-tinh") => findOrganizations(contextOf(s, p)).map((o) => o.name);

describe("page metadata", () => {
  it("skips a masthead in capitals, a menu bar and a section label, and reads a loose date line", () => {
    const { x } = run(
      "BÁO ĐIỆN TỬ HÀ TĨNH\nTrang nhất | Thời sự | Kinh tế | Văn hóa\n\nĐời sống\n\nHà Tĩnh đẩy mạnh chữ ký số trong các cơ quan nhà nước năm nay\n\nThứ Hai, 05/03/2018 | 08:15 |\n\nSáng 4/3, Sở Thông tin và Truyền thông tổ chức hội nghị tập huấn chữ ký số cho cán bộ văn thư.\n\nMinh Châu\n",
    );
    expect(x.report.title).toBe("Hà Tĩnh đẩy mạnh chữ ký số trong các cơ quan nhà nước năm nay");
    expect(x.report.publishedOn).toBe("2018-03-05");
  });
  it("reads a byline whose name has an apostrophe", () => {
    const { x } = run(
      "Tin ngắn về bưu chính công ích\n\nNgày 02/02/2016\n\nSở đã rà soát mạng bưu chính.\n\nĐinh Y'Sô – Phó Giám đốc Sở\n",
    );
    expect(x.report.author).toBe("Đinh Y'Sô");
  });
});

describe("organisation names", () => {
  it("split two bodies joined by 'và' and name district units of enterprises", () => {
    expect(orgNames("Trung tâm Viễn thông Hương Khê và Viettel Hương Khê lắp thêm trạm; Bưu điện huyện Hương Khê phát báo.")).toEqual([
      "Trung tâm Viễn thông Hương Khê",
      "Viettel Hương Khê",
      "Bưu điện huyện Hương Khê",
    ]);
  });
  it("end a name after a company code, before its verb", () => {
    expect(orgNames("Công ty Cổ phần Viễn thông FPT giới thiệu giải pháp camera.", null)).toEqual(["Công ty Cổ phần Viễn thông FPT"]);
  });
  it("read a bare 'UBND huyện' and 'Huyện ủy' as the one district the report names", () => {
    expect(orgNames("Đoàn đến huyện Hương Khê. Chủ tịch UBND huyện và Bí thư Huyện ủy cùng tiếp đoàn.")).toEqual([
      "Ủy ban nhân dân huyện Hương Khê",
      "Huyện ủy Hương Khê",
    ]);
  });
  it("name a Ban of the Tỉnh ủy without a second 'tỉnh', and keep 'và' in a station's name", () => {
    const ctx = contextOf("Ban Tuyên giáo Tỉnh ủy và Đài Phát thanh và Truyền hình tỉnh cùng dự.", "province:ha-tinh");
    const found = findOrganizations(ctx);
    expect(found.map((o) => [o.name, o.kind])).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy Hà Tĩnh", "OTHER"],
      ["Đài Phát thanh và Truyền hình tỉnh Hà Tĩnh", "MEDIA"],
    ]);
  });
  it("keep a bare province name as written for a station, spell out a centre's short name", () => {
    expect(orgNames("Đài Phát thanh - Truyền hình Hà Tĩnh và Trung tâm CNTT&TT Hà Tĩnh")).toEqual([
      "Đài Phát thanh - Truyền hình Hà Tĩnh",
      "Trung tâm Công nghệ thông tin và Truyền thông Hà Tĩnh",
    ]);
  });
  it("read a bare 'VNPT' as the group and 'VNPT <tỉnh>' as the provincial unit", () => {
    expect(orgNames("VNPT và VNPT Hà Tĩnh ký kết")).toEqual(["Tập đoàn Bưu chính Viễn thông Việt Nam", "Viễn thông Hà Tĩnh"]);
  });
  it("know the former postal ministry", () => {
    expect(orgNames("Chỉ thị của Bộ Bưu chính, Viễn thông", null)).toEqual(["Bộ Bưu chính, Viễn thông"]);
  });
});

describe("people", () => {
  it("take 'Đoàn' as a surname but not inside 'Tập đoàn', and a place named as such is no person", () => {
    const ctx = contextOf("Thứ trưởng Bộ TT&TT Đoàn Văn Hậu dự. Tập Đoàn Hoa Sen tài trợ. Đoàn công tác đến xã Hòa Mỹ; Hòa Mỹ có 3 thôn.");
    expect([...new Set(findPersons(ctx).mentions.map((p) => p.name))]).toEqual(["Đoàn Văn Hậu"]);
  });
  it("mark names after 'tác giả' and 'chị' as people", () => {
    const ctx = contextOf("Giải nhất thuộc về tác giả Lê Thu Trang và nhóm do chị Hồ Thị Vân làm trưởng nhóm.");
    expect(findPersons(ctx).mentions.map((p) => p.name)).toEqual(["Lê Thu Trang", "Hồ Thị Vân"]);
  });
  it("give the body opened by a title's last word ('Trưởng phòng …', 'Trưởng Ban …')", () => {
    const ctx = contextOf(
      "Tại huyện Kỳ Anh, bà Trần Thị Hạnh, Trưởng phòng Văn hóa và Thông tin huyện và ông Lê Văn Bình, Trưởng Ban Tuyên giáo Tỉnh ủy cùng dự.",
      "province:ha-tinh",
    );
    expect(findPersons(ctx).claims.map((c) => [c.name, c.title.title, c.title.org?.name])).toEqual([
      ["Trần Thị Hạnh", "Trưởng phòng", "Phòng Văn hóa và Thông tin huyện Kỳ Anh"],
      ["Lê Văn Bình", "Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"],
    ]);
  });
});

describe("events", () => {
  const names = (s: string) =>
    findConferences(contextOf(s, "province:ha-tinh", "2018-03-05"), undefined)
      .filter((c) => c.name)
      .map((c) => [c.name, c.date]);
  it("read a quoted title to its closing quote and spell out abbreviations", () => {
    expect(
      names('Ngày 4/3, Sở tổ chức Hội thảo "Dữ liệu mở - cơ hội cho địa phương". Chiều 5/3, Sở có buổi làm việc với UBND huyện Kỳ Anh.'),
    ).toEqual([
      ["Hội thảo Dữ liệu mở - cơ hội cho địa phương", "2018-03-04"],
      ["Buổi làm việc với Ủy ban nhân dân huyện Kỳ Anh", "2018-03-05"],
    ]);
  });
  it("take 'Tham dự lễ kỷ niệm có …' as the event named before, not a new one", () => {
    expect(names("Sáng 4/3, Sở tổ chức Lễ kỷ niệm 20 năm thành lập ngành. Tham dự lễ kỷ niệm có ông Lê Văn Bình.")).toEqual([
      ["Lễ kỷ niệm 20 năm thành lập ngành", "2018-03-04"],
    ]);
  });
  it("skip an event that is only requested, and date 'chiều cùng ngày' from the event before", () => {
    expect(
      names(
        "Ngày 4/3, Sở tổ chức Hội nghị tổng kết công tác chuyển đổi số. Ông Lê Văn Bình đề nghị các huyện tổ chức tập huấn kỹ năng số cho cán bộ xã. Chiều cùng ngày, Sở tổ chức lớp tập huấn an toàn thông tin cho văn thư.",
      ),
    ).toEqual([
      ["Hội nghị tổng kết công tác chuyển đổi số", "2018-03-04"],
      ["Lớp tập huấn an toàn thông tin cho văn thư", "2018-03-04"],
    ]);
  });
});

const REPORT = `Hà Tĩnh họp bàn về chính quyền số của tỉnh năm nay

Ngày đăng: 06/03/2018

Sáng 5/3, Sở Thông tin và Truyền thông phối hợp với Cục Bưu điện Trung ương (Bộ Thông tin và Truyền thông), Bưu điện tỉnh Hà Tĩnh và Viettel Hà Tĩnh tổ chức Hội nghị bàn giải pháp chính quyền số. Đồng chí Nguyễn Văn Hòa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.

Tham dự hội nghị có lãnh đạo Sở Nội vụ, Sở Tài chính, Công an tỉnh.

Ông Phan Minh Tuấn - Giám đốc Viettel Hà Tĩnh cho biết, đơn vị đã phủ sóng 4G toàn tỉnh. Trung tâm Công nghệ thông tin thuộc Sở đã vận hành trục liên thông.

Báo cáo tại hội nghị, ông Trần Quốc Khánh, Giám đốc Sở cho biết: Thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ, UBND tỉnh đã ban hành Kế hoạch số 880/KH-UBND ngày 02/4/2018 về chính quyền số.

Đồng chí Nguyễn Văn Hòa kiến nghị Bộ hỗ trợ kinh phí; đồng thời đề xuất các doanh nghiệp giảm cước. Kết luận hội nghị, đồng chí Nguyễn Văn Hòa đề nghị Sở Tài chính sớm bố trí kinh phí cho trục liên thông; Sở Nội vụ đưa chỉ số chuyển đổi số vào bình xét thi đua. Đồng chí giao Sở Thông tin và Truyền thông chủ trì xây dựng kho dữ liệu dùng chung của tỉnh. Bộ Thông tin và Truyền thông sẽ tiếp tục hỗ trợ tỉnh.

Nhân dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể.

Lê An
`;

describe("relations of a meeting report", () => {
  const r = run(REPORT);
  const conf = r.byType("Conference")[0]?.id ?? "";
  it("give every co-organiser ORGANIZED, but not the bracketed parent body", () => {
    for (const o of ["so-thong-tin-va-truyen-thong-tinh-ha-tinh", "cuc-buu-dien-trung-uong", "buu-dien-tinh-ha-tinh", "viettel-ha-tinh"])
      expect(r.rels).toContain(`ORGANIZED org:${o} -> ${conf}`);
    expect(r.rels).not.toContain(`ORGANIZED org:bo-thong-tin-va-truyen-thong -> ${conf}`);
  });
  it("read PART_OF from a bracketed parent and from 'thuộc Sở'", () => {
    expect(r.rels).toContain("PART_OF org:cuc-buu-dien-trung-uong -> org:bo-thong-tin-va-truyen-thong");
    expect(r.rels).toContain("PART_OF org:trung-tam-cong-nghe-thong-tin-tinh-ha-tinh -> org:so-thong-tin-va-truyen-thong-tinh-ha-tinh");
  });
  it("give ATTENDED to a 'lãnh đạo' list, a speaker named as subject, and a body giving awards 'nhân dịp này'", () => {
    for (const o of ["so-noi-vu-tinh-ha-tinh", "so-tai-chinh-tinh-ha-tinh", "cong-an-tinh-ha-tinh", "uy-ban-nhan-dan-tinh-ha-tinh"])
      expect(r.rels).toContain(`ATTENDED org:${o} -> ${conf}`);
    expect(r.rels).toContain(`ATTENDED person:phan-minh-tuan -> ${conf}`);
  });
  it("read IMPLEMENTS from 'Thực hiện …, UBND tỉnh đã …' and ISSUED from 'UBND tỉnh đã ban hành'", () => {
    expect(r.rels).toContain("IMPLEMENTS org:uy-ban-nhan-dan-tinh-ha-tinh -> directive:17-nq-cp");
    expect(r.rels).toContain("ISSUED org:uy-ban-nhan-dan-tinh-ha-tinh -> directive:880-kh-ubnd");
  });
  it("take requests with their addressees, and leave out proposals upward and later reporting", () => {
    const instructions = r.byType("Instruction");
    const text = (e: Entity) => e.aliases[0] ?? e.name;
    expect(instructions.map(text).sort()).toEqual(
      [
        "chủ trì xây dựng kho dữ liệu dùng chung của tỉnh",
        "đưa chỉ số chuyển đổi số vào bình xét thi đua",
        "sớm bố trí kinh phí cho trục liên thông",
      ].sort(),
    );
    const addressed = r.x.relations.filter((x) => x.type === "ADDRESSED_TO").map((x) => x.to);
    expect(addressed.sort()).toEqual(
      ["org:so-noi-vu-tinh-ha-tinh", "org:so-tai-chinh-tinh-ha-tinh", "org:so-thong-tin-va-truyen-thong-tinh-ha-tinh"].sort(),
    );
  });
});

describe("requests after 'nhấn mạnh' and 'chỉ đạo'", () => {
  const instructionsOf = (s: string) =>
    run(s)
      .byType("Instruction")
      .map((e) => e.aliases[0] ?? e.name);
  it("count 'nhấn mạnh' only when it asks for something", () => {
    expect(
      instructionsOf(
        "Hội nghị tổng kết công tác năm\n\nNgày đăng: 06/03/2018\n\nSáng 5/3, Sở tổ chức Hội nghị tổng kết công tác năm 2017. Giám đốc Sở Trần Quốc Khánh nhấn mạnh: Năm qua, toàn ngành đã hoàn thành các chỉ tiêu. Phó Chủ tịch UBND tỉnh Nguyễn Văn Hòa nhấn mạnh, các cơ quan cần sử dụng chữ ký số cho mọi văn bản đi.\n",
      ),
    ).toEqual(["các cơ quan cần sử dụng chữ ký số cho mọi văn bản đi"]);
  });
  it("take 'chỉ đạo' followed by whom it orders, not 'phát biểu chỉ đạo'", () => {
    expect(
      instructionsOf(
        "Hội nghị tổng kết công tác năm\n\nNgày đăng: 06/03/2018\n\nSáng 5/3, Sở tổ chức Hội nghị tổng kết công tác năm 2017. Phó Chủ tịch UBND tỉnh Nguyễn Văn Hòa phát biểu chỉ đạo hội nghị. Đồng chí chỉ đạo các sở, ngành rà soát thủ tục hành chính trực tuyến trong quý II.\n",
      ),
    ).toEqual(["các sở, ngành rà soát thủ tục hành chính trực tuyến trong quý II"]);
  });
});

describe("programme names", () => {
  const names = (s: string) => findProgrammes(contextOf(s, "province:ha-tinh"), [], undefined).map((p) => p.name);
  it("end a title-case name at 'thuộc', and keep 'tầm nhìn đến năm' out of it", () => {
    expect(
      names(
        "Huyện triển khai Dự án Hỗ trợ thông tin cơ sở thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững. Sở xây dựng Quy hoạch hạ tầng viễn thông thụ động tỉnh Hà Tĩnh đến năm 2025, tầm nhìn đến năm 2030.",
      ),
    ).toEqual([
      "Dự án Hỗ trợ thông tin cơ sở",
      "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
      "Quy hoạch hạ tầng viễn thông thụ động tỉnh Hà Tĩnh",
    ]);
  });
  it("see no programme in a plan word that only points back ('kế hoạch triển khai đề án, báo cáo …')", () => {
    expect(names("Sở hoàn thiện kế hoạch triển khai đề án, báo cáo UBND tỉnh trong tháng 6.")).toEqual([]);
  });
});

describe("evaluation", () => {
  const doc = (entities: Entity[]): Extraction => ({
    format: "vn-ict-kg/extraction@1",
    report: { id: "report:x", title: "", publishedOn: null, publisher: null, author: null, province: null, source: "x", sha256: "" },
    entities,
    relations: [],
  });
  const conf = (id: string, start: number, end: number, date: string | null): Entity => ({
    id,
    type: "Conference",
    name: id,
    aliases: [],
    mentions: [{ start, end }],
    date,
    year: null,
    province: null,
  });
  it("match conferences by overlapping mentions and the same date, or strictly by id", () => {
    const gold = doc([conf("conference:hoi-nghi-a-2018-03-05", 10, 60, "2018-03-05")]);
    const got = doc([conf("conference:hoi-nghi-a-ngan-2018-03-05", 10, 40, "2018-03-05")]);
    expect(scoreReport(gold, got).entities.get("Conference")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreReport(gold, got, { conferences: "id" }).entities.get("Conference")).toEqual({ tp: 0, fp: 1, fn: 1 });
    const otherDay = doc([conf("conference:hoi-nghi-a-ngan-2018-03-06", 10, 40, "2018-03-06")]);
    expect(scoreReport(gold, otherDay).entities.get("Conference")).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
