import "reflect-metadata";
import type { Server } from "node:http";
import { startLocalNeo4j, stopLocalNeo4j } from "../../tools/neo4j/server.js";
import { createApp } from "../api/app.js";
import { reportFailure } from "../cli/fail.js";
import { loadConfig } from "../config.js";
import { createExecutor } from "../graph/executor.js";
import { applySchema } from "../graph/schema.js";
import { seedIfEmpty } from "../graph/seed.js";

/**
 * `npm start`: the local Neo4j (unless NEO4J_URI points elsewhere), the
 * schema, the seed graph when the database is empty, then the GraphQL API.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.local) {
    const started = await startLocalNeo4j(config.local, config.neo4j, (line) => console.log(line));
    console.log(
      started.alreadyRunning ? `Using the running local Neo4j (pid ${started.pid}).` : `Local Neo4j up in ${started.seconds.toFixed(1)}s.`,
    );
  }
  const executor = createExecutor(config.neo4j, { readTimeoutMs: config.api.queryTimeoutMs });
  await applySchema(executor);
  const seeded = await seedIfEmpty(executor);
  if (seeded)
    console.log(`Empty graph: loaded the seeds (${seeded.reports} reports, ${seeded.entities} entities, ${seeded.relations} relations).`);

  const { app, apollo } = await createApp({ executor, config: config.api });
  const server: Server = app.listen(config.port, () => {
    console.log(`vn-ict-kg API on http://localhost:${config.port}/graphql (open it in a browser for the playground)`);
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing…`);
    // Keep-alive clients would hold close() open: idle sockets go now, busy ones when their request ends.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
    await apollo.stop();
    await executor.close();
    if (config.local && config.stopNeo4jOnExit) {
      await stopLocalNeo4j(config.local);
      console.log("Local Neo4j stopped (KG_STOP_NEO4J_ON_EXIT=true).");
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch(reportFailure);
