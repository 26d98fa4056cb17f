import { describe, expect, it } from "vitest";
import { extractSample, instructions, orgIds } from "./helpers.js";

/**
 * Shapes found in heldout22 and heldout23 once they had been scored and became
 * development material, each tested with sentences written for this file.
 */

describe("plans and decisions", () => {
  it("reads 'Theo Quyết định, …' as the decision the report says was issued, not the one it serves", () => {
    const { rels } = extractSample(
      "Phê duyệt Đề án chuyển đổi số\n\nNgày đăng: 20/05/2021\n\nUBND tỉnh Phú Yên vừa ban hành Quyết định số 702/QĐ-UBND ngày 18/5/2021 phê duyệt Đề án chuyển đổi số tỉnh Phú Yên giai đoạn 2021-2025.\n\nĐề án được xây dựng nhằm triển khai Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia.\n\nTheo Quyết định, Sở Thông tin và Truyền thông là cơ quan thường trực, chủ trì theo dõi việc triển khai Đề án. Sở Tài chính tham mưu bố trí kinh phí.\n",
      "mau9.txt",
    );
    expect(rels).toContain("ADDRESSED_TO directive:702-qd-ubnd -> org:so-thong-tin-va-truyen-thong-tinh-phu-yen");
    expect(rels).toContain("ADDRESSED_TO directive:702-qd-ubnd -> org:so-tai-chinh-tinh-phu-yen");
    expect(rels).not.toContain("ADDRESSED_TO directive:749-qd-ttg -> org:so-tai-chinh-tinh-phu-yen");
    // The Đề án the decision approves serves the national decision: the approving body carries that out.
    expect(rels).toContain("IMPLEMENTS org:uy-ban-nhan-dan-tinh-phu-yen -> directive:749-qd-ttg");
  });

  it("gives what a plan is issued to make concrete to the plan's issuer", () => {
    const { rels } = extractSample(
      "Hội nghị thương mại điện tử\n\nNgày đăng: 15/08/2022\n\nSáng 14/8, Sở Công Thương tỉnh Trà Vinh phối hợp với Liên minh Hợp tác xã tỉnh tổ chức hội nghị về thương mại điện tử. Hội nghị nhằm triển khai Kế hoạch số 77/KH-UBND ngày 2/6/2022 của UBND tỉnh về thương mại điện tử. Kế hoạch được ban hành để cụ thể hóa Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ.\n",
      "mau9.txt",
    );
    expect(rels).toContain("IMPLEMENTS org:lien-minh-hop-tac-xa-tinh-tra-vinh -> directive:77-kh-ubnd");
    expect(rels).toContain("IMPLEMENTS org:so-cong-thuong-tinh-tra-vinh -> directive:77-kh-ubnd");
    expect(rels).toContain("IMPLEMENTS org:uy-ban-nhan-dan-tinh-tra-vinh -> directive:645-qd-ttg");
  });
});

describe("requests", () => {
  it("keeps verbs joined by a comma as one task, and splits off a clause that brings in another body", () => {
    const { x } = extractSample(
      "Giao ban báo chí tháng 5\n\nNgày đăng: 06/05/2020\n\nNgày 5/5, Sở Thông tin và Truyền thông tỉnh Tuyên Quang tổ chức giao ban báo chí tháng 5. Phó Chủ tịch UBND tỉnh Hoàng Việt Phương đề nghị Báo Tuyên Quang tiếp tục đổi mới nội dung, nâng cao chất lượng tin bài về xây dựng nông thôn mới. Ông yêu cầu Sở Thông tin và Truyền thông tăng cường quản lý các trang thông tin điện tử tổng hợp, kịp thời tham mưu UBND tỉnh xử lý các thông tin sai sự thật.\n",
      "mau9.txt",
    );
    const labels = instructions(x).map((i) => i.name);
    expect(labels.some((l) => l.startsWith("Tiếp tục đổi mới nội dung, nâng cao chất lượng tin bài"))).toBe(true);
    expect(labels).toHaveLength(3);
    expect(labels).toContain("Tăng cường quản lý các trang thông tin điện tử tổng hợp");
    expect(labels.some((l) => l.startsWith("Kịp thời tham mưu Ủy ban nhân dân tỉnh xử lý"))).toBe(true);
  });
});

describe("bodies", () => {
  it("reads a newspaper named for a province with a dash, a fair centre past 'triển lãm', and both cooperative alliances", () => {
    const { x } = extractSample(
      "Khai mạc hội chợ sản phẩm số\n\nNgày đăng: 02/10/2023\n\nNgày 1/10, tại Trung tâm Hội chợ triển lãm quốc tế Cần Thơ, Sở Công Thương thành phố Cần Thơ tổ chức hội chợ sản phẩm số. Tham dự có đại diện Liên minh Hợp tác xã Việt Nam, Liên minh Hợp tác xã thành phố và Báo Bà Rịa - Vũng Tàu.\n",
      "mau9.txt",
    );
    const ids = orgIds(x);
    expect(ids).toContain("org:trung-tam-hoi-cho-trien-lam-quoc-te-can-tho");
    expect(ids).toContain("org:lien-minh-hop-tac-xa-viet-nam");
    expect(ids).toContain("org:lien-minh-hop-tac-xa-thanh-pho-can-tho");
    expect(ids).toContain("org:bao-ba-ria-vung-tau");
  });
});

describe("a promise inside a request", () => {
  it("is not a request, and a centre's name ends before 'bảo đảm'", () => {
    const { x, rels } = extractSample(
      "Làm việc với Sở Thông tin và Truyền thông\n\nNgày đăng: 13/03/2024\n\nNgày 12/3, Chủ tịch UBND tỉnh Điện Biên Lê Thành Đô làm việc với Sở Thông tin và Truyền thông. Trung tâm Công nghệ thông tin - Truyền thông bảo đảm an toàn cho các hệ thống dùng chung. Đối với Viettel Điện Biên, ông đề nghị ưu tiên đầu tư trạm phát sóng tại các bản vùng lõm sóng; UBND tỉnh sẽ chỉ đạo các huyện tạo điều kiện về mặt bằng.\n",
      "mau9.txt",
    );
    const labels = instructions(x).map((i) => i.name);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^Ưu tiên đầu tư trạm phát sóng/u);
    expect([...rels].some((r) => r.startsWith("ADDRESSED_TO") && r.endsWith("org:uy-ban-nhan-dan-tinh-dien-bien"))).toBe(false);
    expect(orgIds(x)).toContain("org:trung-tam-cong-nghe-thong-tin-truyen-thong-tinh-dien-bien");
  });
});
