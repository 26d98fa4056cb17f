import { describe, expect, it } from "vitest";
import { conferences, documents, extractSample, instructions, orgIds } from "./helpers.js";

/**
 * Shapes found in heldout20 and heldout21 once they had been scored and became
 * development material, each tested with sentences written for this file.
 */

describe("events", () => {
  it("leaves undated an event a later sentence spreads over several days", () => {
    const { x } = extractSample(
      "Khai mạc lớp bồi dưỡng kỹ năng số\n\nNgày đăng: 15/05/2017\n\nSáng ngày 15/5, Sở Thông tin và Truyền thông tỉnh Kon Tum tổ chức khai mạc lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã. Lớp bồi dưỡng diễn ra trong 3 ngày, từ ngày 15 đến 17/5.\n",
      "mau8.txt",
    );
    const [course] = conferences(x);
    expect(course?.name).toMatch(/^Lớp bồi dưỡng kỹ năng số/u);
    expect(course?.type === "Conference" && course.date).toBeNull();
  });

  it("takes a working visit the lead reports as the event when none is named", () => {
    const { x, rels } = extractSample(
      "Chuyển đổi số phải vì người dân\n\nThứ Ba, 12/03/2019, 08:00\n\nSáng 11-3, Phó Chủ tịch UBND tỉnh Nguyễn Văn Lợi đã đến thăm và làm việc với Sở Thông tin và Truyền thông tỉnh Bình Thuận về tình hình thực hiện nhiệm vụ năm 2019. Cùng đi có lãnh đạo Văn phòng UBND tỉnh, Sở Tài chính.\n",
      "mau8.txt",
    );
    const [visit] = conferences(x);
    expect(visit?.name).toBe("Buổi làm việc với Sở Thông tin và Truyền thông tỉnh Bình Thuận");
    expect(visit?.type === "Conference" && visit.date).toBe("2019-03-11");
    expect(rels).toContain(`ATTENDED person:nguyen-van-loi -> ${visit?.id}`);
    expect(rels).toContain(`ATTENDED org:so-tai-chinh-tinh-binh-thuan -> ${visit?.id}`);
  });

  it("has a presidium chair the conference", () => {
    const { x, rels } = extractSample(
      "Hội nghị cán bộ, công chức năm 2015\n\nNgày đăng: 24/01/2015\n\nNgày 23/01/2015, Sở Thông tin và Truyền thông tỉnh Phú Thọ tổ chức Hội nghị cán bộ, công chức năm 2015. Đoàn Chủ tịch hội nghị gồm các đồng chí: Hà Văn Sơn - Giám đốc Sở; Đinh Thị Lan - Chủ tịch Công đoàn Sở.\n",
      "mau8.txt",
    );
    const [meeting] = conferences(x);
    expect(rels).toContain(`CHAIRED person:ha-van-son -> ${meeting?.id}`);
    expect(rels).toContain(`CHAIRED person:dinh-thi-lan -> ${meeting?.id}`);
    expect(orgIds(x)).toContain("org:cong-doan-so-thong-tin-va-truyen-thong-tinh-phu-tho");
  });

  it("does not take the National Assembly's session a voters' meeting prepares for, nor 'Hội nghị với 100% đại biểu'", () => {
    const { x, rels } = extractSample(
      "Tiếp xúc cử tri trước kỳ họp\n\nNgày đăng: 10/05/2019\n\nSáng 9/5, Đoàn Đại biểu Quốc hội tỉnh Yên Bái tổ chức hội nghị tiếp xúc cử tri trước Kỳ họp thứ 7, Quốc hội khóa XIV. Sau khi nghe thông báo chương trình Kỳ họp thứ 7, cử tri nêu nhiều kiến nghị. Hội nghị với 100% đại biểu tán thành đã thông qua kiến nghị chung.\n",
      "mau8.txt",
    );
    expect(conferences(x)).toHaveLength(1);
    expect(conferences(x)[0]?.name).toMatch(/^Hội nghị tiếp xúc cử tri/u);
    expect(rels).toContain(`ORGANIZED org:doan-dai-bieu-quoc-hoi-tinh-yen-bai -> ${conferences(x)[0]?.id}`);
  });

  it("reads a council committee's supervision visit and a later bare reference to the committee", () => {
    const { x, rels } = extractSample(
      "Giám sát công tác thông tin cơ sở\n\nNgày đăng: 19/09/2014\n\nNgày 18/9, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Hà Giang do bà Vàng Thị Mai, Trưởng Ban Văn hóa - Xã hội làm trưởng đoàn đã có buổi giám sát tại Sở Thông tin và Truyền thông.\n",
      "mau8.txt",
    );
    const committee = "org:ban-van-hoa-xa-hoi-hoi-dong-nhan-dan-tinh-ha-giang";
    expect(orgIds(x)).toContain(committee);
    expect(rels).toContain(`HOLDS_POSITION person:vang-thi-mai -> ${committee}`);
    expect(conferences(x).map((c) => c.name)).toEqual([expect.stringMatching(/^Buổi giám sát/u)]);
  });
});

describe("documents and bodies", () => {
  it("reads a list inside a law's title and joins an unnumbered mention to the law the text numbers", () => {
    const { x } = extractSample(
      "Triển khai Luật Giao thông, vận tải và kết cấu hạ tầng\n\nNgày đăng: 05/08/2030\n\nSáng 4/8, Sở Xây dựng tỉnh Nam Định tổ chức hội nghị triển khai Luật Giao thông, vận tải và kết cấu hạ tầng. Luật Giao thông, vận tải và kết cấu hạ tầng số 12/2030/QH16 có hiệu lực từ ngày 1/7/2030.\n",
      "mau8.txt",
    );
    const laws = documents(x).filter((d) => d.type === "Directive" && d.kind === "LAW");
    expect(laws.map((d) => d.id)).toEqual(["directive:12-2030-qh16"]);
    expect(laws[0]?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it("names a central steering committee with its topic and no province", () => {
    const { x } = extractSample(
      "Phát động phong trào học tập số\n\nNgày đăng: 02/09/2025\n\nThực hiện Kế hoạch số 02-KH/BCĐTW của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, tỉnh Vĩnh Long đã phát động phong trào học tập số.\n",
      "mau8.txt",
    );
    expect(orgIds(x)).toContain("org:ban-chi-dao-trung-uong-ve-phat-trien-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so");
  });

  it("reads the province's union of science and technology associations beside another body", () => {
    const { x } = extractSample(
      "Hội thảo về đổi mới sáng tạo\n\nNgày đăng: 11/11/2022\n\nNgày 10/11, Sở Khoa học và Công nghệ tỉnh Bắc Giang tổ chức hội thảo về đổi mới sáng tạo. Dự hội thảo có đại diện Trường Đại học Nông Lâm Bắc Giang và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh.\n",
      "mau8.txt",
    );
    expect(orgIds(x)).toContain("org:lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh-bac-giang");
  });
});

describe("requests and plans", () => {
  it("addresses a request to the bodies it singles out and keeps its task whole", () => {
    const { x, rels } = extractSample(
      "Giao ban báo chí quý III\n\nNgày đăng: 06/10/2018\n\nNgày 5/10, Sở Thông tin và Truyền thông tỉnh Quảng Trị tổ chức giao ban báo chí quý III. Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng nhấn mạnh, các cơ quan báo chí của tỉnh, trước hết là Báo Quảng Trị và Đài Phát thanh - Truyền hình tỉnh, cần đổi mới hình thức, tăng cường tuyên truyền về cải cách hành chính.\n",
      "mau8.txt",
    );
    const requests = instructions(x);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.name).toMatch(/^Đổi mới hình thức, tăng cường tuyên truyền/u);
    expect(rels).toContain(`ADDRESSED_TO ${requests[0]?.id} -> org:bao-quang-tri`);
  });

  it("addresses a plan to bodies listed before a generic tail ('và các doanh nghiệp … được đề nghị')", () => {
    const { rels } = extractSample(
      "Kế hoạch phát triển hạ tầng số\n\nNgày đăng: 12/04/2021\n\nUBND tỉnh Sóc Trăng vừa ban hành Kế hoạch số 55/KH-UBND ngày 9/4/2021 về phát triển hạ tầng số. Theo Kế hoạch, Sở Thông tin và Truyền thông chủ trì theo dõi việc thực hiện. Viễn thông Sóc Trăng, Viettel Sóc Trăng và các doanh nghiệp viễn thông trên địa bàn được đề nghị ưu tiên phủ sóng các xã vùng sâu.\n",
      "mau8.txt",
    );
    expect(rels).toContain("ADDRESSED_TO directive:55-kh-ubnd -> org:vien-thong-soc-trang");
    expect(rels).toContain("ADDRESSED_TO directive:55-kh-ubnd -> org:viettel-soc-trang");
  });
});
