import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareReport } from "../../src/extract/ingest/prepare.js";
import type { Executor } from "../../src/graph/executor.js";
import { clearGraph, loadExtractions } from "../../src/graph/load.js";
import { resetAndSeed } from "../../src/graph/seed.js";
import { type ApiServer, startApiServer } from "../support/api-server.js";
import { testExecutor } from "../support/graph.js";

const reportsDir = resolve(import.meta.dirname, "../../../shared/reports");
const available = existsSync(reportsDir);

const WHO_DIRECTED = `{
  conferences(first: 100) {
    edges { node { id date province { id } directors { person { id name } } chairs { person { id } } } }
  }
}`;

interface Answer {
  conferences: {
    edges: Array<{
      node: {
        id: string;
        date: string | null;
        province: { id: string } | null;
        directors: Array<{ person: { id: string; name: string } }>;
        chairs: Array<{ person: { id: string } }>;
      };
    }>;
  };
}

/** Who directed and chaired what, in a form two graphs can be compared on. */
function directedFacts(answer: Answer | null | undefined): string[] {
  return (answer?.conferences.edges ?? [])
    .flatMap(({ node }) => [
      ...node.directors.map((d) => `${d.person.id} DIRECTED ${node.id} on ${node.date} in ${node.province?.id}`),
      ...node.chairs.map((c) => `${c.person.id} CHAIRED ${node.id}`),
    ])
    .sort();
}

describe.skipIf(!available)("the five reports ingested by the extractor (needs ../shared/reports)", () => {
  let executor: Executor;
  let api: ApiServer;
  beforeAll(async () => {
    executor = testExecutor();
    api = await startApiServer(executor);
  });
  afterAll(async () => {
    await resetAndSeed(executor);
    await api.close();
    await executor.close();
  });

  it("answer 'who directed which conference' as the curated seeds do", async () => {
    await resetAndSeed(executor);
    const fromSeeds = await api.graphql<Answer>(WHO_DIRECTED);
    expect(fromSeeds.body.errors).toBeUndefined();
    const seeded = directedFacts(fromSeeds.body.data);
    expect(seeded.some((f) => f.startsWith("person:nguyen-long-hai DIRECTED") && f.includes("province:lang-son"))).toBe(true);

    await clearGraph(executor);
    const files = readdirSync(reportsDir).filter((f) => f.endsWith(".txt"));
    const prepared = await Promise.all(files.map((f) => prepareReport(join(reportsDir, f), undefined)));
    const failures = prepared.filter((p) => !p.ok);
    expect(failures).toEqual([]);
    await loadExtractions(
      executor,
      prepared.flatMap((p) => (p.ok ? [{ extraction: p.extraction, text: p.text, file: p.file }] : [])),
    );

    const fromIngest = await api.graphql<Answer>(WHO_DIRECTED);
    expect(fromIngest.body.errors).toBeUndefined();
    expect(directedFacts(fromIngest.body.data)).toEqual(seeded);
  });
});
