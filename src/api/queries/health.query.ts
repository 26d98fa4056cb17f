import type { Reader } from "../loaders/loaders.js";
import { API } from "../loaders/statements.js";

export interface HealthValue {
  neo4jVersion: string;
  edition: string;
  nodeCount: number;
}

export async function databaseHealth(reader: Reader): Promise<HealthValue> {
  const [row] = await reader.read(API.health);
  return {
    neo4jVersion: String(row?.neo4jVersion ?? "unknown"),
    edition: String(row?.edition ?? "unknown"),
    nodeCount: Number(row?.nodeCount ?? 0),
  };
}

/** GET /ready: true when Neo4j answers a statement. */
export async function databaseReachable(reader: Reader): Promise<boolean> {
  try {
    await reader.read(API.ping);
    return true;
  } catch {
    return false;
  }
}
