import { describe, expect, it } from "vitest";
import { sourcesOf, spansOfFlat, toEntityNode } from "../../src/api/graph-rows.js";

describe("sourcesOf", () => {
  it("groups evidence spans by report, in the order of the relationship's reports", () => {
    const sources = sourcesOf(["report:a", "report:b"], ["report:a@10-20", "report:a@30-42", "report:b@5-9"]);
    expect(sources).toEqual([
      {
        reportId: "report:a",
        spans: [
          { start: 10, end: 20 },
          { start: 30, end: 42 },
        ],
      },
      { reportId: "report:b", spans: [{ start: 5, end: 9 }] },
    ]);
  });

  it("keeps a stating report even when none of its spans were kept, and ignores malformed evidence", () => {
    expect(sourcesOf(["report:a"], ["garbage", "report:a@x-y"])).toEqual([{ reportId: "report:a", spans: [] }]);
  });

  it("keeps report ids that contain @ or - intact", () => {
    expect(sourcesOf([], ["report:001-abc@3-7"])).toEqual([{ reportId: "report:001-abc", spans: [{ start: 3, end: 7 }] }]);
  });
});

describe("spansOfFlat", () => {
  it("pairs MENTIONS' flat offsets into spans and drops a dangling start", () => {
    expect(spansOfFlat([1, 4, 10, 12, 99])).toEqual([
      { start: 1, end: 4 },
      { start: 10, end: 12 },
    ]);
  });
});

describe("toEntityNode", () => {
  it("keeps the stored province id apart from the province field the API resolves", () => {
    const node = toEntityNode({
      id: "conference:x",
      type: "Conference",
      name: "X",
      aliases: null,
      province: "province:lang-son",
      year: 2019,
    });
    expect(node).toMatchObject({ provinceId: "province:lang-son", aliases: [], year: 2019, date: null });
    expect(node).not.toHaveProperty("province");
  });
});
