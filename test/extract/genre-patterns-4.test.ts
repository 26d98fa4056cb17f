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

describe("who carries out a document", () => {
  it("gives an event's organisers every document it is held under or serves, coordinated ones included", () => {
    const { rels } = run(
      "Diễn tập ứng cứu sự cố an toàn thông tin mạng tỉnh Hưng Yên\n\nNgày 12/10/2022, Sở Thông tin và Truyền thông phối hợp với Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng tỉnh Hưng Yên năm 2022.\n\nCuộc diễn tập được tổ chức theo Kế hoạch số 77/KH-UBND ngày 2/6/2022 của UBND tỉnh, nhằm thực hiện Chỉ thị số 14/CT-TTg ngày 7/6/2019 của Thủ tướng Chính phủ và Quyết định số 05/2017/QĐ-TTg ngày 16/3/2017 của Thủ tướng Chính phủ.\n",
    );
    for (const org of ["org:so-thong-tin-va-truyen-thong-tinh-hung-yen", "org:trung-tam-ung-cuu-khan-cap-khong-gian-mang-viet-nam"])
      for (const doc of ["directive:77-kh-ubnd", "directive:14-ct-ttg", "directive:05-2017-qd-ttg"])
        expect(rels).toContain(`IMPLEMENTS ${org} -> ${doc}`);
    // The plan's issuer issued it; the event's purpose is not the plan's.
    expect(rels).not.toContain("IMPLEMENTS org:uy-ban-nhan-dan-tinh-hung-yen -> directive:14-ct-ttg");
  });

  it("gives a numbered plan's purpose to its issuer", () => {
    const { rels } = run(
      "Triển khai chuyển đổi số năm 2024\n\nNgày 5/3/2024, Sở Thông tin và Truyền thông tỉnh Phú Yên tổ chức hội nghị triển khai Kế hoạch số 41/KH-UBND ngày 20/2/2024 của UBND tỉnh về thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.\n",
    );
    expect(rels).toContain("IMPLEMENTS org:uy-ban-nhan-dan-tinh-phu-yen -> directive:52-nq-tw");
  });

  it("gives the tasks a body sets itself to that body", () => {
    const { rels } = run(
      "Sở Thông tin và Truyền thông tỉnh Bạc Liêu tổng kết năm 2013\n\nNgày 8/1/2014, Sở Thông tin và Truyền thông tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác năm 2013.\n\nNăm 2014, Sở Thông tin và Truyền thông xác định các nhiệm vụ trọng tâm:\n- Triển khai Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.\n- Nâng cao chất lượng hệ thống truyền thanh cơ sở.\n- Tiếp tục thực hiện Quyết định số 2411/QĐ-UBND ngày 30/12/2013 của UBND tỉnh.\n",
    );
    expect(rels).toContain(
      "IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-bac-lieu -> programme:chuong-trinh-quoc-gia-ve-ung-dung-cong-nghe-thong-tin-trong-hoat-dong-cua-co-quan-nha-nuoc",
    );
    expect(rels).toContain("IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-bac-lieu -> directive:2411-qd-ubnd");
  });
});

describe("taking part", () => {
  const report = (body: string) =>
    run(
      `Tổng kết công tác thông tin và truyền thông năm 2016\n\nNgày 28/12/2016, Sở Thông tin và Truyền thông tỉnh Hà Nam tổ chức hội nghị tổng kết công tác năm 2016, triển khai nhiệm vụ năm 2017.\n\n${body}\n`,
    );

  it("counts bodies given an award at the event, and the body that gives it", () => {
    const { rels } = report(
      "Dịp này, Sở Thông tin và Truyền thông được UBND tỉnh tặng Cờ thi đua; Bưu điện tỉnh Hà Nam và Viễn thông Hà Nam vinh dự nhận Bằng khen của UBND tỉnh.",
    );
    const event = [...rels].find((r) => r.startsWith("HELD_IN"))?.split(" ")[1] as string;
    for (const org of [
      "org:so-thong-tin-va-truyen-thong-tinh-ha-nam",
      "org:uy-ban-nhan-dan-tinh-ha-nam",
      "org:buu-dien-tinh-ha-nam",
      "org:vien-thong-ha-nam",
    ])
      expect(rels).toContain(`ATTENDED ${org} -> ${event}`);
  });

  it("counts trainers and speakers the trainees hear, and a speaker after a semicolon", () => {
    const { rels } = report(
      "Tại hội nghị, các đại biểu được nghe bà Trần Thị Mai, Trưởng phòng Bưu chính - Viễn thông hướng dẫn quy trình cấp phép; kỹ sư Đỗ Văn Khải của Viễn thông Hà Nam hướng dẫn cài đặt chữ ký số. TS Phạm Ngọc Lâm - Trưởng khoa Công nghệ thông tin giới thiệu mô hình đô thị thông minh.",
    );
    const event = [...rels].find((r) => r.startsWith("HELD_IN"))?.split(" ")[1] as string;
    for (const person of ["person:tran-thi-mai", "person:do-van-khai", "person:pham-ngoc-lam"])
      expect(rels).toContain(`ATTENDED ${person} -> ${event}`);
  });
});

describe("departments listed under one head", () => {
  it("gives each item of 'các sở: A, B, C' its own department, attending when represented", () => {
    const { x, rels } = run(
      "Bộ Thông tin và Truyền thông làm việc với tỉnh Hà Tĩnh\n\nNgày 9/5/2023, Bộ Thông tin và Truyền thông có buổi làm việc với UBND tỉnh Hà Tĩnh. Cùng dự có lãnh đạo các sở: Nội vụ, Tài chính, Giáo dục và Đào tạo, Công an tỉnh.\n",
    );
    const names = x.entities.filter((e) => e.type === "Organization").map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(["Sở Nội vụ tỉnh Hà Tĩnh", "Sở Tài chính tỉnh Hà Tĩnh", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"]),
    );
    const event = [...rels].find((r) => r.startsWith("HELD_IN"))?.split(" ")[1] as string;
    expect(rels).toContain(`ATTENDED org:so-giao-duc-va-dao-tao-tinh-ha-tinh -> ${event}`);
  });
});

describe("bodies of cities and merged media", () => {
  it("names a city Party committee's boards after the Thành ủy, and the merged provincial newspaper and station", () => {
    const { x } = run(
      "Hội nghị giao ban báo chí tháng 9\n\nNgày 20/9/2025, Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ tổ chức hội nghị giao ban báo chí. Tham dự có đại diện Ban Tuyên giáo và Dân vận Thành ủy, Báo và Phát thanh, Truyền hình Cần Thơ.\n",
    );
    const names = x.entities.filter((e) => e.type === "Organization").map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ", "Báo và Phát thanh, Truyền hình Cần Thơ"]));
  });
});

describe("names true to the report's date", () => {
  const text = (year: number) =>
    `Sở Khoa học và Công nghệ thành phố Huế tổng kết năm ${year}\n\nThứ Sáu, 26/12/${year} - 10:00\n\nSáng 25/12, Sở Khoa học và Công nghệ thành phố Huế tổ chức hội nghị tổng kết công tác năm ${year}. Đồng chí Hoàng Văn Bảo, Phó Chủ tịch UBND thành phố Huế dự và chỉ đạo hội nghị.\n`;

  it("reads a 2025 report's 'thành phố Huế' as the city that replaced the province of Thừa Thiên Huế", () => {
    const { x, rels } = run(text(2025));
    expect(x.report.province).toBe("province:hue");
    expect(rels).toContain("LOCATED_IN org:so-khoa-hoc-va-cong-nghe-thanh-pho-hue -> province:hue");
    expect(x.entities.some((e) => e.id === "province:thua-thien-hue")).toBe(false);
    // The weekday of the date line is not the writer.
    expect(x.relations.some((r) => r.type === "AUTHORED")).toBe(false);
  });

  it("keeps Huế a city of Thừa Thiên Huế before 2025", () => {
    const { x } = run(text(2023).replace("Sáng 25/12,", "Sáng 25/12, tại tỉnh Thừa Thiên Huế,"));
    expect(x.report.province).toBe("province:thua-thien-hue");
  });
});

describe("a council's question session", () => {
  it("reads the numbered session as an undated event and the question session as the dated one its speakers attend", () => {
    const { x, rels } = run(
      "Kỳ họp thứ 5 HĐND tỉnh khóa X: Chất vấn về hạ tầng viễn thông\n\nThứ Năm, 07/12/2017, 07:00\n\nSáng 6/12, tiếp tục chương trình Kỳ họp thứ 5, HĐND tỉnh khóa X, các đại biểu chất vấn Giám đốc Sở Thông tin và Truyền thông tỉnh Trà Vinh. Đồng chí Kim Ngọc Thái, Phó Chủ tịch HĐND tỉnh chủ trì phiên chất vấn.\n\nMở đầu phiên chất vấn, đại biểu Thạch Sô Phol (tổ đại biểu huyện Cầu Ngang) phản ánh tình trạng mất sóng ở vùng ven biển.\n\nTrả lời chất vấn, ông Lê Minh Tuấn, Giám đốc Sở TT&TT thừa nhận mật độ trạm phát sóng còn thấp.\n",
    );
    const events = x.entities.filter((e) => e.type === "Conference");
    const session = events.find((e) => e.date === "2017-12-06");
    expect(events.find((e) => e.name.startsWith("Kỳ họp thứ 5"))?.date).toBeNull();
    expect(session).toBeDefined();
    expect(rels).toContain(`CHAIRED person:kim-ngoc-thai -> ${session?.id}`);
    expect(rels).toContain(`ATTENDED person:thach-so-phol -> ${session?.id}`);
    expect(rels).toContain(`ATTENDED person:le-minh-tuan -> ${session?.id}`);
  });
});

describe("bodies a plan assigns", () => {
  const plan = (body: string) =>
    run(
      `UBND tỉnh ban hành kế hoạch chuyển đổi số năm 2023\n\nNgày 10/2/2023, UBND tỉnh Bến Tre ban hành Kế hoạch số 512/KH-UBND về chuyển đổi số năm 2023. ${body}\n`,
    );

  it("reads 'trong đó' assignments, active or passive, as the plan's and not the served document's", () => {
    const active = plan(
      "Kế hoạch nhằm triển khai Quyết định số 749/QĐ-TTg, trong đó giao Sở Thông tin và Truyền thông chủ trì xây dựng kho dữ liệu dùng chung.",
    );
    expect(active.rels).toContain("ADDRESSED_TO directive:512-kh-ubnd -> org:so-thong-tin-va-truyen-thong-tinh-ben-tre");
    expect(active.rels).not.toContain("ADDRESSED_TO directive:749-qd-ttg -> org:so-thong-tin-va-truyen-thong-tinh-ben-tre");
    const passive = run(
      "Bến Tre tổng kết chuyển đổi số\n\nNgày 20/12/2023, UBND tỉnh Bến Tre tổng kết việc thực hiện Kế hoạch số 512/KH-UBND ngày 10/2/2023, trong đó Sở Thông tin và Truyền thông được giao làm cơ quan đầu mối.\n",
    );
    expect(passive.rels).toContain("ADDRESSED_TO directive:512-kh-ubnd -> org:so-thong-tin-va-truyen-thong-tinh-ben-tre");
  });

  it("gives each body of a 'Theo kế hoạch,' paragraph its task", () => {
    const { rels } = plan(
      "Theo kế hoạch, Sở Tài chính cân đối kinh phí thực hiện. Văn phòng UBND tỉnh nâng cao chất lượng Cổng dịch vụ công.",
    );
    expect(rels).toContain("ADDRESSED_TO directive:512-kh-ubnd -> org:so-tai-chinh-tinh-ben-tre");
    expect(rels).toContain("ADDRESSED_TO directive:512-kh-ubnd -> org:van-phong-uy-ban-nhan-dan-tinh-ben-tre");
  });
});

describe("more ways of carrying out a document", () => {
  it("reads 'Để cụ thể hóa …', 'Từ nguồn Chương trình …' and 'Thực hiện …, thời gian qua Sở …' openings", () => {
    const { rels } = run(
      "Sở Thông tin và Truyền thông tỉnh Ninh Thuận tổng kết năm 2019\n\nNgày 27/12/2019, Sở Thông tin và Truyền thông tỉnh Ninh Thuận tổ chức hội nghị tổng kết công tác năm 2019.\n\nĐể cụ thể hóa Nghị quyết số 09-NQ/TU ngày 2/5/2019 của Ban Chấp hành Đảng bộ tỉnh, UBND tỉnh đã ban hành Kế hoạch số 88/KH-UBND. Từ nguồn Chương trình mục tiêu quốc gia giảm nghèo bền vững, Sở đã hỗ trợ 14 cụm loa. Thực hiện Nghị định số 72/2013/NĐ-CP, thời gian qua Sở đã cấp 3 giấy phép trang thông tin điện tử tổng hợp. Đồng chí Lê Văn Bình tiếp tục chương trình hội nghị.\n",
    );
    expect(rels).toContain("IMPLEMENTS org:uy-ban-nhan-dan-tinh-ninh-thuan -> directive:09-nq-tu");
    expect(rels).toContain(
      "IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-ninh-thuan -> programme:chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung",
    );
    expect(rels).toContain("IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-ninh-thuan -> directive:72-2013-nd-cp");
    expect([...rels].some((r) => r.includes("programme:chuong-trinh-hoi-nghi"))).toBe(false);
  });
});

describe("events over several days", () => {
  it("leaves a course held over two days undated, while a one-day event keeps its date", () => {
    const two = run(
      "Tập huấn ứng dụng công nghệ thông tin cho cán bộ cấp xã\n\nNgày đăng: 12/05/2011\n\nTrong hai ngày 10 và 11/5/2011, Sở Thông tin và Truyền thông tỉnh Cao Bằng tổ chức lớp tập huấn ứng dụng công nghệ thông tin cho cán bộ cấp xã.\n",
    );
    expect(conference(two.x)?.date).toBeNull();
    const one = run(
      "Tập huấn ứng dụng công nghệ thông tin cho cán bộ cấp xã\n\nNgày đăng: 12/05/2011\n\nNgày 11/5/2011, Sở Thông tin và Truyền thông tỉnh Cao Bằng tổ chức lớp tập huấn ứng dụng công nghệ thông tin cho cán bộ cấp xã.\n",
    );
    expect(conference(one.x)?.date).toBe("2011-05-11");
  });
});

describe("taking part, continued", () => {
  const course = (body: string) =>
    run(
      `Tập huấn kỹ năng số cho cán bộ cấp xã\n\nNgày đăng: 15/09/2020\n\nNgày 14/9/2020, Sở Thông tin và Truyền thông tỉnh Phú Yên tổ chức lớp tập huấn kỹ năng số cho cán bộ cấp xã. ${body}\n`,
    );
  const eventOf = (rels: Set<string>) => [...rels].find((r) => r.startsWith("HELD_IN"))?.split(" ")[1] as string;

  it("counts the organiser that gives at the close, bodies honoured 'cùng' others, and the side 'về phía' a delegation speaks for", () => {
    const { rels } = course(
      "Về phía Bộ Thông tin và Truyền thông có ông Trần Quang Hưng, Phó Cục trưởng Cục Tin học hóa. Dịp này, Viễn thông Phú Yên, Bưu điện tỉnh Phú Yên cùng 3 tập thể được nhận Giấy khen. Kết thúc lớp tập huấn, Sở Thông tin và Truyền thông đã tặng 30 bộ tài liệu cho các xã.",
    );
    const event = eventOf(rels);
    for (const org of [
      "org:so-thong-tin-va-truyen-thong-tinh-phu-yen",
      "org:vien-thong-phu-yen",
      "org:buu-dien-tinh-phu-yen",
      "org:bo-thong-tin-va-truyen-thong",
    ])
      expect(rels).toContain(`ATTENDED ${org} -> ${event}`);
  });
});

describe("requests to bodies named first", () => {
  it("reads 'Với A, B, đồng chí đề nghị …' as a request to A and B", () => {
    const { rels } = run(
      "Hội nghị giao ban báo chí quý III\n\nNgày đăng: 06/10/2015\n\nNgày 5/10/2015, Sở Thông tin và Truyền thông tỉnh Quảng Nam tổ chức hội nghị giao ban báo chí quý III. Đồng chí Lê Văn Thanh, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.\n\nVới Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Nam, Phó Chủ tịch đề nghị tăng thời lượng tin bài về chuyển đổi số.\n",
    );
    const request = [...rels].find((r) => r.startsWith("ADDRESSED_TO") && r.includes("bao-quang-nam"))?.split(" ")[1];
    expect(request).toBeDefined();
    expect(rels).toContain(`ADDRESSED_TO ${request} -> org:dai-phat-thanh-va-truyen-hinh-tinh-quang-nam`);
  });
});
