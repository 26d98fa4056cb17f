import { describe, expect, it } from "vitest";
import { conferences, extractSample, instructions, orgIds, personIds } from "./helpers.js";

/**
 * Shapes found in heldout18 and heldout19 once they had been scored and became
 * development material, each tested with sentences written for this file.
 */

describe("page heads", () => {
  it("passes over a site's brand beside its name and takes the date line under the headline", () => {
    const { x } = extractSample(
      "NINH THUẬN ONLINE - Báo Ninh Thuận điện tử\n\nGặp mặt các cơ quan báo chí nhân Ngày Báo chí Cách mạng Việt Nam\n\nCập nhật: 20/06/2016 - 10:05 | In bài\n\nChiều 19-6, Sở Thông tin và Truyền thông tỉnh Ninh Thuận tổ chức buổi gặp mặt các cơ quan báo chí.\n",
      "mau7.txt",
    );
    expect(x.report.title).toBe("Gặp mặt các cơ quan báo chí nhân Ngày Báo chí Cách mạng Việt Nam");
    expect(x.report.publishedOn).toBe("2016-06-20");
  });

  it("passes over a portal named with its owner when the date line follows the next line", () => {
    const { x } = extractSample(
      "Cổng thông tin điện tử Sở Thông tin và Truyền thông Phú Yên\n\nSở Thông tin và Truyền thông tổ chức hội nghị cán bộ, công chức năm 2019\n\nĐăng ngày: 16/01/2019 | Lượt xem: 210\n\nNgày 15/01/2019, Sở Thông tin và Truyền thông tỉnh Phú Yên tổ chức hội nghị cán bộ, công chức năm 2019.\n",
      "mau7.txt",
    );
    expect(x.report.title).toBe("Sở Thông tin và Truyền thông tổ chức hội nghị cán bộ, công chức năm 2019");
    expect(x.report.publishedOn).toBe("2019-01-16");
  });

  it("does not take a unit that signs the item for its writer", () => {
    const { x } = extractSample(
      "Tập huấn an toàn thông tin cho cán bộ cấp huyện\n\nNgày đăng: 12/05/2018\n\nNgày 11/5, Sở Thông tin và Truyền thông tỉnh Bình Phước tổ chức lớp tập huấn an toàn thông tin.\n\nPhòng CNTT - Sở TT&TT\n",
      "mau7.txt",
    );
    expect(personIds(x)).not.toContain("person:phong-cntt");
    expect(orgIds(x)).toContain("org:phong-cong-nghe-thong-tin-so-thong-tin-va-truyen-thong-tinh-binh-phuoc");
  });
});

describe("event dates", () => {
  it("leave an anniversary's dates in brackets aside when the sentence states the event's day", () => {
    const { x } = extractSample(
      "Tọa đàm về báo chí số\n\nNgày đăng: 17/06/2021\n\nNhân kỷ niệm 96 năm Ngày Báo chí cách mạng Việt Nam (21-6-1925 - 21-6-2021), chiều 16-6, Sở Thông tin và Truyền thông tỉnh Long An tổ chức tọa đàm về chuyển đổi số trong báo chí.\n",
      "mau7.txt",
    );
    expect(conferences(x).map((c) => c.type === "Conference" && c.date)).toEqual(["2021-06-16"]);
  });

  it("still take a bracketed date that is the sentence's only one", () => {
    const { x } = extractSample(
      "Diễn tập ứng cứu sự cố\n\n12/09/2023 10:00\n\nSáng nay (12/9), Sở Thông tin và Truyền thông tỉnh Bến Tre tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng năm 2023.\n",
      "mau7.txt",
    );
    expect(conferences(x).map((c) => c.type === "Conference" && c.date)).toEqual(["2023-09-12"]);
  });
});

describe("events", () => {
  it("reads a Party congress the report says is held, and not the higher congress it greets", () => {
    const { x, rels } = extractSample(
      "Đại hội Đảng bộ Sở Thông tin và Truyền thông nhiệm kỳ 2020 - 2025\n\nNgày đăng: 22/05/2020\n\nChào mừng Đại hội Đảng bộ tỉnh lần thứ XVII, ngày 21/5/2020, Đảng ủy Sở Thông tin và Truyền thông tỉnh Cà Mau tổ chức Đại hội đại biểu Đảng bộ Sở lần thứ IV, nhiệm kỳ 2020 - 2025. Dự và chỉ đạo Đại hội có đồng chí Tạ Văn Lộc, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh.\n",
      "mau7.txt",
    );
    const named = conferences(x).map((c) => c.name);
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/^Đại hội đại biểu Đảng bộ Sở/u);
    const congress = conferences(x)[0]?.id ?? "";
    expect(rels).toContain(`ORGANIZED org:dang-uy-so-thong-tin-va-truyen-thong-tinh-ca-mau -> ${congress}`);
    expect(rels).toContain(`DIRECTED person:ta-van-loc -> ${congress}`);
    expect(orgIds(x)).toContain("org:dang-uy-khoi-cac-co-quan-tinh-ca-mau");
    expect(orgIds(x)).toContain("org:so-thong-tin-va-truyen-thong-tinh-ca-mau");
  });

  it("reads a recurring briefing named with its quarter as one event", () => {
    const { x, rels } = extractSample(
      "Họp báo quý III\n\nNgày đăng: 06/10/2020\n\nChiều 5/10, UBND tỉnh Quảng Ngãi tổ chức họp báo định kỳ cung cấp thông tin cho báo chí quý III năm 2020. Ông Lê Văn Đạt, Phó Chủ tịch UBND tỉnh chủ trì.\n",
      "mau7.txt",
    );
    const [event] = conferences(x);
    expect(event?.type === "Conference" && event.date).toBe("2020-10-05");
    expect(rels).toContain(`ORGANIZED org:uy-ban-nhan-dan-tinh-quang-ngai -> ${event?.id}`);
  });
});

describe("Party and local bodies", () => {
  it("reads a ward's bodies, named once and then bare, and a member of its Party committee", () => {
    const { x, rels } = extractSample(
      "Phường Tân An triển khai Nghị quyết 57\n\nNgày đăng: 05/11/2025\n\nSáng 4/11/2025, Đảng ủy phường Tân An tổ chức hội nghị triển khai Nghị quyết số 57-NQ/TW. Đồng chí Hồ Văn Tài, Bí thư Đảng ủy phường chủ trì. Dự hội nghị có lãnh đạo UBND phường, Ủy ban Mặt trận Tổ quốc Việt Nam phường, Công an phường. Đồng chí Lâm Thị Cúc, Đảng ủy viên, Trưởng Công an phường cho biết đã kích hoạt 20.000 tài khoản định danh điện tử.\n",
      "mau7.txt",
    );
    const ids = orgIds(x);
    for (const id of [
      "org:dang-uy-phuong-tan-an",
      "org:uy-ban-nhan-dan-phuong-tan-an",
      "org:uy-ban-mat-tran-to-quoc-viet-nam-phuong-tan-an",
      "org:cong-an-phuong-tan-an",
    ])
      expect(ids).toContain(id);
    expect(rels).toContain("HOLDS_POSITION person:ho-van-tai -> org:dang-uy-phuong-tan-an");
    expect(rels).toContain("HOLDS_POSITION person:lam-thi-cuc -> org:dang-uy-phuong-tan-an");
  });

  it("names a steering committee by the body it belongs to and its topic, and a later bare one refers back", () => {
    const { x, rels } = extractSample(
      "Sơn La: Phiên họp thứ nhất của Ban Chỉ đạo\n\nNgày đăng: 12/09/2025\n\nChiều 11/9, Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (Ban Chỉ đạo) tổ chức phiên họp thứ nhất. Đồng chí Lò Văn Mừng, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì phiên họp. Các thành viên Ban Chỉ đạo báo cáo kết quả.\n",
      "mau7.txt",
    );
    const committee = "org:ban-chi-dao-cua-tinh-uy-son-la-ve-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so";
    expect(x.report.province).toBe("province:son-la");
    expect(orgIds(x)).toContain(committee);
    expect(rels).toContain(`HOLDS_POSITION person:lo-van-mung -> ${committee}`);
    // The full name, the short form in brackets, and the bare "Ban Chỉ đạo" after "Trưởng" and "thành viên".
    expect(x.entities.find((e) => e.id === committee)?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it("reads a district's police, its working group and a bare reference to that group", () => {
    const { x, rels } = extractSample(
      "Sơ kết Đề án 06 huyện Đăk Glong\n\nNgày đăng: 15/07/2023\n\nNgày 14/7/2023, Tổ công tác triển khai Đề án 06 huyện Đăk Glong tổ chức hội nghị sơ kết. Ông Vũ Đình Hào, Trưởng Công an huyện Đăk Glong báo cáo kết quả. Ông đề nghị Tổ công tác tiếp tục rà soát dữ liệu dân cư trên địa bàn.\n",
      "mau7.txt",
    );
    expect(orgIds(x)).toContain("org:to-cong-tac-trien-khai-de-an-06-huyen-dak-glong");
    expect(orgIds(x)).toContain("org:cong-an-huyen-dak-glong");
    const [request] = instructions(x);
    expect(rels).toContain(`ADDRESSED_TO ${request?.id} -> org:to-cong-tac-trien-khai-de-an-06-huyen-dak-glong`);
  });

  it("reads a district's office written in lower case and the district's post office", () => {
    const { x } = extractSample(
      "Làm việc với huyện Bố Trạch\n\nNgày đăng: 09/03/2017\n\nNgày 8/3, Sở Thông tin và Truyền thông tỉnh Quảng Bình làm việc với UBND huyện Bố Trạch. Cùng dự có phòng Văn hóa và Thông tin huyện, Bưu điện huyện và Ban Thi đua - Khen thưởng tỉnh.\n",
      "mau7.txt",
    );
    const ids = orgIds(x);
    expect(ids).toContain("org:phong-van-hoa-va-thong-tin-huyen-bo-trach");
    expect(ids).toContain("org:buu-dien-huyen-bo-trach");
    expect(ids).toContain("org:ban-thi-dua-khen-thuong-tinh-quang-binh");
  });
});

describe("requests", () => {
  it("reads ordinal paragraphs under 'các nhiệm vụ trọng tâm sau:' as requests, each addressed to its opening body", () => {
    const { x, rels } = extractSample(
      "Hội nghị giao ban chuyển đổi số\n\nNgày đăng: 02/04/2024\n\nNgày 1/4, UBND tỉnh Hòa Bình tổ chức hội nghị giao ban chuyển đổi số quý I. Kết luận hội nghị, đồng chí Bùi Văn Khánh, Chủ tịch UBND tỉnh yêu cầu các cơ quan tập trung thực hiện một số nhiệm vụ trọng tâm sau:\n\nThứ nhất, Sở Thông tin và Truyền thông hoàn thiện nền tảng tích hợp, chia sẻ dữ liệu của tỉnh trong quý II.\n\nThứ hai, Công an tỉnh đẩy nhanh làm sạch dữ liệu dân cư phục vụ giải quyết thủ tục hành chính.\n",
      "mau7.txt",
    );
    const requests = instructions(x);
    expect(requests).toHaveLength(2);
    const platform = requests.find((r) => r.name.startsWith("Hoàn thiện nền tảng tích hợp"));
    const cleaning = requests.find((r) => r.name.startsWith("Đẩy nhanh làm sạch dữ liệu dân cư"));
    expect(rels).toContain(`ADDRESSED_TO ${platform?.id} -> org:so-thong-tin-va-truyen-thong-tinh-hoa-binh`);
    expect(rels).toContain(`ADDRESSED_TO ${cleaning?.id} -> org:cong-an-tinh-hoa-binh`);
  });

  it("ends a request at a sentence that reports what the speaker said the department will do", () => {
    const { x } = extractSample(
      "Làm việc tại huyện Tuyên Hóa\n\nNgày đăng: 20/04/2016\n\nNgày 19/4, Sở Thông tin và Truyền thông tỉnh Quảng Bình làm việc với UBND huyện Tuyên Hóa. Phát biểu tại buổi làm việc, ông Trần Văn Hải, Giám đốc Sở đề nghị Viettel Tuyên Hóa sớm lắp đặt trạm phát sóng tại các xã vùng cao. Đối với kiến nghị của huyện, ông cho biết Sở sẽ tổng hợp, báo cáo UBND tỉnh.\n",
      "mau7.txt",
    );
    const labels = instructions(x).map((i) => i.name);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^Sớm lắp đặt trạm phát sóng/u);
  });

  it("leaves an aside in brackets after the addressee out of the task", () => {
    const { x } = extractSample(
      "Tọa đàm về phát triển báo chí\n\nNgày đăng: 20/06/2019\n\nChiều 19/6, Sở Thông tin và Truyền thông tỉnh Đồng Nai tổ chức tọa đàm về phát triển báo chí. Kết thúc tọa đàm, ông Võ Văn Chánh, Giám đốc Sở đề nghị Phòng Thông tin - Báo chí - Xuất bản (thuộc Sở) tổng hợp ý kiến của các đại biểu.\n",
      "mau7.txt",
    );
    expect(instructions(x).map((i) => i.name)).toEqual(["Tổng hợp ý kiến của các đại biểu"]);
  });
});

describe("who carries out a project or a plan", () => {
  it("gives a project to its investor and its contractor", () => {
    const { rels } = extractSample(
      "Bàn giao phần mềm một cửa\n\nNgày đăng: 11/12/2015\n\nNgày 10/12, Sở Thông tin và Truyền thông tỉnh Bạc Liêu tổ chức hội nghị bàn giao phần mềm.\n\nDự án Xây dựng phần mềm một cửa điện tử tỉnh Bạc Liêu giai đoạn 2013 - 2015 nằm trong Kế hoạch ứng dụng công nghệ thông tin của tỉnh. Sở Thông tin và Truyền thông được giao làm chủ đầu tư; Viễn thông Bạc Liêu là đơn vị thi công.\n",
      "mau7.txt",
    );
    const project = "programme:du-an-xay-dung-phan-mem-mot-cua-dien-tu-tinh-bac-lieu";
    expect(rels).toContain(`IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-bac-lieu -> ${project}`);
    expect(rels).toContain(`IMPLEMENTS org:vien-thong-bac-lieu -> ${project}`);
  });

  it("gives a plan to the body that leads a task in it, not to the one that only advises", () => {
    const { rels } = extractSample(
      "Kế hoạch chuyển đổi số năm 2023\n\nNgày đăng: 10/01/2023\n\nUBND tỉnh Hậu Giang vừa ban hành Kế hoạch số 12/KH-UBND ngày 6/1/2023 về chuyển đổi số năm 2023. Theo Kế hoạch, Sở Thông tin và Truyền thông là cơ quan thường trực, chủ trì theo dõi việc thực hiện. Sở Tài chính tham mưu bố trí kinh phí. Sở Y tế chủ trì triển khai hồ sơ sức khỏe điện tử.\n",
      "mau7.txt",
    );
    expect(rels).toContain("IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-hau-giang -> directive:12-kh-ubnd");
    expect(rels).toContain("IMPLEMENTS org:so-y-te-tinh-hau-giang -> directive:12-kh-ubnd");
    expect(rels).not.toContain("IMPLEMENTS org:so-tai-chinh-tinh-hau-giang -> directive:12-kh-ubnd");
    expect(rels).toContain("ADDRESSED_TO directive:12-kh-ubnd -> org:so-tai-chinh-tinh-hau-giang");
  });
});

describe("who speaks at an event", () => {
  it("counts the one who presents the report and the one who puts a draft to the meeting", () => {
    const { x, rels } = extractSample(
      "Hội nghị tổng kết năm 2012\n\nNgày đăng: 09/01/2013\n\nNgày 8/1, Sở Thông tin và Truyền thông tỉnh Kon Tum tổ chức hội nghị tổng kết công tác năm 2012. Theo báo cáo do bà Y Thị Hoa, Phó Giám đốc Sở trình bày, toàn ngành hoàn thành các chỉ tiêu. Ông A Văn Dũng, Chánh Văn phòng Sở thông qua dự thảo chương trình công tác năm 2013.\n",
      "mau7.txt",
    );
    const [event] = conferences(x);
    expect(rels).toContain(`ATTENDED person:y-thi-hoa -> ${event?.id}`);
    expect(rels).toContain(`ATTENDED person:a-van-dung -> ${event?.id}`);
  });
});
