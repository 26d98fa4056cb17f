import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/graph/executor.js";
import { type ApiServer, startApiServer } from "../support/api-server.js";
import { testExecutor } from "../support/graph.js";

const NORMAL = '{ person(id: "person:nguyen-long-hai") { name } }';

function depthBomb(levels: number): string {
  let inner = "name";
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `directed { conference { directors { person { ${inner} } } } }` : inner;
  return `{ person(id: "person:nguyen-long-hai") { ${inner} } }`;
}

describe("a public deployment under hostile queries (production settings)", () => {
  let executor: Executor;
  let api: ApiServer;
  beforeAll(async () => {
    executor = testExecutor();
    api = await startApiServer(executor, { production: true });
  });
  afterAll(async () => {
    await api.close();
    await executor.close();
  });

  async function expectStillServing() {
    const { status, body } = await api.graphql<{ person: { name: string } }>(NORMAL);
    expect(status).toBe(200);
    expect(body.data?.person.name).toBe("Nguyễn Long Hải");
  }

  it("rejects a depth bomb with QUERY_LIMIT_EXCEEDED naming the depth limit, then still answers a normal query", async () => {
    const { status, body } = await api.graphql(depthBomb(12));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "QUERY_LIMIT_EXCEEDED", limit: "depth" });
    expect(body.errors?.[0]?.message).toMatch(/depth limit of 8 exceeded/i);
    await expectStillServing();
  });

  it("rejects an alias bomb, then still answers a normal query", async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: health { nodeCount }`).join(" ");
    const { status, body } = await api.graphql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "QUERY_LIMIT_EXCEEDED", limit: "aliases" });
    expect(body.errors?.[0]?.message).toMatch(/aliases limit of 15 exceeded/i);
    await expectStillServing();
  });

  it("rejects nested lists whose product exceeds the cost limit, even through variables", async () => {
    const query =
      "query($n: Int) { people(first: $n) { edges { node { attended(first: $n) { conference { attendees(first: $n) { entity { id } } } } } } } }";
    const { status, body } = await api.graphql(query, { n: 100 });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: "QUERY_LIMIT_EXCEEDED", limit: "cost" });
    const small = await api.graphql(query, { n: 2 });
    expect(small.body.errors).toBeUndefined();
  });

  it("rejects a document with too many tokens and a body over the size limit", async () => {
    const tokens = await api.graphql(`{ ${"__typename ".repeat(3000)} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]?.extensions).toEqual({ code: "QUERY_LIMIT_EXCEEDED", limit: "tokens" });

    const big = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: NORMAL, variables: { pad: "x".repeat(200_000) } }),
    });
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].extensions).toEqual({ code: "QUERY_LIMIT_EXCEEDED", limit: "body" });
    await expectStillServing();
  });

  it.each([
    ["a date that does not exist", '{ conferences(filter: {from: "2019-02-30"}) { totalCount } }', "filter.from"],
    ["an unknown enum value", '{ search(text: "hai", types: [MINISTER]) { score } }', "types[0]"],
    ["a string where a year goes", '{ conferences(filter: {year: "2019"}) { totalCount } }', "filter.year"],
    ["first over the maximum", "{ conferences(first: 1000) { totalCount } }", "first"],
    ["a malformed id", '{ node(id: "Nguyễn Long Hải") { id } }', "id"],
    ["an id of the wrong type", '{ person(id: "province:lang-son") { id } }', "id"],
    ["a cursor the API never gave", '{ conferences(after: "bogus") { totalCount } }', "after"],
    ["maxHops over 4", '{ connections(from: "person:nguyen-long-hai", to: "province:lang-son", maxHops: 9) { length } }', "maxHops"],
    ["an unknown province in a filter", '{ conferences(filter: {province: "lang-son"}) { totalCount } }', "filter.province"],
  ])("answers %s with BAD_USER_INPUT naming the argument", async (_label, query, argument) => {
    const { body } = await api.graphql(query);
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.extensions?.argument).toBe(argument);
    expect(error?.message.startsWith(`${argument}: `)).toBe(true);
  });

  it("puts no stack trace in any error response", async () => {
    for (const query of ["{ nope }", "{ health {", depthBomb(12), '{ node(id: "x") { id } }']) {
      const { body } = await api.graphql(query);
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
    }
  });

  it("hides field suggestions that would map the schema for a prober", async () => {
    const { body } = await api.graphql("{ healt { edition } }");
    expect(body.errors?.[0]?.message).not.toContain("Did you mean");
  });
});
