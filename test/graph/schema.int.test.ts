import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/graph/executor.js";
import { searchTerm } from "../../src/graph/load/rows.js";
import { loadExtractions, retractReport } from "../../src/graph/load.js";
import { applySchema } from "../../src/graph/schema.js";
import { testExecutor } from "../support/graph.js";
import { IDS, reportB } from "./support/fixtures.js";
import { SEEDS } from "./support/seed-files.js";

let executor: Executor;
beforeAll(async () => {
  executor = testExecutor();
  // Long An and the decoys (An Giang, Lê Văn Quyết) come from a test report; the rest from the seeds.
  await loadExtractions(executor, [reportB()]);
});
afterAll(async () => {
  await retractReport(executor, IDS.reportB);
  await executor.close();
});

/** Folded like searchText, each word required: what an API lookup would send. */
async function search(q: string) {
  const query = searchTerm(q)
    .split(" ")
    .map((w) => `+${w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&")}`)
    .join(" ");
  return executor.read("graph/search-entities", { query, limit: 5 });
}

describe("the schema", () => {
  it("changes nothing when applied a second time", async () => {
    const objects = async () => ({
      constraints: await executor.read("graph/show-constraints"),
      indexes: await executor.read("graph/show-indexes"),
    });
    const before = await objects();
    await applySchema(executor);
    expect(await objects()).toEqual(before);
    expect(before.indexes.every((i) => i.state === "ONLINE")).toBe(true);
    expect(before.constraints.map((o) => o.name)).toEqual(
      expect.arrayContaining(["province_id", "organization_id", "person_id", "conference_id", "programme_id", "directive_id", "report_id"]),
    );
  });

  it.each([
    ["long an", IDS.longAn],
    ["Long An", IDS.longAn],
    ["an giang", IDS.anGiang],
    ["le van quyet", IDS.quyet],
  ])("full-text search for %s finds %s first", async (q, id) => {
    expect((await search(q))[0]?.id).toBe(id);
  });

  it("keeps 'an' in the index: the built-in standard-folding analyzer would drop it as an English stop word", async () => {
    expect((await search("an")).map((h) => h.id)).toEqual(expect.arrayContaining([IDS.longAn, IDS.anGiang]));
  });

  const seeded = (id: string) => SEEDS.some((x) => x.entities.some((e) => e.id === id));
  it.skipIf(!seeded("province:nghe-an") || !seeded("province:dien-bien") || !seeded("person:le-van-quy"))(
    "finds the seeds' Nghệ An, Điện Biên and Lê Văn Quý first from folded queries",
    async () => {
      expect((await search("nghe an"))[0]?.id).toBe("province:nghe-an");
      expect((await search("dien bien"))[0]?.id).toBe("province:dien-bien");
      expect((await search("le van quy"))[0]?.id).toBe("person:le-van-quy");
      expect((await search("Lê Văn Quý"))[0]?.id).toBe("person:le-van-quy");
    },
  );
});
