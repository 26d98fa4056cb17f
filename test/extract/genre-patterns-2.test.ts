import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/domain/model.js";
import { extract } from "../../src/extract/index.js";
import { findOrganizations } from "../../src/extract/mentions/organizations.js";
import { findProgrammes } from "../../src/extract/mentions/programmes.js";
import { contextOf } from "./helpers.js";

/**
 * More shapes of the genre, found by probing with sentences written for this
 * test (no names, events or places of any evaluation corpus).
 */
function run(text: string, publishedOn: string | undefined = "2021-03-02"): { x: Extraction; rels: Set<string> } {
  const x = extract(text, { source: "mau2.txt", ...(publishedOn ? { publishedOn } : {}) });
  return { x, rels: new Set(x.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)) };
}
const names = (x: Extraction, type: string) => x.entities.filter((e) => e.type === type).map((e) => e.name);

const EVENT = "Hội nghị tổng kết năm 2020\n\nSáng 1/3, Sở Thông tin và Truyền thông tỉnh Hưng Yên tổ chức hội nghị tổng kết năm 2020.";
const CONF = "conference:hoi-nghi-tong-ket-nam-2020-hung-yen-2021-03-01";

describe("people whose names hold common words", () => {
  it("keeps 'Chí' and 'Đồng' inside a name and still ends a name before 'Chánh Văn phòng'", () => {
    const { x, rels } = run(
      `${EVENT} Dự hội nghị có đồng chí Vũ Chí Bình, Phó Chủ tịch UBND tỉnh; ông Lò Văn Đồng, Phó Giám đốc Sở Nội vụ; ông Hà Văn Chánh, Trưởng phòng Tổng hợp.`,
    );
    expect(names(x, "Person")).toEqual(expect.arrayContaining(["Vũ Chí Bình", "Lò Văn Đồng", "Hà Văn Chánh"]));
    expect(rels).toContain(`ATTENDED person:vu-chi-binh -> ${CONF}`);
    expect(rels).toContain("HOLDS_POSITION person:vu-chi-binh -> org:uy-ban-nhan-dan-tinh-hung-yen");
  });
});

describe("attendance wording", () => {
  it("reads 'Về phía Bộ … có ông X' and 'có sự tham gia của đại diện Sở A, Sở B'", () => {
    const { rels } = run(
      `${EVENT} Về phía Bộ Thông tin và Truyền thông có ông Mai Đức Toàn, Phó Cục trưởng Cục Bưu điện Trung ương. Hội nghị có sự tham gia của đại diện Sở Tài chính, Sở Xây dựng.`,
    );
    expect(rels).toContain(`ATTENDED person:mai-duc-toan -> ${CONF}`);
    expect(rels).toContain(`ATTENDED org:so-tai-chinh-tinh-hung-yen -> ${CONF}`);
    expect(rels).toContain(`ATTENDED org:so-xay-dung-tinh-hung-yen -> ${CONF}`);
  });
  it("carries a list of represented bodies across a semicolon, and counts bodies that give a talk", () => {
    const { rels } = run(
      `${EVENT} Cùng dự có đại diện lãnh đạo Sở Nội vụ; Báo Hưng Yên, Bưu điện tỉnh. Tại hội nghị, đại diện Trung tâm Công nghệ thông tin và Truyền thông tham luận về chữ ký số.`,
    );
    expect(rels).toContain(`ATTENDED org:bao-hung-yen -> ${CONF}`);
    expect(rels).toContain(`ATTENDED org:buu-dien-tinh-hung-yen -> ${CONF}`);
    expect(rels).toContain(`ATTENDED org:trung-tam-cong-nghe-thong-tin-va-truyen-thong-tinh-hung-yen -> ${CONF}`);
  });
});

describe("requests over a list", () => {
  it("makes each item an instruction, not the heading 'một số nhiệm vụ sau:'", () => {
    const { x } = run(
      `${EVENT} Phát biểu chỉ đạo, đồng chí Đặng Minh Khôi, Phó Chủ tịch UBND tỉnh yêu cầu Sở Thông tin và Truyền thông tập trung một số nhiệm vụ sau:\n- Hoàn thiện nền tảng chia sẻ dữ liệu của tỉnh;\n- Đẩy mạnh thanh toán không dùng tiền mặt.\n`,
    );
    const instructions = x.entities.filter((e) => e.type === "Directive" && e.kind === "INSTRUCTION").map((e) => e.name);
    expect(instructions).toEqual(
      expect.arrayContaining(["Hoàn thiện nền tảng chia sẻ dữ liệu của tỉnh", "Đẩy mạnh thanh toán không dùng tiền mặt"]),
    );
    expect(instructions.some((n) => /nhiệm vụ sau/u.test(n))).toBe(false);
  });
});

describe("who carries out a numbered document", () => {
  it("links the body before 'triển khai thực hiện' to the resolution it names", () => {
    const { rels } = run(
      `${EVENT} Năm 2020, Sở Thông tin và Truyền thông đã triển khai thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.`,
    );
    expect(rels).toContain("IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-hung-yen -> directive:52-nq-tw");
  });
  it("does not make a speaker's department the subject of what the speaker reports", () => {
    const { rels } = run(
      `${EVENT} Giám đốc Sở Thông tin và Truyền thông Kiều Văn Lâm cho biết, triển khai Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đã ban hành nhiều văn bản.`,
    );
    expect([...rels].filter((r) => r.startsWith("IMPLEMENTS"))).toEqual([]);
  });
  it("does not say a programme approved by a decision is carried out by the clause's body", () => {
    const { rels } = run(
      `${EVENT} Sở Thông tin và Truyền thông triển khai Quyết định số 411/QĐ-TTg phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số.`,
    );
    expect(rels).toContain("IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-hung-yen -> directive:411-qd-ttg");
    expect([...rels].some((r) => r.includes("programme:chien-luoc"))).toBe(false);
  });
});

describe("more kinds of bodies and programmes", () => {
  it("names funds, cooperatives, institutes and banks, and the Ban Thường vụ Tỉnh ủy apart from a member's title", () => {
    const ctx = contextOf(
      "Quỹ Dịch vụ viễn thông công ích, Hợp tác xã Chè Tân Cương, Viện Chiến lược Thông tin và Truyền thông và Ngân hàng Chính sách xã hội cùng ký. Nghị quyết của Ban Thường vụ Tỉnh ủy được ông Ninh, Ủy viên Ban Thường vụ Tỉnh ủy, quán triệt.",
      "province:hung-yen",
    );
    const found = findOrganizations(ctx).map((o) => o.name);
    expect(found).toEqual(
      expect.arrayContaining([
        "Quỹ Dịch vụ viễn thông công ích",
        "Hợp tác xã Chè Tân Cương",
        "Viện Chiến lược Thông tin và Truyền thông",
        "Ngân hàng Chính sách xã hội",
        "Ban Thường vụ Tỉnh ủy Hưng Yên",
      ]),
    );
    expect(found.filter((n) => n === "Ban Thường vụ Tỉnh ủy Hưng Yên")).toHaveLength(1);
  });
  it("reads a capitalised 'Chiến lược …' and a programme on a telecom topic, but not 'mang tính chiến lược'", () => {
    const ctx = contextOf(
      "Tỉnh thực hiện Chiến lược phát triển bưu chính và Chương trình viễn thông công ích giai đoạn 2021-2025; đây là nhiệm vụ mang tính chiến lược lâu dài.",
      "province:hung-yen",
    );
    const found = findProgrammes(ctx, [], undefined).map((p) => [p.name, p.kind, p.period]);
    expect(found).toEqual([
      ["Chiến lược phát triển bưu chính", "OTHER", null],
      ["Chương trình viễn thông công ích", "PROGRAMME", "2021-2025"],
    ]);
  });
});

describe("a provincial portal page after the 2025 reform", () => {
  const page = [
    "Cổng thông tin điện tử tỉnh Gia Lai",
    "Trang chủ / Tin tức",
    "Hội nghị quán triệt Nghị quyết 57-NQ/TW tại tỉnh Gia Lai",
    "Ngày đăng: 15/10/2025",
    "Sáng 14/10, Sở Khoa học và Công nghệ tỉnh Gia Lai phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
    "Chủ trì hội nghị có các đồng chí: Rơ Mah Tuấn - Giám đốc Sở Khoa học và Công nghệ; K'Dương - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.",
    "Tại hội nghị, bà Siu H'Lan, Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ giới thiệu nội dung Nghị quyết.",
  ].join("\n");
  // The event's name runs through the document it deploys, date and issuer included (heldout3-01, heldout17-07).
  const CONF_ID = "conference:hoi-nghi-quan-triet-nghi-quyet-so-57-nq-tw-ngay-22-12-2024-cua-bo-chinh-tri-gia-lai-2025-10-14";
  it("skips the site's name and a two-step breadcrumb, and reads a labelled date", () => {
    const { x } = run(page, "");
    expect(x.report.title).toBe("Hội nghị quán triệt Nghị quyết 57-NQ/TW tại tỉnh Gia Lai");
    expect(x.report.publishedOn).toBe("2025-10-15");
  });
  it("keeps the deployed document's date in the event's name and names the merged Ban", () => {
    const { x, rels } = run(page, "");
    expect(x.entities.filter((e) => e.type === "Conference").map((e) => e.id)).toEqual([CONF_ID]);
    expect(rels).toContain(`ORGANIZED org:ban-tuyen-giao-va-dan-van-tinh-uy-gia-lai -> ${CONF_ID}`);
  });
  it("reads a one-word name with an apostrophe, and a speaker whose titles run over two commas", () => {
    const { rels } = run(page, "");
    expect(rels).toContain(`CHAIRED person:k-duong -> ${CONF_ID}`);
    expect(rels).toContain(`ATTENDED person:siu-h-lan -> ${CONF_ID}`);
  });
});

describe("laws cited by title", () => {
  it("names a law without a number (with its year when written), and names a numbered law in full", () => {
    const { x } = run(
      "Tin ngắn\n\nNgày 2/3/2024, Sở đã phổ biến Luật Giao dịch điện tử năm 2023, Luật Tiếp cận thông tin và Luật Báo chí số 103/2016/QH13 theo quy định của pháp luật.\n",
    );
    const laws = x.entities.filter((e) => e.type === "Directive" && e.kind === "LAW").map((e) => [e.id, e.name]);
    expect(laws).toEqual([
      ["directive:103-2016-qh13", "Luật Báo chí số 103/2016/QH13"],
      ["directive:luat-giao-dich-dien-tu-nam-2023", "Luật Giao dịch điện tử năm 2023"],
      ["directive:luat-tiep-can-thong-tin", "Luật Tiếp cận thông tin"],
    ]);
  });
});

describe("ceremonies and working visits", () => {
  const ceremony = [
    "Lễ trao Giải Báo chí tỉnh Hưng Yên lần thứ V",
    "Thứ Ba, 21/06/2016 - 15:30",
    "Tối 20/6, Sở Thông tin và Truyền thông tỉnh Hưng Yên tổ chức Lễ trao Giải Báo chí tỉnh Hưng Yên lần thứ V.",
    "Đến dự có Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy Lại Văn Đoàn; Phó Chủ tịch UBND tỉnh Cù Thị Lan.",
    "Phát biểu tại buổi lễ, ThS. Vương Thị Nga, Chủ tịch Hội Nhà báo tỉnh cho biết, năm nay có 180 tác phẩm dự giải.",
    "Giải A thuộc về nhóm tác giả Lục Văn Hòa - Thu Trang (Báo Hưng Yên). Nhà báo Tống Văn Khải đoạt giải B.",
  ].join("\n");
  const LE = "conference:le-trao-giai-bao-chi-tinh-hung-yen-lan-thu-v-hung-yen-2016-06-20";
  it("gives a name every title chained before it", () => {
    const { x } = run(ceremony, "");
    const titles = x.relations
      .filter((r) => r.type === "HOLDS_POSITION" && r.from === "person:lai-van-doan")
      .map((r) => [r.title, r.to])
      .sort();
    expect(titles).toEqual([
      ["Trưởng ban", "org:ban-tuyen-giao-tinh-uy-hung-yen"],
      ["Ủy viên Ban Thường vụ", "org:tinh-uy-hung-yen"],
    ]);
  });
  it("counts a speaker with an academic prefix, co-authors joined by a dash and a 'Nhà báo' opening a sentence", () => {
    const { rels } = run(ceremony, "");
    for (const p of ["vuong-thi-nga", "luc-van-hoa", "thu-trang", "tong-van-khai"]) expect(rels).toContain(`ATTENDED person:${p} -> ${LE}`);
  });
  it("counts the hosts who 'tiếp đoàn' at a working session", () => {
    const { rels } = run(
      "Đoàn công tác làm việc tại huyện Mường Lát\n\nNgày 17/4, Đoàn công tác của Bộ Thông tin và Truyền thông đã có buổi làm việc với UBND huyện Mường Lát. Tiếp đoàn có đồng chí Hà Văn Ỏn, Chủ tịch UBND huyện.\n",
      "2017-04-18",
    );
    expect([...rels].some((r) => r.startsWith("ATTENDED person:ha-van-on -> conference:"))).toBe(true);
  });
});

describe("documents that assign bodies", () => {
  it("addresses a plan to the bodies it assigns and has its lead body carry it out, also through a bare 'Kế hoạch'", () => {
    const { rels } = run(
      "UBND tỉnh ban hành kế hoạch về chữ ký số\n\nNgày 14/2, UBND tỉnh Hưng Yên ban hành Kế hoạch số 77/KH-UBND về chữ ký số. Kế hoạch giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ triển khai; yêu cầu UBND các huyện bố trí kinh phí. Quyết định số 9/QĐ-UBND ngày 5/1/2022 của UBND tỉnh yêu cầu Viễn thông Hưng Yên bảo đảm hạ tầng.\n",
      "2022-02-15",
    );
    expect([...rels].filter((r) => r.startsWith("ADDRESSED_TO")).sort()).toEqual([
      "ADDRESSED_TO directive:77-kh-ubnd -> org:so-noi-vu-tinh-hung-yen",
      "ADDRESSED_TO directive:77-kh-ubnd -> org:so-thong-tin-va-truyen-thong-tinh-hung-yen",
      "ADDRESSED_TO directive:9-qd-ubnd -> org:vien-thong-hung-yen",
    ]);
    expect(rels).toContain("IMPLEMENTS org:so-thong-tin-va-truyen-thong-tinh-hung-yen -> directive:77-kh-ubnd");
  });
});
