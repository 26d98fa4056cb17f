import { loadConfig } from "../../src/config.js";
import { createExecutor, type Executor } from "../../src/graph/executor.js";

/** An executor on the test database (the one the global setup started and seeded). */
export function testExecutor(): Executor {
  return createExecutor(loadConfig().neo4j);
}
