import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates.js";
import { findConferences } from "../../src/extract/mentions/conferences.js";
import { findDirectives } from "../../src/extract/mentions/directives.js";
import { findInstructions } from "../../src/extract/mentions/instructions.js";
import { findOrganizations } from "../../src/extract/mentions/organizations.js";
import { findPersons } from "../../src/extract/mentions/persons.js";
import { findProgrammes } from "../../src/extract/mentions/programmes.js";
import { contextOf } from "./helpers.js";

describe("dates", () => {
  it("reads day/month with and without a year, and worded dates", () => {
    const found = findDates("Ngày 9/1, chiều 17/1/2019 và ngày 24 tháng 4 năm 2017; doanh thu 1.751 tỷ");
    expect(found.map((d) => [d.day, d.month, d.year])).toEqual([
      [9, 1, null],
      [17, 1, 2019],
      [24, 4, 2017],
    ]);
  });
});

describe("organisations", () => {
  const names = (s: string, p?: string | null) => findOrganizations(contextOf(s, p)).map((o) => o.name);
  it("spell out a department and place it in the report's province", () => {
    expect(names("Sở TT&TT tổ chức hội nghị")).toEqual(["Sở Thông tin và Truyền thông tỉnh Lạng Sơn"]);
  });
  it("take the province the words name", () => {
    expect(names("Sở TTTT Nghệ An và UBND tỉnh Điện Biên")).toEqual([
      "Sở Thông tin và Truyền thông tỉnh Nghệ An",
      "Ủy ban nhân dân tỉnh Điện Biên",
    ]);
  });
  it("distribute 'tỉnh' over a list of provincial bodies", () => {
    expect(names("kết nối từ Tỉnh ủy, HĐND, UBND tỉnh")).toEqual([
      "Tỉnh ủy Lạng Sơn",
      "Hội đồng nhân dân tỉnh Lạng Sơn",
      "Ủy ban nhân dân tỉnh Lạng Sơn",
    ]);
  });
  it("skip generic bodies such as 'UBND các huyện' and the sector", () => {
    expect(names("UBND các huyện, UBND cấp xã và ngành Thông tin và Truyền thông")).toEqual([]);
  });
  it("tell the Government from e-government", () => {
    expect(names("Nghị định của Chính phủ về xây dựng chính phủ điện tử")).toEqual(["Chính phủ"]);
  });
  it("name enterprise branches by brand and province", () => {
    expect(names("Chi nhánh Viettel Thái Nguyên, Viễn Thông Thái Nguyên và FPT Thái Nguyên")).toEqual([
      "Viettel Thái Nguyên",
      "Viễn thông Thái Nguyên",
      "FPT Thái Nguyên",
    ]);
  });
  it("name a city-province's bodies with 'thành phố'", () => {
    expect(names("UBND thành phố Cần Thơ", "province:can-tho")).toEqual(["Ủy ban nhân dân thành phố Cần Thơ"]);
  });
  it("name a district body with its district", () => {
    expect(names("Chủ tịch UBND huyện Mường Tè")).toEqual(["Ủy ban nhân dân huyện Mường Tè"]);
  });
});

describe("people and their titles", () => {
  const claims = (s: string) => findPersons(contextOf(s)).claims.map((c) => `${c.name} | ${c.title.title} | ${c.title.org?.name ?? "-"}`);
  it("read 'đồng chí X, title'", () => {
    expect(claims("Dự có đồng chí Lê Văn Quý, Phó Chủ tịch UBND tỉnh.")).toEqual([
      "Lê Văn Quý | Phó Chủ tịch | Ủy ban nhân dân tỉnh Lạng Sơn",
    ]);
  });
  it("read a title before the name", () => {
    expect(claims("Giám đốc Sở TT&TT Trịnh Minh Châu cho biết")).toEqual([
      "Trịnh Minh Châu | Giám đốc | Sở Thông tin và Truyền thông tỉnh Lạng Sơn",
    ]);
  });
  it("read several titles of one person", () => {
    expect(claims("đồng chí Hoàng Gia Long, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh dự")).toEqual([
      "Hoàng Gia Long | Ủy viên Ban Thường vụ | Tỉnh ủy Lạng Sơn",
      "Hoàng Gia Long | Phó Chủ tịch | Ủy ban nhân dân tỉnh Lạng Sơn",
    ]);
  });
  it("share a title over a colon list", () => {
    expect(claims("Sở TT&TT và các đồng chí Phó Giám đốc Sở: Phan Nguyên Hào, Nguyễn Bá Hảo chủ trì")).toEqual([
      "Phan Nguyên Hào | Phó Giám đốc | Sở",
      "Nguyễn Bá Hảo | Phó Giám đốc | Sở",
    ]);
  });
  it("read ethnic-minority names", () => {
    const people = findPersons(
      contextOf("có các đồng chí Giàng Seo Phử, Bí thư Tỉnh ủy; Y Giang Gry Niê Knơng - Phó Chủ tịch UBND tỉnh"),
    ).mentions;
    expect(people.map((p) => p.name)).toEqual(["Giàng Seo Phử", "Y Giang Gry Niê Knơng"]);
  });
  it("resolve a later bare title to the person named with it", () => {
    const { mentions } = findPersons(
      contextOf("Đồng chí Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh dự. Sau đó, đồng chí Phó Chủ tịch UBND tỉnh đề nghị"),
    );
    expect(mentions.filter((m) => m.via === "title").map((m) => m.name)).toEqual(["Nguyễn Long Hải"]);
  });
  it("do not take a place for a person", () => {
    expect(findPersons(contextOf("Công tác thông tin Thái Nguyên Năm 2018")).mentions).toEqual([]);
  });
});

describe("conferences", () => {
  it("name the event from its noun to the end of its clause, dated from context", () => {
    const [c] = findConferences(
      contextOf("Ngày 9/1, Sở tổ chức Hội nghị tổng kết năm 2020, triển khai nhiệm vụ năm 2021. Dự hội nghị có ..."),
      undefined,
    );
    expect(c).toMatchObject({ name: "Hội nghị tổng kết năm 2020, triển khai nhiệm vụ năm 2021", date: "2021-01-09" });
  });
  it("count events that are not called 'hội nghị'", () => {
    const found = findConferences(contextOf("Sáng 7/10, UBND tỉnh tổ chức Lễ ký kết thỏa thuận hợp tác về chuyển đổi số."), undefined);
    expect(found[0]?.name).toBe("Lễ ký kết thỏa thuận hợp tác về chuyển đổi số");
  });
  it("ignore counts of meetings", () => {
    expect(findConferences(contextOf("Sở đã tổ chức 11 cuộc hội nghị giao ban trực tuyến."), undefined).filter((c) => c.name)).toEqual([]);
  });
});

describe("documents", () => {
  it("read number, kind, date and issuer", () => {
    const [d] = findDirectives(contextOf("theo Nghị định số 49/2017/NĐ-CP ngày 24/4/2017 của Chính phủ."));
    expect(d).toMatchObject({ number: "49/2017/NĐ-CP", kind: "DECREE", issuedOn: "2017-04-24", name: "Nghị định số 49/2017/NĐ-CP" });
    expect(d?.issuer?.name).toBe("Chính phủ");
  });
  it("read party codes", () => {
    expect(findDirectives(contextOf("Nghị quyết số 52-NQ/TW của Bộ Chính trị"))[0]).toMatchObject({
      number: "52-NQ/TW",
      kind: "RESOLUTION",
    });
    expect(findDirectives(contextOf("Quyết định 749/QĐ-TTg"))[0]).toMatchObject({ number: "749/QĐ-TTg", kind: "DECISION" });
  });
  it("name a resolution known only by its issuer", () => {
    expect(findDirectives(contextOf("Nghị quyết 26 của Bộ Chính trị về phương hướng"))[0]?.name).toBe("Nghị quyết 26 của Bộ Chính trị");
  });
});

describe("programmes", () => {
  const found = (s: string) => findProgrammes(contextOf(s), [], undefined).map((p) => [p.name, p.kind, p.period]);
  it("take the period out of the name", () => {
    expect(found("Triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016-2020;")).toEqual([
      ["Chương trình mục tiêu quốc gia giảm nghèo bền vững", "NATIONAL_TARGET_PROGRAMME", "2016-2020"],
    ]);
  });
  it("keep a nested project inside a plan", () => {
    expect(found("thực hiện kế hoạch triển khai đề án số hóa truyền dẫn, phát sóng truyền hình mặt đất trên địa bàn tỉnh.")).toEqual([
      ["Kế hoạch triển khai đề án số hóa truyền dẫn, phát sóng truyền hình mặt đất trên địa bàn tỉnh Lạng Sơn", "PLAN", null],
      ["Đề án số hóa truyền dẫn, phát sóng truyền hình mặt đất", "PROJECT", null],
    ]);
  });
  it("ignore generic plans", () => {
    expect(found("hoàn thành kế hoạch năm 2018 và các quy hoạch, kế hoạch, đề án của ngành; đạt 102% kế hoạch.")).toEqual([]);
  });
  it("take a quoted name without its quotes", () => {
    expect(found("Triển khai dự án “Truyền thông và giảm nghèo về thông tin” thuộc chương trình")[0]?.[0]).toBe(
      "Dự án Truyền thông và giảm nghèo về thông tin",
    );
  });
});

describe("instructions", () => {
  const find = (s: string) => {
    const ctx = contextOf(s);
    return findInstructions(ctx, findPersons(ctx).mentions).map((i) => [i.speaker, ctx.index.text.slice(i.start, i.end)]);
  };
  it("split a request list at semicolons and follow it to the paragraph's end", () => {
    const got = find(
      "Đồng chí Lê Văn Quý, Phó Chủ tịch UBND tỉnh đề nghị: ngành cần đẩy mạnh tuyên truyền dịch vụ công; thực hiện quyết liệt việc gửi văn bản điện tử. Đối với báo chí, cần tăng cường quản lý nhà nước về báo chí.",
    );
    expect(got.map((g) => g[0])).toEqual(["Lê Văn Quý", "Lê Văn Quý", "Lê Văn Quý"]);
    expect(got[1]?.[1]).toBe("thực hiện quyết liệt việc gửi văn bản điện tử");
  });
  it("resolve 'đồng chí yêu cầu' to the official last named", () => {
    const got = find(
      "Phát biểu, đồng chí Huỳnh Thanh Điền - Phó Chủ tịch UBND tỉnh đánh giá cao kết quả.\n\nNăm 2014, đồng chí yêu cầu Ngành tiếp tục thực hiện có hiệu quả công tác quản lý.",
    );
    expect(got).toEqual([["Huỳnh Thanh Điền", "Ngành tiếp tục thực hiện có hiệu quả công tác quản lý"]]);
  });
  it("ignore requests nobody gives", () => {
    expect(find("Hạ tầng đáp ứng yêu cầu; Sở đề nghị bổ sung kinh phí.")).toEqual([]);
  });
});
