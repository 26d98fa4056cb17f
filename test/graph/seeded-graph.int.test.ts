import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "../../src/domain/model.js";
import type { Executor } from "../../src/graph/executor.js";
import { holdsPositionKey } from "../../src/graph/load/rows.js";
import { DEFAULT_TEXTS_DIR, SEEDS_DIR } from "../../src/graph/seed.js";
import { testExecutor } from "../support/graph.js";
import { entityOf, SEEDS } from "./support/seed-files.js";

/** The graph the global setup seeded, checked against the seed files themselves. */
let executor: Executor;
beforeAll(() => {
  executor = testExecutor();
});
afterAll(() => executor.close());

const sortRows = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
const provinceName = (id: string | null | undefined) => (id ? (entityOf(id)?.name ?? null) : null);

describe.skipIf(SEEDS.length === 0)(`the seeded graph (skipped when ${SEEDS_DIR} is empty)`, () => {
  it("holds as many nodes per label as the seed files have distinct ids", async () => {
    const counts = Object.fromEntries((await executor.read("graph/count-by-label")).map((r) => [r.label, r.count]));
    const expected: Record<string, number> = { Report: SEEDS.length };
    const all = new Set<string>();
    for (const type of ENTITY_TYPES) {
      const ids = new Set(SEEDS.flatMap((x) => x.entities.filter((e) => e.type === type).map((e) => e.id)));
      for (const id of ids) all.add(id);
      if (ids.size > 0) expected[type] = ids.size;
    }
    expected.Entity = all.size;
    expect(counts).toEqual(expected);
  });

  it("holds one relationship per distinct relation of the seeds, and a MENTIONS per entity of each file", async () => {
    const rows = await executor.read("graph/dump-relationships");
    const keyOf = (type: string, from: string, to: string, key: string) => `${type}|${from}|${to}|${key}`;
    const actual = rows.map((r) => keyOf(String(r.type), String(r.from), String(r.to), String((r.props as { key?: string }).key ?? "")));
    const expected = SEEDS.flatMap((x) => [
      ...x.entities.map((e) => keyOf("MENTIONS", x.report.id, e.id, "")),
      ...x.relations.map((r) => keyOf(r.type, r.from, r.to, r.type === "HOLDS_POSITION" ? holdsPositionKey(r.title ?? "", r.asOf) : "")),
    ]);
    expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort());
    expect(actual).toHaveLength(new Set(actual).size);
  });

  it("has no relationship without a source report and evidence", async () => {
    expect(await executor.read("graph/relationships-without-source")).toEqual([]);
  });

  it("answers who directed which conference, with its date and province", async () => {
    const rows = await executor.read("graph/directors-of-conferences");
    const expected = SEEDS.flatMap((x) =>
      x.relations
        .filter((r) => r.type === "DIRECTED")
        .map((r) => {
          const c = entityOf(r.to);
          return {
            person: entityOf(r.from)?.name,
            date: c && "date" in c ? c.date : null,
            province: provinceName(c && "province" in c ? c.province : null),
          };
        }),
    );
    expect(sortRows(rows.map((r) => ({ person: r.person, date: r.date, province: r.province })))).toEqual(sortRows(expected));
    const seen = rows.map((r) => `${r.province} ${String(r.date).slice(0, 4)}`);
    expect(seen).toEqual(expect.arrayContaining(["Lạng Sơn 2019", "Nghệ An 2014"]));
  });

  it("lists the titles each official held as of each report", async () => {
    const rows = await executor.read("graph/titles-as-of-reports");
    const expected = SEEDS.flatMap((x) =>
      x.relations
        .filter((r) => r.type === "HOLDS_POSITION")
        .map((r) => ({
          reportId: x.report.id,
          person: entityOf(r.from)?.name,
          title: r.title,
          organization: entityOf(r.to)?.name,
          asOf: r.asOf ?? null,
        })),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(
      sortRows(rows.map((r) => ({ reportId: r.reportId, person: r.person, title: r.title, organization: r.organization, asOf: r.asOf }))),
    ).toEqual(sortRows(expected));
  });

  it.each([false, true])("lists what each province's department implements (programmes too: %s)", async (withProgrammes) => {
    const rows = await executor.read("graph/department-implements", { withProgrammes });
    const expected = SEEDS.flatMap((x) =>
      x.relations
        .filter((r) => r.type === "IMPLEMENTS")
        .map((r) => ({ org: entityOf(r.from), target: entityOf(r.to) }))
        .filter(
          ({ org, target }) =>
            org?.type === "Organization" && org.kind === "DEPARTMENT" && (target?.type === "Directive" || withProgrammes),
        )
        .map(({ org, target }) => ({
          province: provinceName(org?.type === "Organization" ? org.province : null),
          department: org?.name,
          name: target?.name,
        })),
    );
    expect(sortRows(rows.map((r) => ({ province: r.province, department: r.department, name: r.name })))).toEqual([
      ...new Set(sortRows(expected)),
    ]);
  });

  it.skipIf(DEFAULT_TEXTS_DIR === undefined)("quotes the words behind every relationship from the stored report text", async () => {
    const quotes = await executor.read("graph/quote-evidence");
    const expected = SEEDS.reduce((n, x) => n + x.relations.reduce((m, r) => m + r.evidence.length, 0), 0);
    expect(quotes.length).toBeGreaterThanOrEqual(
      new Set(
        SEEDS.flatMap((x) =>
          x.relations.flatMap((r) => r.evidence.map((e) => `${x.report.id}@${e.start}-${e.end}|${r.type}|${r.from}|${r.to}`)),
        ),
      ).size,
    );
    expect(quotes.length).toBeLessThanOrEqual(expected);
    expect(quotes.filter((q) => typeof q.words !== "string" || q.words.trim() === "")).toEqual([]);
  });
});
