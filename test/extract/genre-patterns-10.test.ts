import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { conferences, extractSample, orgIds } from "./helpers.js";

/**
 * Shapes found in heldout24 and heldout25 once they had been scored and became
 * development material, each tested with sentences written for this file.
 */

describe("events of other genres", () => {
  it("reads an HĐND accountability hearing, its organiser, chair and attendees", () => {
    const { x, rels } = extractSample(
      "Giải trình về phủ sóng di động\n\nNgày đăng: 16/06/2020\n\nSáng 15/6, Thường trực HĐND tỉnh Quảng Ngãi tổ chức phiên giải trình về chất lượng dịch vụ viễn thông trên địa bàn tỉnh. Phó Chủ tịch HĐND tỉnh Đinh Thị Hồng Minh chủ trì phiên giải trình. Tham dự có đại diện Sở Thông tin và Truyền thông, Viettel Quảng Ngãi.\n",
      "mau10.txt",
    );
    const [hearing] = conferences(x);
    expect(hearing?.name).toMatch(/^Phiên giải trình về chất lượng dịch vụ viễn thông/u);
    expect(rels).toContain(`ORGANIZED org:hoi-dong-nhan-dan-tinh-quang-ngai -> ${hearing?.id}`);
    expect(rels).toContain(`CHAIRED person:dinh-thi-hong-minh -> ${hearing?.id}`);
    expect(rels).toContain(`ATTENDED org:viettel-quang-ngai -> ${hearing?.id}`);
  });

  it("reads a visit a department organises, and a press fair", () => {
    const { x, rels } = extractSample(
      "Thăm, tặng quà đài truyền thanh xã\n\nNgày đăng: 20/01/2020\n\nNgày 19/01/2020, Sở Thông tin và Truyền thông tỉnh Lai Châu tổ chức chuyến thăm, chúc Tết các đài truyền thanh xã biên giới. Sáng 20/1, Hội Nhà báo tỉnh Lai Châu khai mạc Hội báo Xuân Canh Tý 2020.\n",
      "mau10.txt",
    );
    const names = conferences(x).map((c) => c.name);
    expect(names.some((n) => n?.startsWith("Chuyến thăm"))).toBe(true);
    expect(names.some((n) => n?.startsWith("Hội báo Xuân Canh Tý 2020"))).toBe(true);
    const visit = conferences(x).find((c) => c.name?.startsWith("Chuyến thăm"));
    expect(rels).toContain(`ORGANIZED org:so-thong-tin-va-truyen-thong-tinh-lai-chau -> ${visit?.id}`);
  });
});

describe("bodies", () => {
  it("reads a bank branch named with its district and a centre whose name lists 'A, B và C'", () => {
    const { x } = extractSample(
      "Ra mắt tuyến phố không dùng tiền mặt\n\nNgày đăng: 11/06/2023\n\nNgày 10/6, UBND huyện Hàm Yên tổ chức lễ ra mắt tuyến phố không dùng tiền mặt. Dự có đại diện Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh huyện Hàm Yên và Trung tâm Văn hóa, Truyền thông và Thể thao huyện.\n",
      "mau10.txt",
    );
    const ids = orgIds(x);
    expect(ids).toContain("org:ngan-hang-nong-nghiep-va-phat-trien-nong-thon-chi-nhanh-huyen-ham-yen");
    expect(ids).toContain("org:trung-tam-van-hoa-truyen-thong-va-the-thao-huyen-ham-yen");
  });
});

describe("programme names", () => {
  it("leave a project's year out of its name, while a plan keeps its own", () => {
    const x = extract(
      "Tập huấn thông tin cơ sở\n\nNgày đăng: 22/08/2018\n\nNgày 21/8, UBND huyện Bắc Hà tổ chức lớp tập huấn nhằm thực hiện Dự án Truyền thông và giảm nghèo về thông tin năm 2018. Huyện cũng triển khai Kế hoạch ứng dụng công nghệ thông tin năm 2018.\n",
      { source: "mau10b.txt" },
    );
    const names = x.entities.filter((e) => e.type === "Programme").map((e) => e.name);
    expect(names).toContain("Dự án Truyền thông và giảm nghèo về thông tin");
    expect(names).toContain("Kế hoạch ứng dụng công nghệ thông tin năm 2018");
  });
});

describe("a working visit the headline names", () => {
  it("has its parties in the lead that reports it, even when the body only says 'buổi làm việc' later", () => {
    const { x, rels } = extractSample(
      "Chủ tịch UBND tỉnh làm việc với Sở Thông tin và Truyền thông\n\nNgày đăng: 16/10/2010\n\nSáng 15-10, đồng chí Lê Văn Hà, Chủ tịch UBND tỉnh Phú Yên đã đến thăm và làm việc với Sở Thông tin và Truyền thông. Cùng đi có lãnh đạo Sở Tài chính.\n\nKết luận buổi làm việc, Chủ tịch UBND tỉnh đánh giá cao kết quả của Sở.\n",
      "mau10.txt",
    );
    const [visit] = conferences(x);
    expect(visit?.type === "Conference" && visit.date).toBe("2010-10-15");
    expect(rels).toContain(`ATTENDED org:so-thong-tin-va-truyen-thong-tinh-phu-yen -> ${visit?.id}`);
  });
});

describe("statements in a speech", () => {
  it("are not requests when they say what something is not but is ('không phải … mà là …')", () => {
    const { x } = extractSample(
      "Công bố chỉ số chuyển đổi số\n\nNgày đăng: 12/03/2026\n\nNgày 11/3, UBND tỉnh Kon Tum tổ chức lễ công bố chỉ số chuyển đổi số năm 2025. Phó Chủ tịch UBND tỉnh Y Ngọc nhấn mạnh, chỉ số không phải để xếp hạng cho đẹp mà là tấm gương để mỗi cơ quan nhìn lại mình. Bà đề nghị các sở khắc phục ngay các chỉ tiêu còn thấp.\n",
      "mau10.txt",
    );
    const labels = x.entities.filter((e) => e.type === "Directive" && e.kind === "INSTRUCTION").map((e) => e.name);
    expect(labels).toEqual([expect.stringMatching(/khắc phục ngay các chỉ tiêu còn thấp/u)]);
  });
});
