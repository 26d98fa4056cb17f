import { describe, expect, it } from "vitest";
import { useApiOverHttp } from "../support/api-server.js";

describe("the API process over real HTTP", () => {
  const suite = useApiOverHttp();

  it("answers the health query with the Neo4j version, edition and node count", async () => {
    const { status, body } = await suite.api.graphql<{ health: { neo4jVersion: string; edition: string; nodeCount: number } }>(
      "{ health { neo4jVersion edition nodeCount } }",
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.health.neo4jVersion).toMatch(/^5\.26\./);
    expect(body.data?.health.edition).toMatch(/community/i);
    expect(body.data?.health.nodeCount).toBeGreaterThan(0);
  });

  it("reports the process alive on /health and the database reachable on /ready", async () => {
    expect((await fetch(`${suite.api.url}/health`)).status).toBe(200);
    expect((await fetch(`${suite.api.url}/ready`)).status).toBe(200);
  });
});
