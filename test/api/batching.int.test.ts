import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/graph/executor.js";
import { loadExtractions, retractReport } from "../../src/graph/load.js";
import { generateSyntheticReports } from "../bench/synthetic.js";
import { type ApiServer, startApiServer } from "../support/api-server.js";
import { testExecutor } from "../support/graph.js";

/** Every conference, three levels of relations below it, each level with its sources. */
const THREE_LEVELS = `query($n: Int) {
  conferences(first: $n) {
    totalCount
    edges { node {
      id name date province { name }
      directors { person { name positions { title asOf organization { name province { name } } sources { report { title } } } } }
      chairs { person { name chaired { conference { name } } } }
      attendees(first: 100) { entity { id name } sources { report { id publishedOn } quote } }
      instructions { directive { name issuedBy { entity { id } } } }
    } }
  }
}`;

/** A seed the synthetic generator is called with, so these reports never collide with another test's. */
const SYNTHETIC_SEED = 7301;

describe("batching: database round trips do not grow with the size of a list", () => {
  let executor: Executor;
  let api: ApiServer;
  const loaded: string[] = [];

  beforeAll(async () => {
    executor = testExecutor();
    // Limits raised so one page holds every conference of the larger graph; batching is what is under test.
    api = await startApiServer(executor, { maxPageSize: 10_000, maxCost: Number.MAX_SAFE_INTEGER, maxDepth: 20 });
  });
  afterAll(async () => {
    for (const id of loaded) await retractReport(executor, id);
    await api.close();
    await executor.close();
  });

  async function countStatements(): Promise<{ statements: string[]; conferences: number }> {
    const statements: string[] = [];
    const stop = executor.onQuery((event) => statements.push(event.name));
    try {
      const { body } = await api.graphql<{ conferences: { totalCount: number; edges: unknown[] } }>(THREE_LEVELS, { n: 10_000 });
      expect(body.errors).toBeUndefined();
      expect(body.data?.conferences.edges.length).toBe(body.data?.conferences.totalCount);
      return { statements: statements.sort(), conferences: body.data?.conferences.totalCount ?? 0 };
    } finally {
      stop();
    }
  }

  it("sends the same statements for the seed graph's conferences and for ten times as many", async () => {
    const small = await countStatements();
    expect(small.conferences).toBeGreaterThan(0);

    // Each synthetic report adds one conference; a few more than needed in case two share an id.
    const docs = generateSyntheticReports(small.conferences * 9 + 5, SYNTHETIC_SEED);
    await loadExtractions(
      executor,
      docs.map((extraction, i) => ({ extraction, file: `synthetic#${i}` })),
    );
    loaded.push(...docs.map((d) => d.report.id));

    const large = await countStatements();
    expect(large.conferences).toBeGreaterThanOrEqual(small.conferences * 10);
    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements).toEqual(small.statements);
    console.log(
      `batching: ${small.conferences} conferences → ${small.statements.length} statements; ${large.conferences} conferences → ${large.statements.length} statements`,
    );
  });
});
