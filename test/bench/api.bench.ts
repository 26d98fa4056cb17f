import "reflect-metadata";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { createApp } from "../../src/api/app.js";
import { luceneQuery } from "../../src/api/queries/lucene-query.js";
import { loadConfig } from "../../src/config.js";
import { resolveApiConfig } from "../../src/config-api.js";
import { createExecutor, type Executor } from "../../src/graph/executor.js";
import { clearGraph, loadExtractions } from "../../src/graph/load.js";
import { applySchema } from "../../src/graph/schema.js";
import { seed } from "../../src/graph/seed.js";
import { startLocalNeo4j } from "../../tools/neo4j/server.js";
import { generateSyntheticReports } from "./synthetic.js";

/**
 * `npm run bench:api [-- --reports 10000 --iterations 200 --concurrency 4 --keep] [-- --reuse]`:
 * three query shapes, each fetched by one hand-written Cypher statement
 * through the driver ("raw") and through the API over HTTP, interleaved in
 * one run, on the seed graph and then on the seeds plus N synthetic reports.
 * Prints p50/p95 latency of each, the API/raw ratio and the 1-minute load
 * average when the shape finished. It resets the configured database; the
 * seeds are put back at the end unless --keep. `--reuse` measures the graph
 * as it is (one left by --keep: no reset, no loading, nothing put back), so
 * the large graph can be re-measured without loading it again.
 *
 * The raw statements are the baseline a person would write by hand for the
 * same answer; they live here, not in cypher/, because the app never runs them.
 */
const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "10000" },
    iterations: { type: "string", default: "200" },
    warmup: { type: "string", default: "30" },
    concurrency: { type: "string", default: "4" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
  },
});

interface Shape {
  name: string;
  raw: { cypher: string; params: Record<string, unknown> };
  api: { query: string; variables: Record<string, unknown> };
}

const PROVINCE = "province:lang-son";
const SEARCH = "nguyen van";

const SHAPES: Shape[] = [
  {
    name: "one entity + nested relations",
    raw: {
      cypher: `MATCH (p:Province {id: $id})
RETURN p.name AS name,
  COLLECT { MATCH (p)<-[h:HELD_IN]-(c:Conference) WITH c, h ORDER BY c.date, c.id LIMIT 20
            RETURN {name: c.name, date: c.date, reports: h.reports, directors: COLLECT { MATCH (c)<-[:DIRECTED]-(d:Person) RETURN d.name }} } AS conferences,
  COLLECT { MATCH (o:Organization {province: p.id})<-[r:HOLDS_POSITION]-(x:Person) WITH r, x ORDER BY r.asOf, x.id LIMIT 20
            RETURN {title: r.title, name: x.name} } AS officials`,
      params: { id: PROVINCE },
    },
    api: {
      query: `query($id: ID!) { province(id: $id) { name
        conferences(first: 20) { conference { name date directors { person { name } } } sources { report { id } } }
        officials(first: 20) { title person { name } } } }`,
      variables: { id: PROVINCE },
    },
  },
  {
    name: "50 conferences + directors + positions",
    raw: {
      cypher: `MATCH (c:Conference) WITH c ORDER BY coalesce(c.date, '9999-12-31') + '|' + c.id LIMIT 50
RETURN c.id AS id, c.name AS name, c.date AS date,
  COLLECT { MATCH (c)<-[:DIRECTED]-(p:Person) WITH p ORDER BY p.id LIMIT 5
            RETURN {name: p.name, positions: COLLECT { MATCH (p)-[h:HOLDS_POSITION]->(o:Organization) WITH h, o ORDER BY h.asOf, o.id LIMIT 5
                                                      RETURN {title: h.title, asOf: h.asOf, organization: o.name} }} } AS directors`,
      params: {},
    },
    api: {
      query: `{ conferences(first: 50) { edges { node { id name date
        directors(first: 5) { person { name positions(first: 5) { title asOf organization { name } } } } } } } }`,
      variables: {},
    },
  },
  {
    name: "search",
    raw: {
      cypher: `CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: 200}) YIELD node, score
WHERE node.type IN ['Person']
RETURN node.id AS id, node.name AS name, score ORDER BY score DESC, id LIMIT 10`,
      params: { q: luceneQuery(SEARCH) },
    },
    api: {
      query: `query($t: String!) { search(text: $t, types: [PERSON], first: 10) { score entity { id name } } }`,
      variables: { t: SEARCH },
    },
  },
];

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

async function measure(shape: Shape, driver: ReturnType<typeof neo4j.driver>, database: string, url: string) {
  const raw = async () => {
    await driver.executeQuery(shape.raw.cypher, shape.raw.params, { database, routing: neo4j.routing.READ });
  };
  const api = async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: shape.api.query, variables: shape.api.variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${shape.name}: ${JSON.stringify(body.errors)}`);
  };
  const timed = async (fn: () => Promise<void>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  for (let i = 0; i < Number(values.warmup); i++) {
    await raw();
    await api();
  }
  const rawTimes: number[] = [];
  const apiTimes: number[] = [];
  // Interleaved, so both see the same machine load.
  for (let i = 0; i < Number(values.iterations); i++) {
    rawTimes.push(await timed(raw));
    apiTimes.push(await timed(api));
  }
  rawTimes.sort((a, b) => a - b);
  apiTimes.sort((a, b) => a - b);
  return {
    rawP50: percentile(rawTimes, 50),
    rawP95: percentile(rawTimes, 95),
    apiP50: percentile(apiTimes, 50),
    apiP95: percentile(apiTimes, 95),
  };
}

async function countStatements(executor: Executor, url: string, shape: Shape): Promise<number> {
  let n = 0;
  const stop = executor.onQuery(() => n++);
  await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: shape.api.query, variables: shape.api.variables }),
  });
  stop();
  return n;
}

async function runOn(label: string, executor: Executor, driver: ReturnType<typeof neo4j.driver>, database: string, url: string) {
  const counts = Object.fromEntries((await executor.read("api/stats-entities")).map((r) => [r.type, r.count]));
  console.log(
    `\n${label}: ${counts.Report} reports, ${counts.Conference} conferences, ${counts.Person} people, ${counts.Organization} organisations`,
  );
  console.log(
    "shape                                   | raw p50 | raw p95 | API p50 | API p95 | p50 API/raw | p95 API/raw | statements | load",
  );
  console.log(
    "----------------------------------------|---------|---------|---------|---------|-------------|-------------|------------|-----",
  );
  for (const shape of SHAPES) {
    const r = await measure(shape, driver, database, url);
    const statements = await countStatements(executor, url, shape);
    const f = (ms: number) => `${ms.toFixed(2).padStart(5)}ms`;
    console.log(
      `${shape.name.padEnd(40)}| ${f(r.rawP50)} | ${f(r.rawP95)} | ${f(r.apiP50)} | ${f(r.apiP95)} | ${(r.apiP50 / r.rawP50).toFixed(2).padStart(11)} | ${(r.apiP95 / r.rawP95).toFixed(2).padStart(11)} | ${String(statements).padStart(10)} | ${(loadavg()[0] ?? 0).toFixed(2)}`,
    );
  }
}

/**
 * Small delete slices: a slice of 5,000 nodes of the synthetic graph (provinces
 * with thousands of relationships) exceeds Neo4j's transaction memory limit.
 */
async function resetToSeeds(executor: Executor): Promise<void> {
  await clearGraph(executor, 500);
  await seed(executor);
}

const config = loadConfig();
if (config.local) await startLocalNeo4j(config.local, config.neo4j, (line) => console.error(line));
const apiConfig = resolveApiConfig(config.api);
const executor = createExecutor(config.neo4j, { readTimeoutMs: apiConfig.queryTimeoutMs });
const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
  disableLosslessIntegers: true,
  logging: { level: "error", logger: () => {} },
});
const { app, apollo } = await createApp({ executor, config: apiConfig });
const server: Server = await new Promise((resolve) => {
  const s = app.listen(0, "127.0.0.1", () => resolve(s));
});
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
console.log(
  `bench:api against ${config.neo4j.uri}: ${values.iterations} iterations per shape after ${values.warmup} warm-up, raw and API interleaved`,
);
try {
  await applySchema(executor);
  if (values.reuse) {
    await runOn("current graph (--reuse)", executor, driver, config.neo4j.database, url);
  } else {
    await resetToSeeds(executor);
    await runSeedsThenSynthetic();
  }
} finally {
  if (!values.keep && !values.reuse) await resetToSeeds(executor);
  server.close();
  await apollo.stop();
  await driver.close();
  await executor.close();
}

async function runSeedsThenSynthetic(): Promise<void> {
  await runOn("seed graph", executor, driver, config.neo4j.database, url);

  const n = Number(values.reports);
  const started = performance.now();
  const docs = generateSyntheticReports(n, Number(values.seed)).map((extraction, i) => ({ extraction, file: `synthetic#${i}` }));
  await loadExtractions(executor, docs, { concurrency: Number(values.concurrency) });
  console.log(`\nloaded ${n} synthetic reports in ${((performance.now() - started) / 1000).toFixed(0)}s`);
  await runOn(`seeds + ${n} synthetic reports`, executor, driver, config.neo4j.database, url);
}
