import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidExtractionError } from "../../src/domain/errors.js";
import type { Executor } from "../../src/graph/executor.js";
import { loadExtractions, retractReport } from "../../src/graph/load.js";
import { generateSyntheticCorpus } from "../bench/synthetic.js";
import { testExecutor } from "../support/graph.js";
import { copy, IDS, reportA, reportB } from "./support/fixtures.js";
import { snapshot } from "./support/snapshot.js";

/**
 * Runs on top of the seeded graph and leaves it as it found it: every test
 * report is retracted at the end, and the last test checks the graph is
 * exactly the seeded one again.
 */
let executor: Executor;
let seeded: Awaited<ReturnType<typeof snapshot>>;
const synthetic = generateSyntheticCorpus(24, 77);
const testReports = [IDS.reportA, IDS.reportB, IDS.reportC, ...synthetic.map((s) => s.extraction.report.id)];

beforeAll(async () => {
  executor = testExecutor();
  seeded = await snapshot(executor);
});
afterAll(async () => {
  for (const id of testReports) await retractReport(executor, id);
  await executor.close();
});

async function relationship(type: string, from: string, to: string) {
  const rows = await executor.read("graph/dump-relationships");
  return rows.filter((r) => r.type === type && r.from === from && r.to === to).map((r) => r.props as Record<string, unknown>);
}

describe("loading extraction documents into the graph", () => {
  it("makes an official two reports share one node, with both reports as sources", async () => {
    const summary = await loadExtractions(executor, [reportA(), reportB()]);
    expect(summary.reports).toBe(2);

    const mentions = await executor.read("graph/mentions-of", { id: IDS.huong });
    expect(mentions.map((m) => m.reportId)).toEqual([IDS.reportA, IDS.reportB].sort());
    const [located] = await relationship("LOCATED_IN", IDS.dept, IDS.longAn);
    expect(located?.reports).toEqual([IDS.reportA, IDS.reportB].sort());
    const evidence = located?.evidence as string[];
    expect(evidence.map((e) => e.split("@")[0])).toEqual([IDS.reportA, IDS.reportB].sort());
    // Different dates are different facts: one HOLDS_POSITION per (title, asOf).
    const held = await relationship("HOLDS_POSITION", IDS.huong, IDS.dept);
    expect(held.map((h) => [h.title, h.asOf, h.reports])).toEqual([
      ["Giám đốc", "2021-03-12", [IDS.reportA]],
      ["Giám đốc", "2021-09-20", [IDS.reportB]],
    ]);
  });

  it("unions the aliases every report gives and folds them for search", async () => {
    const [dept] = (await executor.read("graph/dump-nodes")).filter((n) => (n.props as { id?: string }).id === IDS.dept);
    const props = dept?.props as { aliases: string[]; searchText: string };
    expect(props.aliases).toEqual(["Sở", "Sở TT&TT Long An"]);
    expect(props.searchText).toBe("so | so thong tin va truyen thong tinh long an | so tt&tt long an");
  });

  it("changes nothing when the same file is loaded again", async () => {
    const before = await snapshot(executor);
    await loadExtractions(executor, [reportA()]);
    expect(await snapshot(executor)).toEqual(before);
  });

  it("stores the report text so that every source quotes its words", async () => {
    const a = reportA();
    await loadExtractions(executor, [a]);
    const quotes = (await executor.read("graph/quote-evidence")).filter((q) => q.reportId === IDS.reportA);
    expect(quotes.length).toBe(a.extraction.relations.length);
    const directed = quotes.find((q) => q.type === "DIRECTED");
    expect(directed?.words).toContain("dự và chỉ đạo");
  });

  it("replaces what a corrected report contributed, keeping what another report also states", async () => {
    await loadExtractions(executor, [reportA(true)]);

    // Only A stated these: gone, with the entities only A mentioned.
    expect(await relationship("DIRECTED", IDS.khoa, reportA().extraction.entities.find((e) => e.type === "Conference")?.id ?? "")).toEqual(
      [],
    );
    expect(await relationship("LOCATED_IN", IDS.committee, IDS.longAn)).toEqual([]);
    expect(await executor.read("graph/mentions-of", { id: IDS.khoa })).toEqual([]);
    const nodeIds = (await executor.read("graph/dump-nodes")).map((n) => (n.props as { id?: string }).id);
    expect(nodeIds).not.toContain(IDS.khoa);
    expect(nodeIds).not.toContain(IDS.committee);

    // B also states the department's LOCATED_IN: it stays, with B as its only source.
    const [located] = await relationship("LOCATED_IN", IDS.dept, IDS.longAn);
    expect(located?.reports).toEqual([IDS.reportB]);
    expect(((located?.evidence ?? []) as string[]).every((e) => e.startsWith(`${IDS.reportB}@`))).toBe(true);

    // A no longer gives the alias "Sở": the aliases are those B gives.
    const [dept] = (await executor.read("graph/dump-nodes")).filter((n) => (n.props as { id?: string }).id === IDS.dept);
    expect((dept?.props as { aliases?: string[] } | undefined)?.aliases).toEqual(["Sở TT&TT Long An"]);
  });

  it("loads nothing from a batch with an invalid file, and says which file, where and what", async () => {
    const before = await snapshot(executor);
    const valid = {
      ...reportB(),
      extraction: { ...copy(reportB().extraction), report: { ...reportB().extraction.report, id: IDS.reportC } },
    };
    const broken = copy(reportA());
    (broken.extraction.relations[1] as { to: string }).to = "province:khong-co";
    const load = loadExtractions(executor, [valid, { ...broken, file: "seeds/broken.json" }]);
    await expect(load).rejects.toThrow(InvalidExtractionError);
    await expect(load).rejects.toThrow(/seeds\/broken\.json[\s\S]*\$\.relations\[1\]\.to: no entity with id "province:khong-co"/);
    expect(await snapshot(executor)).toEqual(before);
  });

  it("builds the same graph whether reports are written one at a time or four at a time", async () => {
    const docs = synthetic.map(({ extraction, text }, i) => ({ extraction, text, file: `synthetic#${i}` }));
    await loadExtractions(executor, docs, { concurrency: 1 });
    const sequential = await snapshot(executor);
    for (const { extraction } of synthetic) await retractReport(executor, extraction.report.id);
    await loadExtractions(executor, docs, { concurrency: 4 });
    expect(await snapshot(executor)).toEqual(sequential);
  });

  it("leaves exactly the seeded graph once every test report is retracted", async () => {
    for (const id of testReports) await retractReport(executor, id);
    expect(await snapshot(executor)).toEqual(seeded);
  });
});
