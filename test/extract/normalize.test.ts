import { describe, expect, it } from "vitest";
import { normalizeToneMarks } from "../../src/domain/gazetteer/tone-marks.js";
import { normalizeReport } from "../../src/extract/normalize/normalize.js";

describe("tone-mark placement", () => {
  it("moves the tone of a final oa/oe/uy to the first vowel", () => {
    expect(normalizeToneMarks("Hoà Bình, Thanh Hoá, khoẻ, thuỷ lợi, Uỷ ban")).toBe("Hòa Bình, Thanh Hóa, khỏe, thủy lợi, Ủy ban");
  });
  it("leaves qu + y and closed syllables alone", () => {
    expect(normalizeToneMarks("Lê Văn Quý, hoàng, quyết, thuyền")).toBe("Lê Văn Quý, hoàng, quyết, thuyền");
  });
  it("keeps the text length, so offsets survive", () => {
    const s = "Tỉnh uỷ Hoà Bình";
    expect(normalizeToneMarks(s)).toHaveLength(s.length);
  });
});

describe("report normalisation", () => {
  it("composes decomposed text to NFC", () => {
    expect(normalizeReport("Ho\u0300a Bi\u0300nh").text).toBe("Hòa Bình");
  });
  it("removes view counters and print widgets but keeps the date", () => {
    const { text } = normalizeReport("Tiêu đề bài viết dài\n\n18:02 - Thứ Năm, 09/01/2020 Lượt xem: 2597 In bài viết\n\nNội dung.");
    expect(text).toBe("Tiêu đề bài viết dài\n\n18:02 - Thứ Năm, 09/01/2020\n\nNội dung.");
  });
  it("cuts a site footer with its visit counter and imprint", () => {
    const body = Array.from({ length: 6 }, (_, i) => `Đoạn ${i} của bài viết.`).join("\n\n");
    const { text } = normalizeReport(
      `${body}\n\nThống kê truy cập\n\nĐang truy cập:1483\n\nChịu trách nhiệm nội dung: Đỗ Văn A - Giám đốc`,
    );
    expect(text).toBe(body);
  });
  it("drops comment and related-news widgets and breadcrumbs", () => {
    const { text } = normalizeReport("Trang chủ > Tin tức\nBài viết\nNội dung.\nBình luận\nTin khác");
    expect(text).toBe("Bài viết\nNội dung.");
  });
  it("folds runs of blanks and no-break spaces to one space", () => {
    expect(normalizeReport("Đồng chí\u00a0\u00a0Lê   Văn Quý  ").text).toBe("Đồng chí Lê Văn Quý");
  });
  it("maps every offset back to the raw text", () => {
    const raw = "A  Lượt xem: 12\n\n\n\nĐồng chí  Lê Văn Quý";
    const { text, origin } = normalizeReport(raw);
    const at = text.indexOf("Lê");
    expect(raw.slice(origin[at], (origin[at + 9] ?? 0) + 1)).toBe("Lê Văn Quý");
  });
});
