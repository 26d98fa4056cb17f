import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Extraction } from "../../src/domain/model.js";
import { prf, scoreReport, total } from "../../src/extract/evaluate.js";
import { extract, readReportFile } from "../../src/extract/index.js";
import { parseCsv } from "../../src/extract/ingest/manifest.js";

const relations = (x: Extraction) => x.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`);

describe("participation", () => {
  const text = [
    "Lạng Sơn: hội nghị ngành",
    "",
    "Chiều 17/1/2019, Sở TT&TT tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2018. Đồng chí Nguyễn Long Hải, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị. Chủ trì hội nghị có đồng chí Trần Văn Bình, Giám đốc Sở. Tham dự hội nghị có đồng chí Lê Thị Hoa, Phó Giám đốc Sở.",
    "",
    "Phát biểu tại hội nghị, đồng chí Nguyễn Long Hải đề nghị ngành tăng cường quảng bá hình ảnh tỉnh.",
  ].join("\n");
  const x = extract(text, { source: "t.txt" });
  const conf = "conference:hoi-nghi-tong-ket-nam-2018-lang-son-2019-01-17";
  it("keeps only the strongest role per person: 'dự và chỉ đạo' is DIRECTED", () => {
    expect(relations(x)).toContain(`DIRECTED person:nguyen-long-hai -> ${conf}`);
    expect(relations(x)).not.toContain(`ATTENDED person:nguyen-long-hai -> ${conf}`);
  });
  it("reads 'Chủ trì … có' and 'Tham dự … có' before the names", () => {
    expect(relations(x)).toContain(`CHAIRED person:tran-van-binh -> ${conf}`);
    expect(relations(x)).toContain(`ATTENDED person:le-thi-hoa -> ${conf}`);
  });
  it("gives titles as of the event date", () => {
    const r = x.relations.find((r) => r.type === "HOLDS_POSITION" && r.from === "person:nguyen-long-hai");
    expect(r).toMatchObject({ title: "Phó Chủ tịch", asOf: "2019-01-17", to: "org:uy-ban-nhan-dan-tinh-lang-son" });
  });
  it("links each request to its speaker and event", () => {
    const ins = x.entities.filter((e) => e.type === "Directive" && e.kind === "INSTRUCTION");
    expect(ins).toHaveLength(1);
    expect(relations(x)).toContain(`ISSUED person:nguyen-long-hai -> ${ins[0]?.id}`);
    expect(relations(x)).toContain(`ISSUED_AT ${ins[0]?.id} -> ${conf}`);
  });
  it("states no relation without evidence", () => {
    for (const r of x.relations) expect(r.evidence.length).toBeGreaterThan(0);
  });
});

describe("report metadata", () => {
  it("takes the province from the page address when the text never names it", () => {
    const x = extract("Tin hoạt động của ngành\n\nSở TT&TT tổ chức lớp tập huấn an toàn thông tin cho cán bộ.", {
      source: "a.txt",
      url: "https://stttt.laocai.gov.vn/tin/1",
      publishedOn: "2022-03-04",
    });
    expect(x.report).toMatchObject({
      province: "province:lao-cai",
      provinceInferredFrom: "stttt.laocai.gov.vn",
      publishedOn: "2022-03-04",
    });
    expect(x.entities.find((e) => e.id === "province:lao-cai")).toMatchObject({ code: "10" });
  });
  it("takes the author and title from a byline", () => {
    const x = extract("Sở TT&TT tỉnh Thái Nguyên tổng kết năm\n\nNội dung bài viết dài.\nVũ Quốc Thạnh – Giám đốc sở TT&T", {
      source: "b.txt",
    });
    expect(x.report.author).toBe("Vũ Quốc Thạnh");
    expect(relations(x)).toContain("AUTHORED person:vu-quoc-thanh -> report:b");
    expect(relations(x)).toContain("HOLDS_POSITION person:vu-quoc-thanh -> org:so-thong-tin-va-truyen-thong-tinh-thai-nguyen");
  });
});

describe("reading report files", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-read-"));
  const file = (name: string, data: string | Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  it("rejects empty, binary, non-UTF-8 and oversized files with their reason", async () => {
    await expect(readReportFile(file("e.txt", ""))).rejects.toMatchObject({ reason: "EMPTY" });
    await expect(readReportFile(file("b.txt", new Uint8Array([0, 1, 2, 3, 0])))).rejects.toMatchObject({ reason: "BINARY" });
    await expect(readReportFile(file("l.txt", new Uint8Array([0x4e, 0x67, 0xe0, 0x79])))).rejects.toMatchObject({ reason: "NOT_UTF8" });
    await expect(readReportFile(file("big.txt", "a".repeat(100)), 10)).rejects.toMatchObject({ reason: "TOO_LARGE" });
    await expect(readReportFile(file("x.pdf", "%PDF"))).rejects.toMatchObject({ reason: "UNSUPPORTED_TYPE" });
  });
  it("reduces HTML to its text without scripts or navigation", async () => {
    const r = await readReportFile(file("p.html", "<html><nav>Menu</nav><script>var a=1</script><h1>Tiêu đề</h1><p>Nội dung.</p></html>"));
    expect(r.text).not.toContain("Menu");
    expect(r.text).not.toContain("var a");
    expect(r.text).toContain("Tiêu đề");
  });
  it("reduces Markdown to its words", async () => {
    const r = await readReportFile(file("m.md", "# Tiêu đề\n\n**Ngọc Mai** viết [bài](http://x)"));
    expect(r.text).toBe("Tiêu đề\n\nNgọc Mai viết bài");
  });
});

describe("manifest", () => {
  it("reads quoted CSV fields", () => {
    expect(parseCsv('file,url,published\n"a, b.txt",https://x.vn/1,2020-01-02\n')).toEqual([
      { file: "a, b.txt", url: "https://x.vn/1", published: "2020-01-02" },
    ]);
  });
});

describe("evaluation", () => {
  it("matches instructions by overlapping spans, not by label", () => {
    const base = { format: "vn-ict-kg/extraction@1", report: {}, relations: [] } as unknown as Extraction;
    const ins = (id: string, start: number, end: number) => ({
      id,
      type: "Directive",
      name: id,
      kind: "INSTRUCTION",
      number: null,
      issuedOn: null,
      aliases: [],
      mentions: [{ start, end }],
    });
    const gold = { ...base, entities: [ins("directive:a", 10, 40)] } as unknown as Extraction;
    const got = { ...base, entities: [ins("directive:b", 20, 50)] } as unknown as Extraction;
    expect(prf(total(scoreReport(gold, got).entities)).f1).toBe(1);
  });
});
