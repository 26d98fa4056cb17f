import "reflect-metadata";
import { loadConfig } from "../../src/config.js";
import { createExecutor } from "../../src/graph/executor.js";
import { applySchema } from "../../src/graph/schema.js";
import { DEFAULT_TEXTS_DIR, resetAndSeed } from "../../src/graph/seed.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../tools/neo4j/server.js";

/**
 * Brings up the real Neo4j once for all integration files (or uses
 * NEO4J_URI), applies the schema and loads the curated seeds, so every
 * integration test starts from the same known graph. Only a server this
 * setup started is stopped again.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (DEFAULT_TEXTS_DIR === undefined)
    console.warn(
      "\n../shared/reports is not beside the repository: the seeds load without their texts, and the tests that read the five reports are skipped.\n",
    );
  const config = loadConfig();
  let startedHere = false;
  if (config.local) {
    const result = await startLocalNeo4j(config.local, config.neo4j);
    startedHere = !result.alreadyRunning;
  }
  const executor = createExecutor(config.neo4j);
  try {
    await applySchema(executor);
    await resetAndSeed(executor);
  } finally {
    await executor.close();
  }
  return async () => {
    if (startedHere && config.local) await stopLocalNeo4j(config.local);
  };
}
