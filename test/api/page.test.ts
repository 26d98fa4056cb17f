import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageRequest, pageSize, toConnection } from "../../src/api/queries/page.js";
import { KgError } from "../../src/domain/errors.js";

const limits = { defaultPageSize: 20, maxPageSize: 100 };

function badInput(fn: () => unknown): KgError {
  try {
    fn();
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error("expected a BAD_USER_INPUT error");
}

describe("page arguments", () => {
  it("uses the default page size when first is absent and rejects sizes outside 1..max naming first", () => {
    expect(pageSize(undefined, 20, 100)).toBe(20);
    expect(pageSize(100, 20, 100)).toBe(100);
    for (const n of [0, -1, 101, 2.5]) {
      const error = badInput(() => pageSize(n, 20, 100));
      expect(error.code).toBe("BAD_USER_INPUT");
      expect(error.details.argument).toBe("first");
    }
  });

  it("round-trips a sort key through a cursor", () => {
    const cursor = encodeCursor("conferences", "2019-01-17|conference:x");
    expect(decodeCursor("conferences", cursor)).toBe("2019-01-17|conference:x");
    expect(pageRequest("conferences", { after: cursor }, limits)).toEqual({
      first: 20,
      after: "2019-01-17|conference:x",
      countTotal: true,
    });
  });

  it("rejects a cursor of another list and a made-up cursor as BAD_USER_INPUT on after", () => {
    const people = encodeCursor("people", "person:a");
    for (const cursor of [people, "not a cursor", "Zm9v", "x".repeat(500)]) {
      const error = badInput(() => decodeCursor("conferences", cursor));
      expect(error.details.argument).toBe("after");
    }
  });
});

describe("toConnection", () => {
  const item = (key: string) => ({ key, node: { id: key } });

  it("says another page follows only when the statement returned the extra item", () => {
    const more = toConnection(
      "people",
      { first: 2, after: null, countTotal: true },
      { total: 3, skipped: 0, page: [item("a"), item("b"), item("c")] },
    );
    expect(more.edges.map((e) => e.node.id)).toEqual(["a", "b"]);
    expect(more.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor("people", more.pageInfo.endCursor)).toBe("b");

    const last = toConnection("people", { first: 2, after: "b", countTotal: true }, { total: 3, skipped: 2, page: [item("c")] });
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.totalCount).toBe(3);
  });

  it("assumes items before a cursor when the totals were not counted", () => {
    const page = toConnection("people", { first: 2, after: "b", countTotal: false }, { total: 0, skipped: 0, page: [item("c")] });
    expect(page.pageInfo.hasPreviousPage).toBe(true);
  });

  it("gives null cursors for an empty page", () => {
    const empty = toConnection("people", { first: 5, after: null, countTotal: true }, { total: 0, skipped: 0, page: [] });
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
