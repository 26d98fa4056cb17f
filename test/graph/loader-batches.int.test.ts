import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidExtractionError } from "../../src/domain/errors.js";
import type { Executor } from "../../src/graph/executor.js";
import { reportRows } from "../../src/graph/load/rows.js";
import { assertValid } from "../../src/graph/load/validate.js";
import { writeReport } from "../../src/graph/load/write-report.js";
import { type LoadInput, loadExtractions, loadFiles, retractReport } from "../../src/graph/load.js";
import { testExecutor } from "../support/graph.js";
import { asReport, copy, IDS, reportA, reportB } from "./support/fixtures.js";
import { snapshot } from "./support/snapshot.js";

/**
 * Batches as the loader streams them: the order reports arrive in, ids that
 * are prefixes of one another, folders read file by file, several versions of
 * one report in one batch. Runs on the seeded graph and leaves it as it found it.
 */
let executor: Executor;
let seeded: Awaited<ReturnType<typeof snapshot>>;
// "report:kiem-thu-thu-tu" is a proper prefix of the next two: their evidence strings
// ("<id>@<start>-<end>") do not sort as their ids do, which the loader must get right.
const PREFIXED = ["report:kiem-thu-thu-tu", "report:kiem-thu-thu-tu-1", "report:kiem-thu-thu-tu-1-0", "report:kiem-thu-thu-tua"];
const testReports = [...PREFIXED, IDS.reportA, IDS.reportB, IDS.reportC];
const dirs: string[] = [];

beforeAll(async () => {
  executor = testExecutor();
  seeded = await snapshot(executor);
});
afterAll(async () => {
  for (const id of testReports) await retractReport(executor, id);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await executor.close();
});

async function searchFor(words: string): Promise<string[]> {
  const query = words
    .split(" ")
    .map((w) => `+${w}`)
    .join(" ");
  return (await executor.read("graph/search-entities", { query, limit: 10 })).map((r) => String(r.id));
}

async function relationship(type: string, from: string, to: string) {
  const rows = await executor.read("graph/dump-relationships");
  return rows.filter((r) => r.type === type && r.from === from && r.to === to).map((r) => r.props as Record<string, unknown>);
}

const retractAll = async () => {
  for (const id of testReports) await retractReport(executor, id);
};

describe("loading batches", () => {
  it("keeps reports and evidence sorted by report id whatever the load order, ids that prefix one another included", async () => {
    const docs = PREFIXED.map((id) => asReport(reportB(), id));
    const [x, x1, x10, xa] = docs as [LoadInput, LoadInput, LoadInput, LoadInput];
    await loadExtractions(executor, [x1, xa, x, x10]);
    const [located] = await relationship("LOCATED_IN", IDS.dept, IDS.longAn);
    expect(located?.reports).toEqual([...PREFIXED].sort());
    const evidence = located?.evidence as string[];
    expect(evidence.map((e) => e.slice(0, e.indexOf("@")))).toEqual([...PREFIXED].sort());
    const inOneOrder = await snapshot(executor);

    await retractAll();
    await loadExtractions(executor, [xa, x10, x1, x], { concurrency: 2 });
    expect(await snapshot(executor)).toEqual(inOneOrder);
    // Loading one of them again changes nothing, wherever it sits in the lists.
    await loadExtractions(executor, [x1, x]);
    expect(await snapshot(executor)).toEqual(inOneOrder);
    await retractAll();
    expect(await snapshot(executor)).toEqual(seeded);
  });

  it("reads a folder file by file, and loads nothing of it when any file is invalid", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-load-batch-"));
    dirs.push(dir);
    const c = asReport(reportB(), IDS.reportC);
    writeFileSync(join(dir, "1-a.json"), JSON.stringify(reportA().extraction));
    writeFileSync(join(dir, "2-c.json"), JSON.stringify(c.extraction));
    const broken = copy(reportB().extraction);
    (broken.relations[0] as { to: string }).to = "province:khong-co";
    writeFileSync(join(dir, "3-broken.json"), JSON.stringify(broken));

    const load = loadFiles(executor, [dir]);
    await expect(load).rejects.toThrow(InvalidExtractionError);
    await expect(load).rejects.toThrow(/3-broken\.json[\s\S]*\$\.relations\[0\]\.to/);
    expect(await snapshot(executor)).toEqual(seeded);

    rmSync(join(dir, "3-broken.json"));
    const summary = await loadFiles(executor, [dir], { concurrency: 2 });
    expect(summary.reports).toBe(2);
    const [located] = await relationship("LOCATED_IN", IDS.dept, IDS.longAn);
    expect(located?.reports).toEqual([IDS.reportA, IDS.reportC].sort());
    await retractAll();
  });

  it("writes versions of one report in the order given, even with several reports written at once", async () => {
    await loadExtractions(executor, [reportB(), reportA(true)]);
    const expected = await snapshot(executor);
    await retractAll();

    await loadExtractions(executor, [reportA(), reportB(), reportA(true)], { concurrency: 3 });
    expect(await snapshot(executor)).toEqual(expected);
    await retractAll();
  });

  it("makes names searchable by the time the load returns, and finishes what an interrupted load left pending", async () => {
    // A report written without the load's closing refresh, as when a load is interrupted.
    const b = reportB();
    await writeReport(executor, reportRows(assertValid(b.file, b.extraction, b.text)), b.text);
    const pending = (await executor.read("graph/dump-nodes")).filter((n) => (n.labels as string[]).includes("SearchPending"));
    expect(pending.map((n) => (n.props as { id: string }).id)).toContain(IDS.quyet);
    expect(await searchFor("le van quyet")).not.toContain(IDS.quyet);

    await loadExtractions(executor, [reportA()]);
    expect(await searchFor("le van quyet")).toContain(IDS.quyet);
    expect(await searchFor("vo dinh khoa")).toContain(IDS.khoa);
    const nodes = await executor.read("graph/dump-nodes");
    expect(nodes.filter((n) => (n.labels as string[]).includes("SearchPending") || "pendingSearchText" in (n.props as object))).toEqual([]);
    await retractAll();
    expect(await snapshot(executor)).toEqual(seeded);
  });

  it("takes a generator too (read into memory, as it cannot be read twice)", async () => {
    function* docs(): Generator<LoadInput> {
      yield reportB();
    }
    expect((await loadExtractions(executor, docs())).reports).toBe(1);
    await retractAll();
    expect(await snapshot(executor)).toEqual(seeded);
  });
});
