import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The real entry point (`npm start` runs it), as a separate process. */
describe("the API server process", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("serves, then closes cleanly and exits 0 on %s", async (signal) => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), KG_STOP_NEO4J_ON_EXIT: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    try {
      const deadline = Date.now() + 60_000;
      while (!output.includes("vn-ict-kg API on") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(output).toContain("vn-ict-kg API on");
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ health { nodeCount } }" }),
      });
      expect(response.status).toBe(200);
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(output).toContain(`${signal}: closing`);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
