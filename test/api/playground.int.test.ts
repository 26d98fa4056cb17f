import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/graph/executor.js";
import { type ApiServer, startApiServer } from "../support/api-server.js";
import { testExecutor } from "../support/graph.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`playground test skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)("the GraphQL IDE, offline in headless Chromium", () => {
  let executor: Executor;
  let api: ApiServer;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    executor = testExecutor();
    api = await startApiServer(executor);
    profile = mkdtempSync(join(tmpdir(), "kg-chromium-"));
    // A fresh profile each run (playwright passes it as --user-data-dir): no stored tabs, no cached page.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // Tall enough that the response editor (which renders only visible lines) shows the whole answer.
      viewport: { width: 1400, height: 3000 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await api.close();
    await executor.close();
  });

  it("loads from the app alone and runs the 'who directed' example to Nguyễn Long Hải", async () => {
    const page = await context.newPage();
    // The network is off: anything not addressed to this server is refused, and recorded so the test can say what it was.
    const blocked: string[] = [];
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1" || url.hostname === "localhost")
        return route.continue();
      blocked.push(url.href);
      return route.abort("internetdisconnected");
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    const response = await page.goto(`${api.url}/graphql`, { waitUntil: "load" });
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-type"]).toContain("text/html");

    // The first tab holds the contract's conference query: who directed Lạng Sơn's 2019 conference.
    const run = page.locator(".graphiql-execute-button");
    await run.waitFor({ state: "visible", timeout: 30_000 });
    await expect.poll(() => page.locator(".graphiql-query-editor").innerText(), { timeout: 30_000 }).toContain("WhoDirectedLangSon2019");
    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith("/graphql") &&
        r.request().method() === "POST" &&
        (r.request().postData() ?? "").includes("WhoDirectedLangSon2019"),
    );
    await run.click();
    expect((await answered).status()).toBe(200);
    // Monaco draws spaces as no-break spaces.
    const shown = async () => (await page.locator(".graphiql-response").innerText()).replace(/\u00a0/g, " ").normalize("NFC");
    await expect.poll(shown, { timeout: 30_000 }).toContain('"name": "Nguyễn Long Hải"');

    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it("gives API clients JSON, not the IDE, on the same path", async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ health { edition } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(response.headers.get("content-type")).toContain("application/json");
    expect((await response.json()).data.health.edition).toMatch(/community/i);
  });
});
