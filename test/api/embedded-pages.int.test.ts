import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/graph/executor.js";
import { type ApiServer, startApiServer } from "../support/api-server.js";
import { testExecutor } from "../support/graph.js";

/**
 * Pages that a root statement returns inline (province-by-id, conferences-list)
 * are primed into the loaders of the fields that show them. Here each is
 * compared with the same field resolved the ordinary way, through its loader,
 * for several page sizes; and the inline path is checked to take one statement.
 */
const SOURCES = "sources { report { id } spans { start end } }";
const PROVINCE_FIELDS = (n: number, m: number) => `
  id name
  conferences(first: ${n}) { conference { id date directors(first: ${m}) { person { id name } ${SOURCES} } } ${SOURCES} }
  organizations(first: ${n}) { organization { id kind } ${SOURCES} }
  officials(first: ${n}) { title asOf person { id } organization { id } ${SOURCES} }`;

describe("pages returned inline by a parent statement", () => {
  let executor: Executor;
  let api: ApiServer;
  const statements: string[] = [];
  let stop: () => void;

  beforeAll(async () => {
    executor = testExecutor();
    // Deep and wide on purpose (the comparison path is two levels deeper): the pages are under test, not the limits.
    api = await startApiServer(executor, { maxDepth: 20, maxCost: Number.MAX_SAFE_INTEGER });
    stop = executor.onQuery((e) => statements.push(e.name));
  });
  afterAll(async () => {
    stop();
    await api.close();
    await executor.close();
  });

  async function run<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await api.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  it.each([
    [1, 1],
    [2, 5],
    [20, 20],
  ])(
    "province(id) with its first %i conferences (%i directors each), organisations and officials, as the loaders give them",
    async (n, m) => {
      for (const id of ["province:lang-son", "province:nghe-an"]) {
        statements.length = 0;
        const inline = await run<{ province: unknown }>(`query($id: ID!) { province(id: $id) { ${PROVINCE_FIELDS(n, m)} } }`, { id });
        expect(statements).toEqual(["api/province-by-id"]);

        // The same province reached from one of its organisations: every list through its own loader.
        const viaLoaders = await run<{ organizations: { edges: Array<{ node: { province: unknown } }> } }>(
          `query($id: ID!) { organizations(filter: { province: $id }, first: 1) { edges { node { province { ${PROVINCE_FIELDS(n, m)} } } } } }`,
          { id },
        );
        expect(viaLoaders.organizations.edges.length).toBe(1);
        expect(inline.province).toEqual(viaLoaders.organizations.edges[0]?.node.province);
      }
    },
  );

  it("node(id) of a province takes the same single statement", async () => {
    statements.length = 0;
    const data = await run<{ node: { conferences: unknown[] } }>(
      `{ node(id: "province:lang-son") { ... on Province { conferences { conference { directors { person { id } } } } } } }`,
    );
    expect(statements).toEqual(["api/province-by-id"]);
    expect(data.node.conferences.length).toBeGreaterThan(0);
  });

  it.each([1, 3, 20])("conferences with directors(first: %i) inline, as each conference's own loader gives them", async (m) => {
    const query = `{ conferences(first: 100) { edges { node { id directors(first: ${m}) { person { id name } ${SOURCES} } } } } }`;
    statements.length = 0;
    const list = await run<{ conferences: { edges: Array<{ node: { id: string; directors: unknown[] } }> } }>(query);
    expect(statements).toEqual(["api/conferences-list"]);
    expect(list.conferences.edges.length).toBeGreaterThan(0);
    for (const { node } of list.conferences.edges) {
      const one = await run<{ conference: { directors: unknown[] } }>(
        `query($id: ID!) { conference(id: $id) { directors(first: ${m}) { person { id name } ${SOURCES} } } }`,
        { id: node.id },
      );
      expect(node.directors).toEqual(one.conference.directors);
    }
  });

  it("leaves the directors out of the list statement when they are not asked for, or asked for under @skip", async () => {
    statements.length = 0;
    await run(`{ conferences(first: 5) { edges { node { id } } } }`);
    await run(`query($s: Boolean!) { conferences(first: 5) { edges { node { id directors @skip(if: $s) { person { id } } } } } }`, {
      s: true,
    });
    expect(statements).toEqual(["api/conferences-list", "api/conferences-list"]);
  });

  it("answers a missing province with null, whatever it selects", async () => {
    const data = await run<{ province: unknown }>(`{ province(id: "province:nowhere") { ${PROVINCE_FIELDS(5, 5)} reports { id } } }`);
    expect(data.province).toBeNull();
  });
});
