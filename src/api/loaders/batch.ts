import type { Row } from "../../graph/executor.js";

/**
 * DataLoader's contract: one result per key, in key order. Statements return
 * one row per key they found (`id` column), in any order; keys they did not
 * find get `missing`.
 */
export function inKeyOrder<K, V>(
  keys: readonly K[],
  rows: readonly Row[],
  keyOfRow: (row: Row) => K,
  valueOfRow: (row: Row) => V,
  missing: V,
): V[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOfRow(row), valueOfRow(row));
  return keys.map((key) => (byKey.has(key) ? (byKey.get(key) as V) : missing));
}
