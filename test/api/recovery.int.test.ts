import { type AddressInfo, createServer, type Server, Socket } from "node:net";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { Executor } from "../../src/graph/executor.js";
import { type ApiServer, startApiServer } from "../support/api-server.js";

/**
 * A TCP relay between the driver and Neo4j that the test can cut and
 * restore: the database "goes away" and "comes back" without stopping the
 * Neo4j every integration test shares.
 */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", () => resolve()));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe("when Neo4j goes away and comes back", () => {
  const config = loadConfig();
  const target = new URL(config.neo4j.uri.replace(/^bolt/, "http"));
  const relay = new Relay(target.hostname, Number(target.port || 7687));
  let executor: Executor;
  let api: ApiServer;

  beforeAll(async () => {
    await relay.up();
    // The driver retries a failed read for 30 s by default; a short budget keeps the test (and an outage's answers) quick.
    const driver = neo4j.driver(`bolt://127.0.0.1:${relay.port}`, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 1_000,
      connectionTimeout: 2_000,
      logging: { level: "error", logger: () => {} },
    });
    executor = new Executor(driver, config.neo4j.database);
    api = await startApiServer(executor, { production: true });
  });
  afterAll(async () => {
    await api.close();
    await executor.close();
    await relay.down();
  });

  const health = () => api.graphql<{ health: { nodeCount: number } }>("{ health { nodeCount } }");

  it("answers SERVICE_UNAVAILABLE and /ready 503 while it is gone, keeps /health 200, and recovers by itself", async () => {
    const before = await health();
    expect(before.body.data?.health.nodeCount).toBeGreaterThan(0);
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);

    await relay.down();
    const during = await health();
    expect(during.body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(during.body.errors?.[0]?.message).toMatch(/unreachable/i);
    expect((await fetch(`${api.url}/ready`)).status).toBe(503);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);

    await relay.up();
    await expect.poll(async () => (await health()).body.data?.health.nodeCount ?? 0, { timeout: 20_000, interval: 250 }).toBeGreaterThan(0);
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
  }, 60_000);
});
