import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CYPHER_DIR, splitStatements } from "./cypher-registry.js";
import type { Executor } from "./executor.js";

export const SCHEMA_FILE = join(CYPHER_DIR, "schema.cypher");

/**
 * Applies cypher/schema.cypher statement by statement (schema commands cannot
 * share a transaction with each other). Every statement is IF NOT EXISTS, so
 * applying it again changes nothing; the last one waits for indexes to be online.
 */
export async function applySchema(executor: Executor, file: string = SCHEMA_FILE): Promise<number> {
  const statements = splitStatements(readFileSync(file, "utf8"));
  for (const statement of statements) await executor.runStatementText(statement);
  return statements.length;
}
