import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { requireJava } from "../../tools/neo4j/classpath.js";
import { LauncherError } from "../../tools/neo4j/launcher-error.js";
import { localStatus, startLocalNeo4j } from "../../tools/neo4j/server.js";

const config = loadConfig();
const scratchLocal = (port: number) => ({
  home: mkdtempSync(join(tmpdir(), "kg-neo4j-")),
  boltPort: port,
  heap: "256m",
  pageCache: "64m",
  startTimeoutSeconds: 10,
});

describe.skipIf(config.local === null)("the local Neo4j launcher", () => {
  it("treats a second start while the server runs as a no-op", async () => {
    if (!config.local) return;
    const again = await startLocalNeo4j(config.local, config.neo4j);
    expect(again.alreadyRunning).toBe(true);
  });

  it("names NEO4J_PASSWORD when the running server refuses the password", async () => {
    if (!config.local) return;
    const wrong = { ...config.neo4j, password: "not-the-password" };
    await expect(startLocalNeo4j(config.local, wrong)).rejects.toThrow(/NEO4J_PASSWORD/);
  });

  it("names NEO4J_BOLT_PORT when another process holds the port", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const attempt = startLocalNeo4j(scratchLocal(port), { ...config.neo4j, uri: `bolt://127.0.0.1:${port}` });
      await expect(attempt).rejects.toBeInstanceOf(LauncherError);
      await expect(attempt).rejects.toThrow(/NEO4J_BOLT_PORT/);
    } finally {
      blocker.close();
    }
  });

  it("recognises a pid file whose process is gone as stale", () => {
    const local = scratchLocal(1);
    mkdirSync(join(local.home, "run"), { recursive: true });
    writeFileSync(join(local.home, "run", "neo4j.pid"), "999999\n");
    expect(localStatus(local)).toEqual({ running: false, stalePid: 999999 });
  });

  it("says to install Java when java is not on the PATH", () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      expect(() => requireJava()).toThrow(/Install Java 17/);
    } finally {
      process.env.PATH = path;
    }
  });
});
